import type { NodeResolvers, RelationshipResolvers, Resolvers } from '../__generated__/resolvers-types.js';
import { pascalCase } from '../cypher/translate/names.js';
import { isProjected, type Projected } from '../graph/records.js';
import { ENTITY_LABELS, RELATIONSHIP_TYPES } from '../vocabulary.js';
import { connectionResolvers, edgeResolvers } from './connection.js';
import { PartialDate } from './scalars.js';

type RelationshipTypeName = NonNullable<Awaited<ReturnType<RelationshipResolvers['__resolveType']>>>;
type NodeTypeName = NonNullable<Awaited<ReturnType<NodeResolvers['__resolveType']>>>;

/**
 * The type GraphQL takes a projected value for when the translator left `__typename` out: it does
 * so only where nothing the query asks depends on the type (projectComposite in
 * src/cypher/translate/projection.ts), and no type has resolvers of its own for an interface's
 * fields, so any type of the interface answers alike. Other values without a type stay an error.
 */
const STAND_IN_NODE: NodeTypeName = 'Person';
const STAND_IN_RELATIONSHIP: RelationshipTypeName = 'HoldsPost';
const NODE_TYPE_NAMES: ReadonlySet<string> = new Set<NodeTypeName>(ENTITY_LABELS);

function isNodeTypeName(name: unknown): name is NodeTypeName {
  return typeof name === 'string' && NODE_TYPE_NAMES.has(name);
}

/**
 * A node carries its type's name where the translator knew it, and otherwise its labels, of which
 * the kind label is the type's name (src/cypher/translate/projection.ts, projectNode).
 */
function nodeTypeName(parent: Projected): NodeTypeName | null {
  const typeName = parent.__typename;
  if (typeName === undefined) return isProjected(parent) ? STAND_IN_NODE : null;
  if (Array.isArray(typeName)) return typeName.find(isNodeTypeName) ?? null;
  return isNodeTypeName(typeName) ? typeName : null;
}

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
function relationshipTypeName(parent: Projected): RelationshipTypeName | null {
  const name = parent.__typename;
  if (name === undefined) return isProjected(parent) ? STAND_IN_RELATIONSHIP : null;
  if (typeof name !== 'string') return null;
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
  Node: { __resolveType: nodeTypeName },
  Relationship: { __resolveType: relationshipTypeName },
  PartialDate,
};
