import type { z } from 'zod';
import type { SourceFacts, Stored } from './cypher/curation.js';
import { pascalCase } from './cypher/translate/names.js';
import { BadUserInputError } from './errors.js';
import type { CitationRow } from './records/plan.js';
import { entitySchemas, relationshipPropertySchemas } from './records/schemas.js';
import { quoteFound, type SourceCatalogue } from './records/sources.js';
import { ENTITY_LABELS, RELATIONSHIPS, RELATIONSHIP_TYPES, type EntityLabel, type RelationshipType } from './vocabulary.js';

/**
 * Validation of curation input, with the records' own schemas: what an editor may write is what
 * the seed and an import may hold. Every refusal is a BAD_USER_INPUT naming the input field.
 */

export interface CitationInput {
  readonly source: string;
  readonly quote: string;
  readonly fields?: readonly string[] | null;
  readonly note?: string | null;
}

/** Properties the server keeps for itself; an editor cannot set them. */
const RESERVED = new Set([
  'id', 'layer', 'seedHash', 'editedFields', 'searchText', 'sources',
  'citeSources', 'citeQuotes', 'citeFields', 'citeNotes', 'citeUnquoted', 'citeChecked', 'citeLayers',
]);

/** The fields of an entity that the input names directly; the others arrive in `input.properties`. */
const ENTITY_INPUT_FIELDS = new Set(['id', 'nameEn', 'nameZh', 'aliases', 'note', 'sources']);

function refuse(error: z.ZodError, prefix: string, entity = false): never {
  const issue = error.issues[0];
  // An unknown property is reported at the object that holds it, so the key is added here.
  const path = [...(issue?.path.map(String) ?? []), ...(issue?.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : [])];
  const inProperties = entity && path[0] !== undefined && !ENTITY_INPUT_FIELDS.has(path[0]);
  const field = [inProperties ? `${prefix}.properties` : prefix, ...path].join('.');
  throw new BadUserInputError(`${field}: ${issue?.code === 'unrecognized_keys' ? 'no such property' : (issue?.message ?? 'invalid')}`, field);
}

function plainObject(value: unknown, argument: string): Record<string, unknown> {
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new BadUserInputError(`${argument} must be an object.`, argument);
  const props = value as Record<string, unknown>;
  for (const key of Object.keys(props)) {
    if (RESERVED.has(key)) throw new BadUserInputError(`${argument}.${key} is kept by the server and cannot be set.`, `${argument}.${key}`);
  }
  return props;
}

/** Where citations come from: a mutation's list of sources, or attachSource's one citation. */
export type CitationArgument = 'input.sources' | 'citation';

/** The input path of a citation's field, as errors name it: `input.sources.1.quote`, `citation.quote`. */
function citationField(argument: CitationArgument, index: number, name: string): string {
  return argument === 'citation' ? `citation.${name}` : `${argument}.${index}.${name}`;
}

/** Refuses an empty list of citations or a quote that gives no words. */
export function checkCitationInput(citations: readonly CitationInput[], argument: CitationArgument): void {
  if (citations.length === 0) throw new BadUserInputError(`${argument} must name at least one source: every fact carries its source.`, argument);
  citations.forEach((citation, index) => {
    const quoteField = citationField(argument, index, 'quote');
    if (citation.quote.trim().length < 3) throw new BadUserInputError(`${quoteField} must give the source's exact words.`, quoteField);
  });
}

/**
 * The citations as stored, once their sources are known: each source must be in the graph, and a
 * quote from a text the project holds must appear in it verbatim (white space folded). The
 * project holds no text of a web page, so its quotes are stored as given, marked unchecked.
 */
export function checkedCitations(catalogue: SourceCatalogue, citations: readonly CitationInput[], argument: CitationArgument): (sources: Map<string, SourceFacts>) => CitationRow[] {
  return (sources) =>
    citations.map((citation, index) => {
      const sourceField = citationField(argument, index, 'source');
      if (!sources.has(citation.source)) throw new BadUserInputError(`${sourceField}: no source has the id ${citation.source}.`, sourceField);
      const held = catalogue.get(citation.source);
      const found = held ? quoteFound(held, citation.quote) : null;
      if (found === false) {
        const quoteField = citationField(argument, index, 'quote');
        throw new BadUserInputError(`${quoteField} is not found verbatim in ${held?.record.file ?? held?.record.package ?? citation.source}.`, quoteField);
      }
      return { source: citation.source, quote: citation.quote, fields: citation.fields ? [...citation.fields] : null, note: citation.note ?? null, unquoted: null, checked: found === true };
    });
}

/** Refuses a citation that says it backs a property the record does not have. */
export function checkCitedFields(citations: readonly CitationInput[], props: Record<string, unknown>, argument: CitationArgument): void {
  citations.forEach((citation, index) => {
    for (const name of citation.fields ?? []) {
      if (!(name in props) || RESERVED.has(name)) {
        const field = citationField(argument, index, 'fields');
        throw new BadUserInputError(`${field}: "${name}" is not a property of this record.`, field);
      }
    }
  });
}

/** A NodeKind (PROGRAMME_FIGURE) as its label (ProgrammeFigure). */
export function labelOfKind(kind: string): EntityLabel {
  const label = pascalCase(kind);
  if (!(ENTITY_LABELS as readonly string[]).includes(label)) throw new BadUserInputError(`kind ${kind} is not an entity kind.`, 'input.kind');
  return label as EntityLabel;
}

export interface EntityFields {
  readonly nameEn?: string | null;
  readonly nameZh?: string | null;
  readonly aliases?: readonly string[] | null;
  readonly note?: string | null;
  readonly properties?: unknown;
}

/**
 * The changes `fields` make to an entity of `label` whose stored properties are `current`,
 * validated by the kind's schema as the whole entity would then stand. Absent fields keep their
 * value; null clears them. Returns only the properties given, null for those cleared.
 */
export function entityChanges(label: EntityLabel, id: string, current: Stored, fields: EntityFields, citations: readonly CitationInput[]): Stored {
  const changes: Stored = {};
  for (const key of ['nameEn', 'nameZh', 'aliases', 'note'] as const) {
    if (fields[key] !== undefined) changes[key] = fields[key];
  }
  Object.assign(changes, plainObject(fields.properties, 'input.properties'));
  const next = Object.fromEntries(
    Object.entries({ ...current, ...changes, id }).filter(([key, value]) => value !== null && !RESERVED.has(key) || key === 'id'),
  );
  const parsed = entitySchemas[label].safeParse(next);
  if (!parsed.success) refuse(parsed.error, 'input', true);
  checkCitedFields(citations, parsed.data, 'input.sources');
  return changes;
}

export function relationshipType(type: string, argument: string): RelationshipType {
  if (!(RELATIONSHIP_TYPES as readonly string[]).includes(type)) {
    throw new BadUserInputError(`${argument} must be one of ${RELATIONSHIP_TYPES.join(', ')}, not ${type}.`, argument);
  }
  return type as RelationshipType;
}

/** The type a relationship id names: `rel:holds_post:...` is a HOLDS_POST. */
export function relationshipTypeOfId(id: string, argument: string): RelationshipType {
  const match = /^rel:([a-z_]+):/.exec(id);
  if (!match?.[1]) throw new BadUserInputError(`${argument} must be a relationship id such as rel:holds_post:zhang-qin:sipo.`, argument);
  return relationshipType(match[1].toUpperCase(), argument);
}

export function relationshipProperties(type: RelationshipType, properties: unknown): Record<string, unknown> {
  const parsed = relationshipPropertySchemas[type].safeParse(plainObject(properties, 'input.properties'));
  if (!parsed.success) refuse(parsed.error, 'input.properties');
  return parsed.data;
}

/** Refuses ends that are missing or of kinds the relationship type does not join. */
export function checkEnds(type: RelationshipType, fromLabel: string | null, toLabel: string | null, from: string, to: string): void {
  const rule = RELATIONSHIPS[type];
  for (const [end, label, id, allowed] of [['from', fromLabel, from, rule.from], ['to', toLabel, to, rule.to]] as const) {
    if (label === null) throw new BadUserInputError(`input.${end}: no entity has the id ${id}.`, `input.${end}`);
    if (!(allowed as readonly string[]).includes(label)) {
      throw new BadUserInputError(`input.${end}: ${type} ${end === 'from' ? 'starts at' : 'ends at'} ${allowed.join(' or ')}, not ${label}.`, `input.${end}`);
    }
  }
}
