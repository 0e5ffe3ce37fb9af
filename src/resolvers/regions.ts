import type { Resolvers } from '../__generated__/resolvers-types.js';
import { connectionResolvers, edgeResolvers } from './connection.js';

/** Regions and parks (schema/regions.graphql). Each root list is one translated Cypher query; nested fields read its projection. */
export const regionsResolvers: Resolvers = {
  Query: {
    regions: (_parent, _args, { graph }, info) => graph.list(info, 'Region'),
    parks: (_parent, _args, { graph }, info) => graph.list(info, 'Park'),
    designationHistory: (_parent, { id }, { graph }, info) => graph.designationHistory(info, id),
  },
  RegionConnection: connectionResolvers,
  RegionEdge: edgeResolvers,
  ParkConnection: connectionResolvers,
  ParkEdge: edgeResolvers,
};
