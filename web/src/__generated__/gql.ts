/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment CitationFields on Citation {\n    quote\n    fields\n    note\n    source { id kind title url language publishedOn publisher file }\n  }\n": typeof types.CitationFieldsFragmentDoc,
    "\n  fragment RelationshipFields on Relationship {\n    __typename\n    id\n    type\n    startId\n    endId\n    sources { ...CitationFields }\n    ... on HoldsPost { title titleZh asOf validFrom validTo }\n    ... on SpokeAt { role roleZh session onBehalfOf }\n  }\n": typeof types.RelationshipFieldsFragmentDoc,
    "\n  fragment GraphNodeFields on Node {\n    __typename\n    id\n    nameEn\n    nameZh\n  }\n": typeof types.GraphNodeFieldsFragmentDoc,
    "\n  query Search($text: String!, $first: Int) {\n    search(text: $text, first: $first) { score kind node { ...GraphNodeFields aliases } }\n  }\n": typeof types.SearchDocument,
    "\n  query Neighborhood($id: ID!, $limit: Int, $offset: Int) {\n    neighborhood(id: $id, depth: 1, limit: $limit, offset: $offset) {\n      rootId\n      truncated\n      nodes { distance degree node { ...GraphNodeFields } }\n      relationships { ...RelationshipFields }\n    }\n  }\n": typeof types.NeighborhoodDocument,
    "\n  query NodeDetails($id: ID!) {\n    node(id: $id) {\n      ...GraphNodeFields\n      aliases\n      note\n      sources { ...CitationFields }\n      ... on Organization { organizationKind: kind }\n      ... on Region { regionKind: kind }\n      ... on Event { eventKind: kind startDate endDate session attendanceMin attendanceNote }\n      ... on Award { awardKind: kind recipientCount form }\n      ... on Delegation { delegationKind: kind }\n      ... on Statement { statementKind: kind ordinal textEn textZh }\n      ... on Programme { levels mottoEn mottoZh parkPilotsSince }\n      ... on ProgrammeFigure { category asOf value }\n      ... on Batch { tier number status announcedOn batchYear: year size validFrom validTo }\n      ... on Designation { tier status announcedOn checkedOn approvedOn validFrom validTo termYears year }\n    }\n  }\n": typeof types.NodeDetailsDocument,
    "\n  query Path($from: ID!, $to: ID!) {\n    shortestPath(from: $from, to: $to) {\n      length\n      nodes { ...GraphNodeFields }\n      relationships { ...RelationshipFields }\n    }\n  }\n": typeof types.PathDocument,
    "\n  query Dashboard {\n    entityCounts { kind count }\n    designationsByProvince { province { id nameEn nameZh } designations holders }\n    designationsByYearAndTier { year tier count }\n    sourceCoverage { source { id kind title } nodes relationships }\n    coverageBySourceCount { sources nodes relationships }\n    designations(first: 100, orderBy: [{ field: YEAR }]) {\n      totalCount\n      edges {\n        node {\n          id tier status year announcedOn\n          holders { edges { node { __typename id nameEn nameZh\n            ... on Region { regionKind: kind partOf { edges { node { id nameEn nameZh } } } } } } }\n        }\n      }\n    }\n    conference: node(id: \"event:nanjing-2008-conference\") {\n      __typename id nameEn nameZh\n      ... on Event {\n        startDate attendanceNote\n        speakers(first: 20) { edges { node { id nameEn nameZh } relationship { ... on SpokeAt { role roleZh session } } } }\n        awards { edges { node { id nameEn kind recipientCount } } }\n        attendees(first: 50) { edges { node { __typename id nameEn ... on Delegation { kind } } } }\n      }\n    }\n  }\n": typeof types.DashboardDocument,
};
const documents: Documents = {
    "\n  fragment CitationFields on Citation {\n    quote\n    fields\n    note\n    source { id kind title url language publishedOn publisher file }\n  }\n": types.CitationFieldsFragmentDoc,
    "\n  fragment RelationshipFields on Relationship {\n    __typename\n    id\n    type\n    startId\n    endId\n    sources { ...CitationFields }\n    ... on HoldsPost { title titleZh asOf validFrom validTo }\n    ... on SpokeAt { role roleZh session onBehalfOf }\n  }\n": types.RelationshipFieldsFragmentDoc,
    "\n  fragment GraphNodeFields on Node {\n    __typename\n    id\n    nameEn\n    nameZh\n  }\n": types.GraphNodeFieldsFragmentDoc,
    "\n  query Search($text: String!, $first: Int) {\n    search(text: $text, first: $first) { score kind node { ...GraphNodeFields aliases } }\n  }\n": types.SearchDocument,
    "\n  query Neighborhood($id: ID!, $limit: Int, $offset: Int) {\n    neighborhood(id: $id, depth: 1, limit: $limit, offset: $offset) {\n      rootId\n      truncated\n      nodes { distance degree node { ...GraphNodeFields } }\n      relationships { ...RelationshipFields }\n    }\n  }\n": types.NeighborhoodDocument,
    "\n  query NodeDetails($id: ID!) {\n    node(id: $id) {\n      ...GraphNodeFields\n      aliases\n      note\n      sources { ...CitationFields }\n      ... on Organization { organizationKind: kind }\n      ... on Region { regionKind: kind }\n      ... on Event { eventKind: kind startDate endDate session attendanceMin attendanceNote }\n      ... on Award { awardKind: kind recipientCount form }\n      ... on Delegation { delegationKind: kind }\n      ... on Statement { statementKind: kind ordinal textEn textZh }\n      ... on Programme { levels mottoEn mottoZh parkPilotsSince }\n      ... on ProgrammeFigure { category asOf value }\n      ... on Batch { tier number status announcedOn batchYear: year size validFrom validTo }\n      ... on Designation { tier status announcedOn checkedOn approvedOn validFrom validTo termYears year }\n    }\n  }\n": types.NodeDetailsDocument,
    "\n  query Path($from: ID!, $to: ID!) {\n    shortestPath(from: $from, to: $to) {\n      length\n      nodes { ...GraphNodeFields }\n      relationships { ...RelationshipFields }\n    }\n  }\n": types.PathDocument,
    "\n  query Dashboard {\n    entityCounts { kind count }\n    designationsByProvince { province { id nameEn nameZh } designations holders }\n    designationsByYearAndTier { year tier count }\n    sourceCoverage { source { id kind title } nodes relationships }\n    coverageBySourceCount { sources nodes relationships }\n    designations(first: 100, orderBy: [{ field: YEAR }]) {\n      totalCount\n      edges {\n        node {\n          id tier status year announcedOn\n          holders { edges { node { __typename id nameEn nameZh\n            ... on Region { regionKind: kind partOf { edges { node { id nameEn nameZh } } } } } } }\n        }\n      }\n    }\n    conference: node(id: \"event:nanjing-2008-conference\") {\n      __typename id nameEn nameZh\n      ... on Event {\n        startDate attendanceNote\n        speakers(first: 20) { edges { node { id nameEn nameZh } relationship { ... on SpokeAt { role roleZh session } } } }\n        awards { edges { node { id nameEn kind recipientCount } } }\n        attendees(first: 50) { edges { node { __typename id nameEn ... on Delegation { kind } } } }\n      }\n    }\n  }\n": types.DashboardDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CitationFields on Citation {\n    quote\n    fields\n    note\n    source { id kind title url language publishedOn publisher file }\n  }\n"): typeof import('./graphql').CitationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RelationshipFields on Relationship {\n    __typename\n    id\n    type\n    startId\n    endId\n    sources { ...CitationFields }\n    ... on HoldsPost { title titleZh asOf validFrom validTo }\n    ... on SpokeAt { role roleZh session onBehalfOf }\n  }\n"): typeof import('./graphql').RelationshipFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GraphNodeFields on Node {\n    __typename\n    id\n    nameEn\n    nameZh\n  }\n"): typeof import('./graphql').GraphNodeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($text: String!, $first: Int) {\n    search(text: $text, first: $first) { score kind node { ...GraphNodeFields aliases } }\n  }\n"): typeof import('./graphql').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Neighborhood($id: ID!, $limit: Int, $offset: Int) {\n    neighborhood(id: $id, depth: 1, limit: $limit, offset: $offset) {\n      rootId\n      truncated\n      nodes { distance degree node { ...GraphNodeFields } }\n      relationships { ...RelationshipFields }\n    }\n  }\n"): typeof import('./graphql').NeighborhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeDetails($id: ID!) {\n    node(id: $id) {\n      ...GraphNodeFields\n      aliases\n      note\n      sources { ...CitationFields }\n      ... on Organization { organizationKind: kind }\n      ... on Region { regionKind: kind }\n      ... on Event { eventKind: kind startDate endDate session attendanceMin attendanceNote }\n      ... on Award { awardKind: kind recipientCount form }\n      ... on Delegation { delegationKind: kind }\n      ... on Statement { statementKind: kind ordinal textEn textZh }\n      ... on Programme { levels mottoEn mottoZh parkPilotsSince }\n      ... on ProgrammeFigure { category asOf value }\n      ... on Batch { tier number status announcedOn batchYear: year size validFrom validTo }\n      ... on Designation { tier status announcedOn checkedOn approvedOn validFrom validTo termYears year }\n    }\n  }\n"): typeof import('./graphql').NodeDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Path($from: ID!, $to: ID!) {\n    shortestPath(from: $from, to: $to) {\n      length\n      nodes { ...GraphNodeFields }\n      relationships { ...RelationshipFields }\n    }\n  }\n"): typeof import('./graphql').PathDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard {\n    entityCounts { kind count }\n    designationsByProvince { province { id nameEn nameZh } designations holders }\n    designationsByYearAndTier { year tier count }\n    sourceCoverage { source { id kind title } nodes relationships }\n    coverageBySourceCount { sources nodes relationships }\n    designations(first: 100, orderBy: [{ field: YEAR }]) {\n      totalCount\n      edges {\n        node {\n          id tier status year announcedOn\n          holders { edges { node { __typename id nameEn nameZh\n            ... on Region { regionKind: kind partOf { edges { node { id nameEn nameZh } } } } } } }\n        }\n      }\n    }\n    conference: node(id: \"event:nanjing-2008-conference\") {\n      __typename id nameEn nameZh\n      ... on Event {\n        startDate attendanceNote\n        speakers(first: 20) { edges { node { id nameEn nameZh } relationship { ... on SpokeAt { role roleZh session } } } }\n        awards { edges { node { id nameEn kind recipientCount } } }\n        attendees(first: 50) { edges { node { __typename id nameEn ... on Delegation { kind } } } }\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
