/**
 * The graph's vocabulary: node labels, their id prefixes, and which relationship types may join
 * which labels. The seed validator enforces it; the GraphQL schema mirrors it.
 */
export const ENTITY_LABELS = [
  'Person',
  'Organization',
  'Region',
  'Park',
  'Event',
  'Award',
  'Delegation',
  'Topic',
  'Statement',
  'Programme',
  'ProgrammeFigure',
  'Batch',
  'Designation',
] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

/** Every entity id is `<prefix>:<slug>`, so an id alone tells its kind. */
export const ID_PREFIX: Readonly<Record<EntityLabel | 'Source', string>> = {
  Person: 'person',
  Organization: 'org',
  Region: 'region',
  Park: 'park',
  Event: 'event',
  Award: 'award',
  Delegation: 'delegation',
  Topic: 'topic',
  Statement: 'statement',
  Programme: 'programme',
  ProgrammeFigure: 'figure',
  Batch: 'batch',
  Designation: 'designation',
  Source: 'source',
};

interface RelationshipRule {
  readonly from: readonly EntityLabel[];
  readonly to: readonly EntityLabel[];
}

export const RELATIONSHIP_RULES = {
  HOLDS_POST: { from: ['Person'], to: ['Organization'] },
  PART_OF: { from: ['Region'], to: ['Region'] },
  ADMINISTERS: { from: ['Organization'], to: ['Region', 'Park'] },
  RUN_BY: { from: ['Programme'], to: ['Organization'] },
  HELD_IN: { from: ['Event'], to: ['Region'] },
  OF_PROGRAMME: { from: ['Event', 'Batch', 'ProgrammeFigure', 'Designation'], to: ['Programme'] },
  SPOKE_AT: { from: ['Person'], to: ['Event'] },
  ATTENDED: { from: ['Person', 'Delegation'], to: ['Event'] },
  REPRESENTS: { from: ['Delegation'], to: ['Organization'] },
  AWARDED_AT: { from: ['Award'], to: ['Event'] },
  PRESENTED: { from: ['Person'], to: ['Award'] },
  STATED: { from: ['Person'], to: ['Statement'] },
  MADE_AT: { from: ['Statement'], to: ['Event'] },
  CONCERNS: { from: ['Statement'], to: ['Topic', 'Region'] },
  DESIGNATED_AS: { from: ['Region', 'Park'], to: ['Designation'] },
  IN_BATCH: { from: ['Designation'], to: ['Batch'] },
  GRANTED_BY: { from: ['Designation'], to: ['Organization'] },
} as const satisfies Record<string, RelationshipRule>;

export type RelationshipType = keyof typeof RELATIONSHIP_RULES;
export const RELATIONSHIP_TYPES = Object.keys(RELATIONSHIP_RULES) as RelationshipType[];

export function labelOfId(id: string): EntityLabel | 'Source' | undefined {
  const prefix = id.split(':', 1)[0];
  const entry = Object.entries(ID_PREFIX).find(([, value]) => value === prefix);
  return entry?.[0] as EntityLabel | 'Source' | undefined;
}

/** An ISO 8601 date at the precision its source gives: YYYY, YYYY-MM or YYYY-MM-DD. */
export const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** A relationship's id: its type, the local parts of its ends and, where one pair has several of a type, its key. */
export function relationshipId(type: RelationshipType, from: string, to: string, key: string | null | undefined): string {
  const local = (id: string): string => id.slice(id.indexOf(':') + 1);
  return `rel:${type.toLowerCase()}:${local(from)}:${local(to)}${key ? `:${key}` : ''}`;
}
