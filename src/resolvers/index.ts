import type { QueryResolvers, Resolvers } from '../__generated__/resolvers-types.js';
import { coreResolvers } from './core.js';
import { curationResolvers } from './curation.js';
import { dashboardResolvers } from './dashboard.js';
import { eventsResolvers } from './events.js';
import { organizationsResolvers } from './organizations.js';
import { peopleResolvers } from './people.js';
import { programmeResolvers } from './programme.js';
import { regionsResolvers } from './regions.js';
import { sourcesResolvers } from './sources.js';

const modules: readonly Resolvers[] = [
  coreResolvers,
  sourcesResolvers,
  peopleResolvers,
  organizationsResolvers,
  regionsResolvers,
  eventsResolvers,
  programmeResolvers,
  dashboardResolvers,
  curationResolvers,
];

/** One resolver map from the per-area modules; only Query is shared between them. */
export const resolvers: Resolvers = {
  ...modules.reduce<Resolvers>((all, module) => ({ ...all, ...module }), {}),
  Query: modules.reduce<QueryResolvers>((all, module) => ({ ...all, ...module.Query }), {}),
  Mutation: curationResolvers.Mutation,
};
