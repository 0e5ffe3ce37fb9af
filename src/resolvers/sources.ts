import type { Resolvers } from '../__generated__/resolvers-types.js';
import { connectionResolvers, edgeResolvers } from './connection.js';

/** Sources and citations (schema/sources.graphql). */
export const sourcesResolvers: Resolvers = {
  Query: {
    source: (_parent, { id }, { graph }, info) => graph.source(info, id),
    sources: (_parent, _args, { graph }, info) => graph.list(info, 'Source'),
  },
  SourceConnection: connectionResolvers,
  SourceEdge: edgeResolvers,
};
