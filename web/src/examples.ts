/** The README's example operations, prefilled as GraphiQL tabs (test/web.test.ts checks they match). */
export const EXAMPLES: readonly string[] = [
  `query PersonWithPosts {
  node(id: "person:zhang-qin") {
    id nameEn nameZh aliases
    ... on Person { posts { edges { node { nameEn }
      relationship { ... on HoldsPost { title titleZh asOf } sources { quote checked unquoted source { id } } } } } }
  }
}
`,
  `query SearchTraditional { search(text: "崑山", first: 3) { score kind node { id nameEn nameZh } } }
`,
  `query Kunshan {
  node(id: "region:320583") {
    nameEn nameZh
    ... on Region { code kind romanised
      partOf { edges { node { id nameZh } } }
      designations(orderBy: [{ field: YEAR }]) { edges { node { tier year nameAsListed batches { edges { node { id } } } } } } }
  }
}
`,
  `query ListNamed {
  node(id: "batch:ip-powerful-city-demonstration-2022") {
    nameZh
    ... on Batch { size noticeNumber validFrom validTo
      designations { totalCount } }
  }
}
`,
  `query ConflictingCounts {
  node(id: "figure:2018-03-demonstration-park") {
    nameEn
    ... on ProgrammeFigure { value asOf
      conflictsWith { edges { node { nameEn value asOf } relationship { ... on ConflictsWith { note } } } } }
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
  shortestPath(from: "person:li-xiaomin", to: "region:320000") {
    length nodes { id } relationships { type startId endId }
  }
}
`,
];
