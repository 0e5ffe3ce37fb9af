import type { Resolvers } from '../__generated__/resolvers-types.js';
import { connectionResolvers, edgeResolvers } from './connection.js';

/** Organizations (schema/organizations.graphql). Each root list is one translated Cypher query; nested fields read its projection. */
export const organizationsResolvers: Resolvers = {
  Query: {
    organizations: (_parent, _args, { graph }, info) => graph.list(info, 'Organization'),
  },
  OrganizationConnection: connectionResolvers,
  OrganizationEdge: edgeResolvers,
};
