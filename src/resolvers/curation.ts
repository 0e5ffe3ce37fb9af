import type { Resolvers } from '../__generated__/resolvers-types.js';
import type { Context } from '../context.js';
import {
  checkCitedFields,
  checkEnds,
  citationRows,
  entityProperties,
  labelOfKind,
  quoteCheck,
  relationshipProperties,
  relationshipType,
  relationshipTypeOfId,
} from '../curation.js';
import type { AuditFacts, SourceFacts } from '../cypher/curation.js';
import { page } from '../cypher/translate/filters.js';
import { BadUserInputError } from '../errors.js';
import { ENTITY_LABELS, relationshipId, type EntityLabel } from '../model.js';
import { connectionResolvers, edgeResolvers } from './connection.js';
import { JSONObject } from './scalars.js';

function audit(context: Context, action: string, input: unknown): AuditFacts {
  return { actor: context.caller.name, action, input };
}

function storedLabel(label: string): EntityLabel {
  if (!(ENTITY_LABELS as readonly string[]).includes(label)) throw new BadUserInputError(`${label} entities cannot be curated.`, 'input.id');
  return label as EntityLabel;
}

/** Curation and its audit trail (schema/curation.graphql); editors only, which the server checks before any mutation runs. */
export const curationResolvers: Resolvers = {
  Query: {
    auditTrail: (_parent, args, { curation }) => {
      const { offset, first } = page(args.first, args.after);
      return curation.auditTrail({ targetId: args.targetId ?? null, actor: args.actor ?? null }, offset, first);
    },
  },
  Mutation: {
    createEntity: (_parent, { input }, context) => {
      const label = labelOfKind(input.kind);
      const citations = citationRows(input.sources, 'input.sources');
      const props = entityProperties(label, input.id, {}, input, citations);
      return context.curation.createEntity(label, props, citations, quoteCheck(context.seedDir, citations, 'input.sources'), audit(context, 'createEntity', input));
    },
    updateEntity: (_parent, { input }, context) => {
      const citations = citationRows(input.sources, 'input.sources');
      return context.curation.updateEntity(
        input.id,
        (label, current) => entityProperties(storedLabel(label), input.id, current, input, citations),
        citations,
        quoteCheck(context.seedDir, citations, 'input.sources'),
        audit(context, 'updateEntity', input),
      );
    },
    deleteEntity: (_parent, { id, reason }, context) => context.curation.deleteEntity(id, audit(context, 'deleteEntity', { id, reason })),
    createRelationship: (_parent, { input }, context) => {
      const type = relationshipType(input.type, 'input.type');
      if (input.key && !/^[a-z0-9-]{1,64}$/.test(input.key)) throw new BadUserInputError('input.key must be 1 to 64 lower-case letters, digits or dashes.', 'input.key');
      const props = relationshipProperties(type, input.properties);
      const citations = citationRows(input.sources, 'input.sources');
      checkCitedFields(citations, props, 'input.sources');
      const id = relationshipId(type, input.from, input.to, input.key);
      return context.curation.createRelationship(
        type,
        id,
        input.from,
        input.to,
        props,
        citations,
        (fromLabel, toLabel) => checkEnds(type, fromLabel, toLabel, input.from, input.to),
        quoteCheck(context.seedDir, citations, 'input.sources'),
        audit(context, 'createRelationship', input),
      );
    },
    deleteRelationship: (_parent, { id, reason }, context) =>
      context.curation.deleteRelationship(relationshipTypeOfId(id, 'id'), id, audit(context, 'deleteRelationship', { id, reason })),
    attachSource: (_parent, { targetId, citation }, context) => {
      const [row] = citationRows([citation], 'citation') as [ReturnType<typeof citationRows>[number]];
      const type = targetId.startsWith('rel:') ? relationshipTypeOfId(targetId, 'targetId') : undefined;
      const quotes = quoteCheck(context.seedDir, [row], 'citation');
      const check = (sources: Map<string, SourceFacts>, target: Record<string, unknown>): void => {
        quotes(sources);
        checkCitedFields([row], target, 'citation');
      };
      return context.curation.attachSource(targetId, type, row, check, audit(context, 'attachSource', { targetId, citation }));
    },
  },
  AuditEntryConnection: connectionResolvers,
  AuditEntryEdge: edgeResolvers,
  JSONObject,
};
