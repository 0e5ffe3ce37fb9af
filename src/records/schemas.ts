import { z } from 'zod';
import {
  ENTITY_LABELS,
  ENTITY_PROPERTIES,
  ID_PREFIX,
  KINDS,
  RELATIONSHIPS,
  RELATIONSHIP_TYPES,
  SOURCE_PROPERTIES,
  type EntityLabel,
  type PropertySpec,
  type RelationshipType,
} from '../vocabulary.js';

/**
 * The schemas records are validated against, derived from the vocabulary: what the seed, an
 * import and an editor may write is the same. Two shapes per kind: the record as written (every
 * property optional, since a record may add to an entity that exists) and the entity as stored
 * (the kind's required properties required), checked once a record is merged with what it adds to.
 */

const slug = /^[a-z0-9][a-z0-9-]*$/;

export function idSchema(prefix: string): z.ZodString {
  return z.string().regex(new RegExp(`^${prefix}:[a-z0-9][a-z0-9-]*$`), `expected an id like "${prefix}:some-name"`);
}

export const citationSchema = z.strictObject({
  source: idSchema(ID_PREFIX.Source),
  quote: z.string().min(3, 'a quote gives the exact words, at least 3 characters').optional(),
  /** The properties this citation backs; absent means the whole record. */
  fields: z.array(z.string().min(1)).min(1).optional(),
  /** Why a citation of a web page the project does not hold carries no quote. */
  unquoted: z.string().min(3).optional(),
  note: z.string().min(1).optional(),
});
export type Citation = z.infer<typeof citationSchema>;

function shape(properties: Readonly<Record<string, PropertySpec>>, allOptional: boolean): Record<string, z.ZodType> {
  return Object.fromEntries(Object.entries(properties).map(([name, spec]) => [name, allOptional && !spec.optional ? spec.schema.optional() : spec.schema]));
}

const commonStored = { ...shape(ENTITY_PROPERTIES, false) };

/** An entity as stored, per kind: validated after a record is merged with the entity it adds to. */
export const entitySchemas = Object.fromEntries(
  ENTITY_LABELS.map((label) => [label, z.strictObject({ ...commonStored, id: idSchema(ID_PREFIX[label]), ...shape(KINDS[label].properties, false) })]),
) as unknown as Record<EntityLabel, z.ZodType<Record<string, unknown>>>;

/** Where a place lies or which place holds a designation: a name resolved through the division codes. */
const placeFields = {
  place: z.string().min(1).optional(),
  province: z.string().min(1).optional(),
  code: z
    .string()
    .regex(/^\d{6}$/, 'expected a six-digit GB/T 2260 code')
    .optional(),
};

/** Fields a record may carry besides its kind's properties. */
const recordExtras: Partial<Record<EntityLabel, Record<string, z.ZodType>>> = {
  Designation: {
    ...placeFields,
    holder: z
      .string()
      .regex(/^(region|park):[a-z0-9][a-z0-9-]*$/, 'expected a region or park id')
      .optional(),
    placeEn: z.string().min(1).optional(),
    batch: idSchema(ID_PREFIX.Batch).optional(),
  },
  Park: placeFields,
};

/** Kinds whose records may leave out the id: it is derived (designations) or the record names a place. */
const DERIVED_ID: ReadonlySet<EntityLabel> = new Set(['Designation']);

/** An entity record as written: every property optional, its citations required unless it is marked unverified. */
export const recordSchemas = Object.fromEntries(
  ENTITY_LABELS.map((label) => [
    label,
    z.strictObject({
      ...shape(ENTITY_PROPERTIES, true),
      id: DERIVED_ID.has(label) ? idSchema(ID_PREFIX[label]).optional() : idSchema(ID_PREFIX[label]),
      ...shape(KINDS[label].properties, true),
      ...recordExtras[label],
      sources: z.array(citationSchema).optional(),
    }),
  ]),
) as unknown as Record<EntityLabel, z.ZodType<Record<string, unknown>>>;

/** A source as seed/sources.yaml (or an import file) states it. */
export interface SourceRecord {
  readonly id: string;
  readonly kind: 'DOCUMENT' | 'WEB_PAGE' | 'DATASET';
  readonly title: string;
  readonly file?: string | undefined;
  readonly url?: string | undefined;
  readonly package?: string | undefined;
  readonly files?: string[] | undefined;
  readonly language?: string | undefined;
  readonly publishedOn?: string | undefined;
  readonly publishedNote?: string | undefined;
  readonly publisher?: string | undefined;
  readonly official?: boolean | undefined;
  readonly secondary?: boolean | undefined;
  readonly retrievedOn?: string | undefined;
  readonly note?: string | undefined;
}

export const sourceSchema = z.strictObject({ id: idSchema(ID_PREFIX.Source), ...shape(SOURCE_PROPERTIES, false) }) as unknown as z.ZodType<SourceRecord>;

export const relationshipRecordSchema = z.strictObject({
  type: z.enum(RELATIONSHIP_TYPES as [RelationshipType, ...RelationshipType[]]),
  from: z.string().min(1),
  to: z.string().min(1),
  /** Tells apart several relationships of one type between the same two nodes. */
  key: z.string().regex(slug, 'expected lower-case letters, digits and dashes').max(64).optional(),
  properties: z.record(z.string(), z.unknown()).optional(),
  unverified: z.boolean().optional(),
  sources: z.array(citationSchema).optional(),
});
export type RelationshipRecord = z.infer<typeof relationshipRecordSchema>;

/** The properties each relationship type may carry. */
export const relationshipPropertySchemas = Object.fromEntries(
  RELATIONSHIP_TYPES.map((type) => [type, z.strictObject(shape(RELATIONSHIPS[type].properties, false))]),
) as unknown as Record<RelationshipType, z.ZodType<Record<string, unknown>>>;

/** The record kinds a file may hold: the entity kinds, relationships and sources. */
export const RECORD_KINDS = [...ENTITY_LABELS, 'Relationship', 'Source'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export function isRecordKind(value: string): value is RecordKind {
  return (RECORD_KINDS as readonly string[]).includes(value);
}
