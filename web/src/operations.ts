import { graphql } from './__generated__/gql';

/** Every operation the pages send, typed from schema/*.graphql by `npm run codegen`. */

export const CitationFields = graphql(`
  fragment CitationFields on Citation {
    quote
    fields
    note
    source { id kind title url language publishedOn publisher file }
  }
`);

export const RelationshipFields = graphql(`
  fragment RelationshipFields on Relationship {
    __typename
    id
    type
    startId
    endId
    sources { ...CitationFields }
    ... on HoldsPost { title titleZh asOf validFrom validTo }
    ... on SpokeAt { role roleZh session onBehalfOf }
  }
`);

export const GraphNodeFields = graphql(`
  fragment GraphNodeFields on Node {
    __typename
    id
    nameEn
    nameZh
  }
`);

export const SearchQuery = graphql(`
  query Search($text: String!, $first: Int) {
    search(text: $text, first: $first) { score kind node { ...GraphNodeFields aliases } }
  }
`);

export const NeighborhoodQuery = graphql(`
  query Neighborhood($id: ID!, $limit: Int, $offset: Int) {
    neighborhood(id: $id, depth: 1, limit: $limit, offset: $offset) {
      rootId
      truncated
      nodes { distance degree node { ...GraphNodeFields } }
      relationships { ...RelationshipFields }
    }
  }
`);

export const NodeDetailsQuery = graphql(`
  query NodeDetails($id: ID!) {
    node(id: $id) {
      ...GraphNodeFields
      aliases
      note
      sources { ...CitationFields }
      ... on Organization { organizationKind: kind }
      ... on Region { regionKind: kind }
      ... on Event { eventKind: kind startDate endDate session attendanceMin attendanceNote }
      ... on Award { awardKind: kind recipientCount form }
      ... on Delegation { delegationKind: kind }
      ... on Statement { statementKind: kind ordinal textEn textZh }
      ... on Programme { levels mottoEn mottoZh parkPilotsSince }
      ... on ProgrammeFigure { category asOf value }
      ... on Batch { tier number status announcedOn batchYear: year size validFrom validTo }
      ... on Designation { tier status announcedOn checkedOn approvedOn validFrom validTo termYears year }
    }
  }
`);

export const PathQuery = graphql(`
  query Path($from: ID!, $to: ID!) {
    shortestPath(from: $from, to: $to) {
      length
      nodes { ...GraphNodeFields }
      relationships { ...RelationshipFields }
    }
  }
`);

export const DashboardQuery = graphql(`
  query Dashboard {
    entityCounts { kind count }
    designationsByProvince { province { id nameEn nameZh } designations holders }
    designationsByYearAndTier { year tier count }
    sourceCoverage { source { id kind title } nodes relationships }
    coverageBySourceCount { sources nodes relationships }
    designations(first: 100, orderBy: [{ field: YEAR }]) {
      totalCount
      edges {
        node {
          id tier status year announcedOn
          holders { edges { node { __typename id nameEn nameZh
            ... on Region { regionKind: kind partOf { edges { node { id nameEn nameZh } } } } } } }
        }
      }
    }
    conference: node(id: "event:nanjing-2008-conference") {
      __typename id nameEn nameZh
      ... on Event {
        startDate attendanceNote
        speakers(first: 20) { edges { node { id nameEn nameZh } relationship { ... on SpokeAt { role roleZh session } } } }
        awards { edges { node { id nameEn kind recipientCount } } }
        attendees(first: 50) { edges { node { __typename id nameEn ... on Delegation { kind } } } }
      }
    }
  }
`);
