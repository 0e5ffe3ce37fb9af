import type { Resolvers } from '../__generated__/resolvers-types.js';

/** Dashboard aggregations (schema/dashboard.graphql), each one Cypher query. */
export const dashboardResolvers: Resolvers = {
  Query: {
    entityCounts: (_parent, _args, { graph }, info) => graph.entityCounts(info),
    designationsByProvince: (_parent, args, { graph }, info) => graph.designationsByProvince(info, args),
    designationsByProvinceAndTier: (_parent, args, { graph }, info) => graph.designationsByProvinceAndTier(info, args),
    tiers: (_parent, _args, { graph }, info) => graph.tiers(info),
    batchCoverage: (_parent, args, { graph }, info) => graph.batchCoverage(info, args),
    designationsByYearAndTier: (_parent, args, { graph }, info) => graph.designationsByYearAndTier(info, args),
    sourceCoverage: (_parent, _args, { graph }, info) => graph.sourceCoverage(info),
    coverageBySourceCount: (_parent, _args, { graph }, info) => graph.coverageBySourceCount(info),
  },
};
