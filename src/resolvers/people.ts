import type { Resolvers } from '../__generated__/resolvers-types.js';
import { connectionResolvers, edgeResolvers } from './connection.js';

/** Officials (schema/people.graphql). Each root list is one translated Cypher query; nested fields read its projection. */
export const peopleResolvers: Resolvers = {
  Query: {
    people: (_parent, _args, { graph }, info) => graph.list(info, 'Person'),
  },
  PersonConnection: connectionResolvers,
  PersonEdge: edgeResolvers,
};
