import type { Resolvers } from '../__generated__/resolvers-types.js';
import type { Context } from '../context.js';
import {
  checkCitationInput,
  checkCitedFields,
  checkedCitations,
  checkEnds,
  entityChanges,
  labelOfKind,
  relationshipProperties,
  relationshipType,
  relationshipTypeOfId,
  type CitationInput,
} from '../curation.js';
import type { AuditFacts, SourceFacts } from '../cypher/curation.js';
import { DEFAULT_PAGE_SIZE, pageSize } from '../cypher/translate/paging.js';
import { BadUserInputError } from '../errors.js';
import type { CitationRow } from '../records/plan.js';
import { ENTITY_LABELS, relationshipId, type EntityLabel } from '../vocabulary.js';
import { connectionResolvers, edgeResolvers } from './connection.js';
import { JSONObject } from './scalars.js';

function audit(context: Context, action: string, input: unknown): AuditFacts {
  return { actor: context.caller.name, action, input };
}

function sourceIds(citations: readonly CitationInput[]): string[] {
  return citations.map((citation) => citation.source);
}

function storedLabel(label: string): EntityLabel {
  if (!(ENTITY_LABELS as readonly string[]).includes(label)) throw new BadUserInputError(`${label} entities cannot be curated.`, 'input.id');
  return label as EntityLabel;
}

/** Curation and its audit trail (schema/curation.graphql); editors only, which the server checks before any mutation runs. */
export const curationResolvers: Resolvers = {
  Query: {
    auditTrail: (_parent, args, { curation, limits }) =>
      curation.auditTrail({ targetId: args.targetId ?? null, actor: args.actor ?? null }, pageSize(args.first, DEFAULT_PAGE_SIZE, limits.maxPageSize), args.after ?? null),
  },
  Mutation: {
    createEntity: (_parent, { input }, context) => {
      const label = labelOfKind(input.kind);
      checkCitationInput(input.sources, 'input.sources');
      const props = { ...entityChanges(label, input.id, {}, input, input.sources), id: input.id };
      const check = checkedCitations(context.sources, input.sources, 'input.sources');
      return context.curation.createEntity(label, props, check, sourceIds(input.sources), audit(context, 'createEntity', input));
    },
    updateEntity: (_parent, { input }, context) => {
      checkCitationInput(input.sources, 'input.sources');
      return context.curation.updateEntity(
        input.id,
        (label, current) => entityChanges(storedLabel(label), input.id, current, input, input.sources),
        checkedCitations(context.sources, input.sources, 'input.sources'),
        sourceIds(input.sources),
        audit(context, 'updateEntity', input),
      );
    },
    deleteEntity: (_parent, { id, reason }, context) => context.curation.deleteEntity(id, audit(context, 'deleteEntity', { id, reason })),
    createRelationship: (_parent, { input }, context) => {
      const type = relationshipType(input.type, 'input.type');
      if (input.key && !/^[a-z0-9-]{1,64}$/.test(input.key)) throw new BadUserInputError('input.key must be 1 to 64 lower-case letters, digits or dashes.', 'input.key');
      const props = relationshipProperties(type, input.properties);
      checkCitationInput(input.sources, 'input.sources');
      checkCitedFields(input.sources, props, 'input.sources');
      const id = relationshipId(type, input.from, input.to, input.key);
      return context.curation.createRelationship(
        type,
        id,
        { from: input.from, to: input.to, check: (fromLabel, toLabel) => checkEnds(type, fromLabel, toLabel, input.from, input.to) },
        props,
        checkedCitations(context.sources, input.sources, 'input.sources'),
        sourceIds(input.sources),
        audit(context, 'createRelationship', input),
      );
    },
    deleteRelationship: (_parent, { id, reason }, context) =>
      context.curation.deleteRelationship(relationshipTypeOfId(id, 'id'), id, audit(context, 'deleteRelationship', { id, reason })),
    attachSource: (_parent, { targetId, citation }, context) => {
      checkCitationInput([citation], 'citation');
      const type = targetId.startsWith('rel:') ? relationshipTypeOfId(targetId, 'targetId') : undefined;
      const quotes = checkedCitations(context.sources, [citation], 'citation');
      const check = (sources: Map<string, SourceFacts>, target: Record<string, unknown>): CitationRow => {
        checkCitedFields([citation], target, 'citation');
        return quotes(sources)[0] as CitationRow;
      };
      return context.curation.attachSource(targetId, type, citation.source, check, audit(context, 'attachSource', { targetId, citation }));
    },
  },
  AuditEntryConnection: connectionResolvers,
  AuditEntryEdge: edgeResolvers,
  JSONObject,
};
