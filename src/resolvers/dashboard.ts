import type { Resolvers } from '../__generated__/resolvers-types.js';

/** Dashboard aggregations (schema/dashboard.graphql), each one Cypher query. */
export const dashboardResolvers: Resolvers = {
  Query: {
    entityCounts: (_parent, _args, { graph }, info) => graph.entityCounts(info),
    designationsByProvince: (_parent, { tier }, { graph }, info) => graph.designationsByProvince(info, tier),
    tiers: (_parent, _args, { graph }, info) => graph.tiers(info),
    batchCoverage: (_parent, { tier }, { graph }, info) => graph.batchCoverage(info, tier),
    designationsByYearAndTier: (_parent, _args, { graph }, info) => graph.designationsByYearAndTier(info),
    sourceCoverage: (_parent, _args, { graph }, info) => graph.sourceCoverage(info),
    coverageBySourceCount: (_parent, _args, { graph }, info) => graph.coverageBySourceCount(info),
  },
};
