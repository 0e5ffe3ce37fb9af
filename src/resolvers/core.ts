import type { RelationshipResolvers, Resolvers } from '../__generated__/resolvers-types.js';
import { pascalCase } from '../cypher/translate/names.js';
import { RELATIONSHIP_TYPES } from '../vocabulary.js';
import { connectionResolvers, edgeResolvers } from './connection.js';
import { PartialDate } from './scalars.js';

type RelationshipTypeName = NonNullable<Awaited<ReturnType<RelationshipResolvers['__resolveType']>>>;

/** The GraphQL type of each relationship type (HOLDS_POST → HoldsPost); the start checks that the SDL has them all (src/vocabulary-check.ts). */
const RELATIONSHIP_TYPE_NAMES: ReadonlyMap<string, RelationshipTypeName> = new Map(
  RELATIONSHIP_TYPES.map((type) => [type, pascalCase(type) as RelationshipTypeName]),
);
const GRAPHQL_RELATIONSHIP_NAMES: ReadonlySet<string> = new Set(RELATIONSHIP_TYPE_NAMES.values());

function isRelationshipTypeName(name: string): name is RelationshipTypeName {
  return GRAPHQL_RELATIONSHIP_NAMES.has(name);
}

/**
 * A relationship read along several types carries Neo4j's own type (`type(r)`, HOLDS_POST), which
 * costs the statement less than naming the GraphQL type in Cypher; one read along a single type
 * carries the GraphQL type's name (HoldsPost) itself.
 */
function relationshipTypeName(projected: unknown): RelationshipTypeName | null {
  const name = String(projected);
  return RELATIONSHIP_TYPE_NAMES.get(name) ?? (isRelationshipTypeName(name) ? name : null);
}

/** Global lookup, search, neighbourhoods and paths (schema/core.graphql). */
export const coreResolvers: Resolvers = {
  Query: {
    node: (_parent, { id }, { graph }, info) => graph.node(info, id),
    search: (_parent, args, { graph }, info) => graph.search(info, args),
    neighborhood: (_parent, args, { graph }, info) => graph.neighborhood(info, args),
    shortestPath: (_parent, args, { graph }, info) => graph.shortestPath(info, args),
  },
  NodeConnection: connectionResolvers,
  NodeEdge: edgeResolvers,
  Relationship: { __resolveType: (parent) => relationshipTypeName(parent.__typename) },
  PartialDate,
};
