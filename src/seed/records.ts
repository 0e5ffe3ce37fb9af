import { z } from 'zod';
import { ENTITY_LABELS, ID_PREFIX, PARTIAL_DATE, RELATIONSHIP_TYPES, type EntityLabel, type RelationshipType } from '../model.js';

/**
 * The schema that every seed file is validated against. Property names are the graph's
 * property names; optional properties are simply absent from the node when not given.
 */

/** An ISO 8601 date at the precision the source gives: year, year-month or full date. */
export const partialDate = z.string().regex(PARTIAL_DATE, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

const slugId = (prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}:[a-z0-9][a-z0-9-]*$`), `expected an id like "${prefix}:some-name"`);

export const citationSchema = z.strictObject({
  source: slugId(ID_PREFIX.Source),
  quote: z.string().min(3).optional(),
  /** The properties this citation backs; absent means the whole record. */
  fields: z.array(z.string()).min(1).optional(),
  note: z.string().optional(),
});
export type Citation = z.infer<typeof citationSchema>;

export const sourceSchema = z.strictObject({
  id: slugId(ID_PREFIX.Source),
  kind: z.enum(['DOCUMENT', 'WEB_PAGE', 'BRIEF']),
  title: z.string().min(1),
  file: z.string().regex(/^documents\/[\w.-]+$/, 'expected a file under seed/documents/').optional(),
  url: z.url().optional(),
  language: z.string().optional(),
  publishedOn: partialDate.optional(),
  publisher: z.string().optional(),
  note: z.string().optional(),
});
export type SourceRecord = z.infer<typeof sourceSchema>;

const names = {
  nameEn: z.string().min(1),
  nameZh: z.string().min(1).optional(),
  aliases: z.array(z.string().min(1)).optional(),
  note: z.string().optional(),
  sources: z.array(citationSchema).min(1, 'every record needs at least one source'),
};
const entity = (label: EntityLabel) => ({ id: slugId(ID_PREFIX[label]), ...names });

const designationTier = z.enum([
  'PILOT_CITY',
  'DEMONSTRATION_CREATION_CITY',
  'NATIONAL_IP_WORK_DEMONSTRATION_CITY',
  'NATIONAL_IP_DEMONSTRATION_CITY',
  'PILOT_PARK',
  'DEMONSTRATION_PARK',
  'IP_POWERFUL_CITY_DEMONSTRATION',
  'IP_POWERFUL_CITY_PILOT',
]);
const designationStatus = z.enum(['ANNOUNCED', 'PUBLICIZED_FOR_COMMENT', 'APPROVED']);

export const entitySchemas = {
  Person: z.strictObject(entity('Person')),
  Organization: z.strictObject({
    ...entity('Organization'),
    kind: z.enum(['NATIONAL_AGENCY', 'PROVINCIAL_GOVERNMENT', 'IP_ADMINISTRATION', 'PARK_COMMITTEE']),
  }),
  Region: z.strictObject({
    ...entity('Region'),
    kind: z.enum([
      'PROVINCE',
      'AUTONOMOUS_REGION',
      'MUNICIPALITY',
      'SPECIAL_ADMINISTRATIVE_REGION',
      'PRODUCTION_CORPS',
      'SUB_PROVINCIAL_CITY',
      'PREFECTURE_LEVEL',
      'COUNTY_LEVEL_CITY',
      'CITY',
    ]),
  }),
  Park: z.strictObject(entity('Park')),
  Event: z.strictObject({
    ...entity('Event'),
    kind: z.enum(['CONFERENCE', 'FORUM', 'CEREMONY']),
    startDate: partialDate,
    endDate: partialDate.optional(),
    session: z.string().optional(),
    attendanceMin: z.int().nonnegative().optional(),
    attendanceNote: z.string().optional(),
  }),
  Award: z.strictObject({
    ...entity('Award'),
    kind: z.enum(['ADVANCED_COLLECTIVE', 'ADVANCED_INDIVIDUAL']),
    recipientCount: z.int().nonnegative(),
    form: z.string().optional(),
  }),
  Delegation: z.strictObject({
    ...entity('Delegation'),
    kind: z.enum([
      'PROVINCIAL_IP_ADMINISTRATIONS',
      'XPCC_IP_ADMINISTRATION',
      'DEMONSTRATION_CITY_IP_ADMINISTRATIONS',
      'DEMONSTRATION_PARK_COMMITTEES',
    ]),
  }),
  Topic: z.strictObject(entity('Topic')),
  Statement: z.strictObject({
    ...entity('Statement'),
    kind: z.enum(['ASSESSMENT', 'REQUIREMENT', 'GOAL']),
    ordinal: z.int().positive().optional(),
    textEn: z.string().min(1).optional(),
    textZh: z.string().min(1).optional(),
  }),
  Programme: z.strictObject({
    ...entity('Programme'),
    levels: z.array(z.string()).optional(),
    mottoEn: z.string().optional(),
    mottoZh: z.string().optional(),
    parkPilotsSince: z.int().optional(),
  }),
  ProgrammeFigure: z.strictObject({
    ...entity('ProgrammeFigure'),
    category: z.enum([
      'PILOT_CITY',
      'DEMONSTRATION_CREATION_CITY',
      'PILOT_AND_DEMONSTRATION_CITY',
      'PILOT_PARK',
      'DEMONSTRATION_CREATION_PARK',
      'DEMONSTRATION_PARK',
      'PILOT_ENTERPRISE',
      'DEMONSTRATION_CREATION_ENTERPRISE',
    ]),
    asOf: partialDate,
    value: z.int().nonnegative(),
  }),
  Batch: z.strictObject({
    ...entity('Batch'),
    tier: designationTier,
    number: z.int().positive(),
    status: designationStatus,
    announcedOn: partialDate.optional(),
    year: z.int(),
    size: z.int().positive(),
    validFrom: partialDate.optional(),
    validTo: partialDate.optional(),
  }),
  Designation: z.strictObject({
    ...entity('Designation'),
    tier: designationTier,
    status: designationStatus,
    announcedOn: partialDate.optional(),
    checkedOn: partialDate.optional(),
    approvedOn: partialDate.optional(),
    validFrom: partialDate.optional(),
    validTo: partialDate.optional(),
    termYears: z.int().positive().optional(),
    year: z.int().optional(),
  }),
} as const satisfies Record<EntityLabel, z.ZodType>;

export const relationshipSchema = z.strictObject({
  type: z.enum(RELATIONSHIP_TYPES as [string, ...string[]]),
  from: z.string().min(1),
  to: z.string().min(1),
  /** Tells apart several relationships of one type between the same two nodes. */
  key: z.string().regex(/^[a-z0-9-]+$/).optional(),
  properties: z.record(z.string(), z.unknown()).optional(),
  sources: z.array(citationSchema).min(1, 'every relationship needs at least one source'),
});
export type RelationshipRecord = z.infer<typeof relationshipSchema>;

/** A seed file is a map from label (or `Relationship`) to its records. */
export const seedFileSchema = z.strictObject(
  Object.fromEntries([...ENTITY_LABELS, 'Relationship'].map((key) => [key, z.array(z.unknown()).optional()])),
);

const noProperties = z.strictObject({});

/** The properties each relationship type may carry, checked after the record's own shape. */
export const relationshipPropertySchemas: Readonly<Record<RelationshipType, z.ZodType<Record<string, unknown>>>> = {
  HOLDS_POST: z.strictObject({
    title: z.string().min(1),
    titleZh: z.string().optional(),
    asOf: partialDate.optional(),
    validFrom: partialDate.optional(),
    validTo: partialDate.optional(),
  }),
  SPOKE_AT: z.strictObject({
    role: z.string().min(1),
    roleZh: z.string().optional(),
    session: z.string().optional(),
    onBehalfOf: z.string().optional(),
  }),
  PART_OF: noProperties,
  ADMINISTERS: noProperties,
  RUN_BY: noProperties,
  HELD_IN: noProperties,
  OF_PROGRAMME: noProperties,
  ATTENDED: noProperties,
  REPRESENTS: noProperties,
  AWARDED_AT: noProperties,
  PRESENTED: noProperties,
  STATED: noProperties,
  MADE_AT: noProperties,
  CONCERNS: noProperties,
  DESIGNATED_AS: noProperties,
  IN_BATCH: noProperties,
  GRANTED_BY: noProperties,
};
