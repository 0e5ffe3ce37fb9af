import type { Resolvers } from '../__generated__/resolvers-types.js';
import { connectionResolvers, edgeResolvers } from './connection.js';
import { PartialDate } from './scalars.js';

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
  PartialDate,
};
