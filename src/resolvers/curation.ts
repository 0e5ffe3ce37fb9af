import type { Resolvers } from '../__generated__/resolvers-types.js';
import { DEFAULT_PAGE_SIZE, pageSize } from '../cypher/translate/paging.js';
import { connectionResolvers, edgeResolvers } from './connection.js';
import { JSONObject } from './scalars.js';

/**
 * Curation and its audit trail (schema/curation.graphql); editors only, which the server checks
 * before any mutation runs. Each mutation is one method of the curation store
 * (src/cypher/curation.ts), which validates, writes and audits it.
 */
export const curationResolvers: Resolvers = {
  Query: {
    auditTrail: (_parent, args, { curation, limits }) =>
      curation.auditTrail(
        { targetId: args.targetId ?? null, actor: args.actor ?? null },
        pageSize(args.first, DEFAULT_PAGE_SIZE, limits.maxPageSize),
        args.after ?? null,
      ),
  },
  Mutation: {
    createEntity: (_parent, { input }, { curation, caller }) => curation.createEntity(input, caller.name),
    updateEntity: (_parent, { input }, { curation, caller }) => curation.updateEntity(input, caller.name),
    deleteEntity: (_parent, { id, reason }, { curation, caller }) => curation.deleteEntity(id, reason, caller.name),
    createRelationship: (_parent, { input }, { curation, caller }) => curation.createRelationship(input, caller.name),
    deleteRelationship: (_parent, { id, reason }, { curation, caller }) => curation.deleteRelationship(id, reason, caller.name),
    attachSource: (_parent, { targetId, citation }, { curation, caller }) => curation.attachSource(targetId, citation, caller.name),
  },
  AuditEntryConnection: connectionResolvers,
  AuditEntryEdge: edgeResolvers,
  JSONObject,
};
