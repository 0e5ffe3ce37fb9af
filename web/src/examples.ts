/** The README's example operations, prefilled as GraphiQL tabs (test/web.test.ts checks they match). */
export const EXAMPLES: readonly string[] = [
  `query PersonWithPosts {
  node(id: "person:zhang-qin") {
    id nameEn nameZh aliases
    ... on Person { posts { edges { node { nameEn }
      relationship { ... on HoldsPost { title titleZh asOf } sources { quote source { id } } } } } }
  }
}
`,
  `query SearchChinese { search(text: "张勤", first: 3) { score kind node { id nameEn } } }
`,
  `query JiangsuDesignations {
  regions(where: { partOf: { id: "region:jiangsu" }, designations: { year: 2013 } }, orderBy: [{ field: NAME_EN }]) {
    totalCount
    edges { node { nameEn nameZh kind designations { edges { node { tier status announcedOn } } } } }
  }
}
`,
  `query ConferenceAwards {
  node(id: "event:nanjing-2008-conference") {
    nameEn nameZh
    ... on Event { startDate attendanceNote
      awards { edges { node { kind recipientCount presenters { edges { node { nameEn } } } } } } }
  }
}
`,
  `query PathToJiangsu {
  shortestPath(from: "person:zhang-qin", to: "region:jiangsu") {
    length nodes { id } relationships { type startId endId }
  }
}
`,
  `query Around {
  neighborhood(id: "region:jiangsu", depth: 1, limit: 5) {
    truncated nodes { distance degree node { id } } relationships { type startId endId }
  }
}
`,
];
