import { graphql } from './__generated__/gql';

/** Every operation the pages send, typed from schema/*.graphql by `npm run codegen`. */

export const CitationFields = graphql(`
  fragment CitationFields on Citation {
    quote
    checked
    unquoted
    fields
    note
    layer
    source {
      id
      kind
      title
      url
      language
      publishedOn
      publishedNote
      publisher
      official
      secondary
      file
    }
  }
`);

export const RelationshipFields = graphql(`
  fragment RelationshipFields on Relationship {
    __typename
    id
    type
    startId
    endId
    layer
    unverified
    sources {
      ...CitationFields
    }
    ... on HoldsPost {
      title
      titleZh
      asOf
      validFrom
      validTo
    }
    ... on SpokeAt {
      role
      roleZh
      session
      onBehalfOf
    }
    ... on ConflictsWith {
      note
    }
  }
`);

export const GraphNodeFields = graphql(`
  fragment GraphNodeFields on Node {
    __typename
    id
    nameEn
    nameZh
    unverified
    ... on Region {
      romanised
    }
    ... on Park {
      romanised
    }
  }
`);

export const SearchQuery = graphql(`
  query Search($text: String!, $first: Int, $fuzzy: Boolean) {
    search(text: $text, first: $first, fuzzy: $fuzzy) {
      score
      kind
      node {
        ...GraphNodeFields
        aliases
      }
    }
  }
`);

/** What an export carries of each fact's sources: which source, and its exact words. */
export const ExportCitationFields = graphql(`
  fragment ExportCitationFields on Citation {
    quote
    source {
      id
      title
      url
    }
  }
`);

export const NeighborhoodQuery = graphql(`
  query Neighborhood($id: ID!, $limit: Int, $offset: Int) {
    neighborhood(id: $id, depth: 1, limit: $limit, offset: $offset) {
      rootId
      truncated
      nodes {
        distance
        degree
        node {
          ...GraphNodeFields
          sources {
            ...ExportCitationFields
          }
        }
      }
      relationships {
        ...RelationshipFields
      }
    }
  }
`);

/** One step of a place's designation history, for the explorer's timeline. */
export const HistoryStepFields = graphql(`
  fragment HistoryStepFields on Designation {
    id
    nameEn
    nameZh
    tier
    status
    year
    nameAsListed
    firstNamed
    caveat
    noticeNumber
    termYears
    publicizedFrom
    publicizedTo
    signedOn
    approvedOn
    announcedOn
    validFrom
    validTo
    unverified
    sources {
      ...CitationFields
    }
    batches(first: 1) {
      edges {
        node {
          id
          nameEn
          nameZh
          year
          size
        }
      }
    }
  }
`);

export const NodeDetailsQuery = graphql(`
  query NodeDetails($id: ID!) {
    node(id: $id) {
      ...GraphNodeFields
      aliases
      note
      layer
      sources {
        ...CitationFields
      }
      ... on Organization {
        organizationKind: kind
      }
      ... on Region {
        regionKind: kind
        level
        code
        pinyin
        former
        listedFrom
        listedTo
      }
      ... on Park {
        pinyin
      }
      ... on Event {
        eventKind: kind
        startDate
        endDate
        session
        attendanceMin
        attendanceNote
      }
      ... on Award {
        awardKind: kind
        recipientCount
        form
      }
      ... on Delegation {
        delegationKind: kind
      }
      ... on Statement {
        statementKind: kind
        ordinal
        textEn
        textZh
      }
      ... on Programme {
        levels
        mottoEn
        mottoZh
        parkPilotsSince
      }
      ... on ProgrammeFigure {
        figureCategory: category
        asOf
        value
        moreThan
      }
      ... on Batch {
        tier
        number
        status
        year
        size
        noticeNumber
        termYears
        publicizedFrom
        publicizedTo
        signedOn
        approvedOn
        announcedOn
        validFrom
        validTo
      }
      ... on Designation {
        tier
        status
        year
        nameAsListed
        firstNamed
        designationCategory: category
        caveat
        noticeNumber
        termYears
        publicizedFrom
        publicizedTo
        signedOn
        approvedOn
        announcedOn
        checkedOn
        validFrom
        validTo
      }
    }
    designationHistory(id: $id) {
      ...HistoryStepFields
    }
    # The tiers' titles for the history's steps: the vocabulary's list, counted nowhere.
    tierTitles: tiers {
      tier
      titleEn
      titleZh
    }
  }
`);

export const PathQuery = graphql(`
  query Path($from: ID!, $to: ID!) {
    shortestPath(from: $from, to: $to) {
      length
      nodes {
        ...GraphNodeFields
        sources {
          ...ExportCitationFields
        }
      }
      relationships {
        ...RelationshipFields
      }
    }
  }
`);

export const ProvinceRowFields = graphql(`
  fragment ProvinceRowFields on ProvinceDesignations {
    province {
      id
      code
      nameEn
      nameZh
      romanised
      unverified
    }
    designations
    holders
  }
`);

export const FigureFields = graphql(`
  fragment FigureFields on ProgrammeFigure {
    id
    nameEn
    nameZh
    note
    category
    asOf
    value
    moreThan
    unverified
    layer
    sources {
      ...CitationFields
    }
  }
`);

/**
 * A page of the published figures with the conflicts between them: every figure comes with its
 * sources in the list, so a conflict needs only the other figure's id.
 */
export const FigurePageFields = graphql(`
  fragment FigurePageFields on ProgrammeFigureConnection {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...FigureFields
        conflictsWith(first: 10) {
          totalCount
          edges {
            node {
              id
            }
            relationship {
              __typename
              id
              layer
              unverified
              sources {
                ...CitationFields
              }
              ... on ConflictsWith {
                note
              }
            }
          }
        }
      }
    }
  }
`);

/** A page of designations for the table, with each holder's way up to its province. */
export const DesignationPageFields = graphql(`
  fragment DesignationPageFields on DesignationConnection {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        tier
        status
        year
        nameAsListed
        firstNamed
        caveat
        unverified
        batches(first: 1) {
          edges {
            node {
              id
              nameEn
              nameZh
              year
              number
            }
          }
        }
        holders(first: 1) {
          edges {
            node {
              __typename
              id
              nameEn
              nameZh
              unverified
              ... on Region {
                romanised
                level
                partOf(first: 1) {
                  edges {
                    node {
                      id
                      nameEn
                      nameZh
                      romanised
                      level
                      partOf(first: 1) {
                        edges {
                          node {
                            id
                            nameEn
                            nameZh
                            romanised
                            level
                          }
                        }
                      }
                    }
                  }
                }
              }
              ... on Park {
                romanised
                locatedIn(first: 1) {
                  edges {
                    node {
                      id
                      nameEn
                      nameZh
                      romanised
                      level
                      partOf(first: 1) {
                        edges {
                          node {
                            id
                            nameEn
                            nameZh
                            romanised
                            level
                            partOf(first: 1) {
                              edges {
                                node {
                                  id
                                  nameEn
                                  nameZh
                                  romanised
                                  level
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`);

/**
 * The views the dashboard's filters narrow (tier, list, year, and a province clicked on the map),
 * asked for again whenever a filter changes. The map and the tiers by province show every
 * province, so the province filter picks one out there rather than narrowing them.
 */
export const FilteredViewsFields = graphql(`
  fragment FilteredViewsFields on Query {
    designationsByProvince(tier: $tier, batch: $batch, year: $year) {
      ...ProvinceRowFields
    }
    designationsByProvinceAndTier(tier: $tier, batch: $batch, year: $year) {
      province {
        id
        code
        nameEn
        nameZh
        romanised
        unverified
      }
      tier
      designations
      holders
    }
    designationsByYearAndTier(tier: $tier, batch: $batch, year: $year, province: $province) {
      year
      tier
      count
    }
    namedByBatch: batchCoverage(tier: $tier, batch: $batch, year: $year, province: $province) {
      size
      named
      batch {
        id
        nameEn
        nameZh
        tier
        year
      }
    }
  }
`);

/**
 * The dashboard: every view in one request, within the API's cost limit (see the README's Query
 * limits), with the first page of figures and of designations; more pages follow by cursor.
 */
export const DashboardQuery = graphql(`
  query Dashboard($tier: DesignationTier, $batch: ID, $year: Int, $province: ID) {
    ...FilteredViewsFields
    years: designationsByYearAndTier {
      year
    }
    entityCounts {
      kind
      count
    }
    tiers {
      tier
      family
      level
      titleZh
      titleEn
      description
      adjacent
      designations
      holders
      batches
    }
    batchCoverage {
      size
      named
      batch {
        id
        nameEn
        nameZh
        tier
        number
        status
        year
        noticeNumber
        announcedOn
        signedOn
        publicizedFrom
        publicizedTo
        unverified
        sources {
          ...CitationFields
        }
      }
    }
    sourceCoverage {
      source {
        id
        kind
        title
      }
      nodes
      relationships
    }
    coverageBySourceCount {
      sources
      nodes
      relationships
    }
    figures: programmeFigures(first: 40, orderBy: [{ field: AS_OF }]) {
      ...FigurePageFields
    }
    designations(first: 100, orderBy: [{ field: ID }]) {
      ...DesignationPageFields
    }
    conference: node(id: "event:nanjing-2008-conference") {
      __typename
      id
      nameEn
      nameZh
      ... on Event {
        startDate
        attendanceNote
        speakers(first: 20) {
          edges {
            node {
              id
              nameEn
              nameZh
            }
            relationship {
              __typename
              ... on SpokeAt {
                role
                roleZh
                session
              }
            }
          }
        }
        awards {
          edges {
            node {
              id
              nameEn
              kind
              recipientCount
            }
          }
        }
        attendees(first: 50) {
          edges {
            node {
              __typename
              id
              nameEn
              ... on Delegation {
                kind
              }
            }
          }
        }
      }
    }
  }
`);

/** The filtered views again, when the analyst changes a filter. */
export const FilteredViewsQuery = graphql(`
  query FilteredViews($tier: DesignationTier, $batch: ID, $year: Int, $province: ID) {
    ...FilteredViewsFields
  }
`);

export const MoreFiguresQuery = graphql(`
  query MoreFigures($after: String) {
    programmeFigures(first: 40, after: $after, orderBy: [{ field: AS_OF }]) {
      ...FigurePageFields
    }
  }
`);

export const MoreDesignationsQuery = graphql(`
  query MoreDesignations($after: String) {
    designations(first: 100, after: $after, orderBy: [{ field: ID }]) {
      ...DesignationPageFields
    }
  }
`);
