import { randomUUID } from 'node:crypto';
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { z } from 'zod';
import type { CitationInput, CreateEntityInput, CreateRelationshipInput, UpdateEntityInput } from '../__generated__/resolvers-types.js';
import { readTransaction, writeTransaction } from '../database.js';
import { nameKey, searchText } from '../divisions/names.js';
import { BadUserInputError, ConflictError, translateDatabaseError } from '../errors.js';
import type { Projected } from '../graph/records.js';
import type { CitationRow } from '../records/plan.js';
import { entitySchemas, relationshipPropertySchemas, type SourceRecord } from '../records/schemas.js';
import { quoteFound, type SourceCatalogue } from '../records/sources.js';
import { ENTITY_LABELS, RELATIONSHIPS, RELATIONSHIP_TYPES, relationshipId, type EntityLabel, type Layer, type RelationshipType } from '../vocabulary.js';
import { citationLists, nodeCitationRows, storable } from './stored.js';
import { pascalCase } from './translate/names.js';
import { afterPredicate, cursorFingerprint, decodeCursor, keyList, orderByText, type SortKey } from './translate/paging.js';

/**
 * Curation: what editors and imports write. A mutation's resolver (src/resolvers/curation.ts)
 * hands its input to CurationStore below, which validates it with the records' own schemas and
 * writes it through GraphChanges, in one write transaction with its audit entry.
 */

/**
 * Validation of curation input, with the records' own schemas: what an editor may write is what
 * the seed and an import may hold. Every refusal is a BAD_USER_INPUT naming the input field.
 */

/** Properties the server keeps for itself; an editor cannot set them. */
const RESERVED = new Set([
  'id',
  'layer',
  'seedHash',
  'editedFields',
  'searchText',
  'nameKey',
  'sources',
  'citeSources',
  'citeQuotes',
  'citeFields',
  'citeNotes',
  'citeUnquoted',
  'citeChecked',
  'citeLayers',
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
type CitationArgument = 'input.sources' | 'citation';

/** The input path of a citation's field, as errors name it: `input.sources.1.quote`, `citation.quote`. */
function citationField(argument: CitationArgument, index: number, name: string): string {
  return argument === 'citation' ? `citation.${name}` : `${argument}.${index}.${name}`;
}

/** Refuses an empty list of citations or a quote that gives no words. */
function checkCitationInput(citations: readonly CitationInput[], argument: CitationArgument): void {
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
function checkedCitations(
  catalogue: SourceCatalogue,
  citations: readonly CitationInput[],
  argument: CitationArgument,
): (sources: Map<string, SourceFacts>) => CitationRow[] {
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
      return {
        source: citation.source,
        quote: citation.quote,
        fields: citation.fields ? [...citation.fields] : null,
        note: citation.note ?? null,
        unquoted: null,
        checked: found === true,
      };
    });
}

/** Refuses a citation that says it backs a property the record does not have. */
function checkCitedFields(citations: readonly CitationInput[], props: Record<string, unknown>, argument: CitationArgument): void {
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
function labelOfKind(kind: string): EntityLabel {
  const label = pascalCase(kind);
  if (!(ENTITY_LABELS as readonly string[]).includes(label)) throw new BadUserInputError(`kind ${kind} is not an entity kind.`, 'input.kind');
  return label as EntityLabel;
}

/** The fields of an entity an editor gives: a new entity's or an update's. */
type EntityFields = Omit<CreateEntityInput, 'kind' | 'id' | 'nameEn' | 'sources'> & { readonly nameEn?: string | null };

/**
 * The changes `fields` make to an entity of `label` whose stored properties are `current`,
 * validated by the kind's schema as the whole entity would then stand. Absent fields keep their
 * value; null clears them. Returns only the properties given, null for those cleared.
 */
function entityChanges(label: EntityLabel, id: string, current: Stored, fields: EntityFields, citations: readonly CitationInput[]): Stored {
  const changes: Stored = {};
  for (const key of ['nameEn', 'nameZh', 'aliases', 'note'] as const) {
    if (fields[key] !== undefined) changes[key] = fields[key];
  }
  Object.assign(changes, plainObject(fields.properties, 'input.properties'));
  const next = Object.fromEntries(
    Object.entries({ ...current, ...changes, id }).filter(([key, value]) => (value !== null && !RESERVED.has(key)) || key === 'id'),
  );
  const parsed = entitySchemas[label].safeParse(next);
  if (!parsed.success) refuse(parsed.error, 'input', true);
  checkCitedFields(citations, parsed.data, 'input.sources');
  return changes;
}

function relationshipType(type: string, argument: string): RelationshipType {
  if (!(RELATIONSHIP_TYPES as readonly string[]).includes(type)) {
    throw new BadUserInputError(`${argument} must be one of ${RELATIONSHIP_TYPES.join(', ')}, not ${type}.`, argument);
  }
  return type as RelationshipType;
}

/** The type a relationship id names: `rel:holds_post:...` is a HOLDS_POST. */
function relationshipTypeOfId(id: string, argument: string): RelationshipType {
  const match = /^rel:([a-z_]+):/.exec(id);
  if (!match?.[1]) throw new BadUserInputError(`${argument} must be a relationship id such as rel:holds_post:zhang-qin:sipo.`, argument);
  return relationshipType(match[1].toUpperCase(), argument);
}

function relationshipProperties(type: RelationshipType, properties: unknown): Record<string, unknown> {
  const parsed = relationshipPropertySchemas[type].safeParse(plainObject(properties, 'input.properties'));
  if (!parsed.success) refuse(parsed.error, 'input.properties');
  return parsed.data;
}

/** Refuses ends that are missing or of kinds the relationship type does not join. */
function checkEnds(type: RelationshipType, fromLabel: string | null, toLabel: string | null, from: string, to: string): void {
  const rule = RELATIONSHIPS[type];
  for (const [end, label, id, allowed] of [
    ['from', fromLabel, from, rule.from],
    ['to', toLabel, to, rule.to],
  ] as const) {
    if (label === null) throw new BadUserInputError(`input.${end}: no entity has the id ${id}.`, `input.${end}`);
    if (!(allowed as readonly string[]).includes(label)) {
      throw new BadUserInputError(`input.${end}: ${type} ${end === 'from' ? 'starts at' : 'ends at'} ${allowed.join(' or ')}, not ${label}.`, `input.${end}`);
    }
  }
}

/** A source as a quote check needs it: what the graph holds of it. */
export interface SourceFacts {
  readonly id: string;
  readonly kind: string;
}

/** Who changed what, for the audit entry the same transaction writes. */
export interface AuditFacts {
  readonly actor: string;
  readonly action: string;
  readonly input: unknown;
}

export interface ChangeRecord {
  readonly id: string;
  readonly auditId: string;
}

export type Stored = Record<string, unknown>;

export interface EntityState {
  readonly label: string;
  readonly props: Stored;
  readonly citations: CitationRow[];
}

/** The audit trail's optional filters, as a fixed predicate over parameters. */
const AUDIT_FILTER = '($targetId IS NULL OR a.targetId = $targetId) AND ($actor IS NULL OR a.actor = $actor)';

/** The audit trail's order, newest first: `at` is a datetime, the id breaks ties. */
const AUDIT_ORDER: readonly SortKey[] = [
  { name: 'at', expression: 'a.at', direction: 'DESC', type: 'datetime', nullable: false },
  { name: 'id', expression: 'a.id', direction: 'DESC', type: 'string', nullable: false },
];

/** Properties the server keeps for itself, which a change never sets. */
const BOOKKEEPING = new Set(['layer', 'seedHash', 'editedFields', 'searchText', 'nameKey']);

/**
 * The changes editors and imports make, inside one write transaction: curation runs one of them
 * per mutation, an import all of its records at once. Every change carries the layer of whoever
 * makes it; properties set on an entity of another layer are remembered in `editedFields`, so
 * that reloading the seed keeps them.
 */
export class GraphChanges {
  constructor(
    private readonly tx: ManagedTransaction,
    readonly layer: Layer,
  ) {}

  /** The sources with these ids that the graph holds. */
  async sources(ids: readonly string[]): Promise<Map<string, SourceFacts>> {
    const result = await this.tx.run('MATCH (s:Source) WHERE s.id IN $ids RETURN s.id AS id, s.kind AS kind', { ids: [...new Set(ids)] });
    return new Map(result.records.map((record) => [String(record.get('id')), { id: String(record.get('id')), kind: String(record.get('kind')) }]));
  }

  async createSource(source: SourceRecord): Promise<void> {
    await this.tx.run('CREATE (s:Source) SET s = $props', { props: storable({ ...source, layer: this.layer }) });
  }

  async entity(id: string): Promise<EntityState | null> {
    const result = await this.tx.run(
      `MATCH (n:Entity {id: $id})
       RETURN [label IN labels(n) WHERE label <> 'Entity'][0] AS label, properties(n) AS props,
              COLLECT { MATCH (n)-[c:SUPPORTED_BY]->(s:Source) WITH c, s ORDER BY c.position
                        RETURN {source: s.id, quote: c.quote, fields: c.fields, note: c.note, unquoted: c.unquoted, checked: c.checked, layer: c.layer} } AS citations`,
      { id },
    );
    const record = result.records[0];
    if (!record) return null;
    return { label: String(record.get('label')), props: record.get('props') as Stored, citations: record.get('citations') as CitationRow[] };
  }

  async createEntity(label: EntityLabel, props: Stored, citations: readonly CitationRow[]): Promise<void> {
    // The label is one of the vocabulary's fixed names, checked by the caller, never free text.
    const words = searchText(props);
    await this.tx.run(`CREATE (n:Entity:${label}) SET n = $props`, {
      props: storable({ ...props, searchText: words, nameKey: nameKey({ ...props, searchText: words }), layer: this.layer }),
    });
    await this.addCitations(String(props.id), citations);
  }

  /**
   * Takes the entity's write lock before anything reads it: concurrent changes to one entity then
   * run one after the other, each reading what the one before it wrote. False when no entity
   * has the id.
   */
  async lockEntity(id: string): Promise<boolean> {
    const result = await this.tx.run('MATCH (n:Entity {id: $id}) SET n.__lock = true REMOVE n.__lock RETURN count(n) AS found', { id });
    return Number(result.records[0]?.get('found') ?? 0) > 0;
  }

  /** The same for a relationship of `type`. */
  async lockRelationship(type: RelationshipType, id: string): Promise<boolean> {
    const result = await this.tx.run(`MATCH ()-[r:${type} {id: $id}]->() SET r.__lock = true REMOVE r.__lock RETURN count(r) AS found`, { id });
    return Number(result.records[0]?.get('found') ?? 0) > 0;
  }

  /**
   * Sets the properties given (null removes one) and nothing else, under the entity's lock, and
   * remembers them as edited when the entity is not of this layer. Only the given properties
   * (and the bookkeeping they change) are written, so a concurrent change of another field
   * survives.
   */
  async updateEntity(id: string, changes: Stored): Promise<void> {
    await this.lockEntity(id);
    const result = await this.tx.run('MATCH (n:Entity {id: $id}) RETURN properties(n) AS props', { id });
    const current = (result.records[0]?.get('props') ?? {}) as Stored;
    const keys = Object.keys(changes).filter((key) => !BOOKKEEPING.has(key));
    const written: Stored = Object.fromEntries(keys.map((key) => [key, changes[key] ?? null]));
    if (current.layer !== this.layer) {
      const edited = Array.isArray(current.editedFields) ? (current.editedFields as string[]) : [];
      written.editedFields = [...new Set([...edited, ...keys])];
    }
    written.searchText = searchText({ ...current, ...written });
    written.nameKey = nameKey({ ...current, ...written });
    // `SET n += {p: null}` removes p; storable() leaves nulls out, so they are added back.
    const removed = Object.fromEntries(keys.filter((key) => written[key] === null).map((key) => [key, null]));
    await this.tx.run('MATCH (n:Entity {id: $id}) SET n += $props', { id, props: { ...storable(written), ...removed } });
  }

  /** Adds citations not already on the entity; returns how many were new. */
  async addCitations(id: string, citations: readonly CitationRow[]): Promise<number> {
    const result = await this.tx.run(
      `MATCH (n:Entity {id: $id})
       WITH n, COUNT { (n)-[:SUPPORTED_BY]->() } AS start
       UNWIND $citations AS cite
       MATCH (s:Source {id: cite.source})
       WITH n, s, cite, start WHERE NOT EXISTS {
         (n)-[c:SUPPORTED_BY]->(s) WHERE coalesce(c.quote, '') = coalesce(cite.props.quote, '') AND coalesce(c.fields, []) = coalesce(cite.props.fields, [])
       }
       WITH n, s, cite, start ORDER BY cite.props.position
       WITH n, start, collect({s: s, props: cite.props}) AS added
       UNWIND range(0, size(added) - 1) AS i
       WITH n, added[i] AS cite, start + i AS position
       WITH n, cite.s AS s, cite.props AS props, position
       CREATE (n)-[c:SUPPORTED_BY]->(s) SET c = props, c.position = position
       RETURN count(c) AS added`,
      { id, citations: nodeCitationRows(citations, this.layer) },
    );
    return Number(result.records[0]?.get('added') ?? 0);
  }

  async deleteEntity(id: string): Promise<void> {
    await this.tx.run('MATCH (n:Entity {id: $id}) DETACH DELETE n', { id });
  }

  async relationship(type: RelationshipType, id: string): Promise<Stored | null> {
    // The type comes from the vocabulary, never from input; the id constraint of each type finds it.
    const result = await this.tx.run(`MATCH (a)-[r:${type} {id: $id}]->(b) RETURN properties(r) AS props, a.id AS from, b.id AS to`, { id });
    const record = result.records[0];
    return record ? { ...(record.get('props') as Stored), from: record.get('from'), to: record.get('to'), type } : null;
  }

  /** The labels of the two ends, null where no entity has the id. */
  async labels(from: string, to: string): Promise<{ from: string | null; to: string | null }> {
    const result = await this.tx.run(
      `OPTIONAL MATCH (a:Entity {id: $from}) OPTIONAL MATCH (b:Entity {id: $to})
       RETURN [l IN labels(a) WHERE l <> 'Entity'][0] AS fromLabel, [l IN labels(b) WHERE l <> 'Entity'][0] AS toLabel`,
      { from, to },
    );
    const row = result.records[0];
    return { from: (row?.get('fromLabel') as string | null) ?? null, to: (row?.get('toLabel') as string | null) ?? null };
  }

  async createRelationship(type: RelationshipType, id: string, from: string, to: string, props: Stored, citations: readonly CitationRow[]): Promise<void> {
    await this.tx.run(`MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) CREATE (a)-[r:${type}]->(b) SET r = $props`, {
      from,
      to,
      props: storable({ ...props, id, layer: this.layer, ...citationLists(citations, this.layer) }),
    });
  }

  /** Adds citations not already on the relationship; returns how many were new. */
  async addRelationshipCitations(type: RelationshipType, id: string, citations: readonly CitationRow[]): Promise<number> {
    const lists = citationLists(citations, this.layer);
    const keys = Object.keys(lists);
    const result = await this.tx.run(
      `MATCH ()-[r:${type} {id: $id}]->()
       WITH r, [i IN range(0, size($lists.citeSources) - 1)
                WHERE NOT any(j IN range(0, size(coalesce(r.citeSources, [])) - 1)
                              WHERE r.citeSources[j] = $lists.citeSources[i] AND r.citeQuotes[j] = $lists.citeQuotes[i] AND r.citeFields[j] = $lists.citeFields[i])] AS add
       SET ${keys.map((key) => `r.${key} = coalesce(r.${key}, []) + [i IN add | $lists.${key}[i]]`).join(', ')}
       RETURN size(add) AS added`,
      { id, lists },
    );
    return Number(result.records[0]?.get('added') ?? 0);
  }

  async deleteRelationship(type: RelationshipType, id: string): Promise<void> {
    await this.tx.run(`MATCH ()-[r:${type} {id: $id}]->() DELETE r`, { id });
  }

  async audit(facts: AuditFacts, targetId: string, before: unknown, after: unknown): Promise<string> {
    const id = `audit:${randomUUID()}`;
    await this.tx.run(
      // A datetime rather than its text, so that the trail sorts by time whatever the fraction's digits.
      'CREATE (:AuditEntry {id: $id, at: datetime(), actor: $actor, action: $action, targetId: $targetId, input: $input, before: $before, after: $after})',
      {
        id,
        actor: facts.actor,
        action: facts.action,
        targetId,
        input: JSON.stringify(facts.input),
        before: before === null || before === undefined ? null : JSON.stringify(before),
        after: after === null || after === undefined ? null : JSON.stringify(after),
      },
    );
    return id;
  }
}

/**
 * Runs changes in one write transaction, so that a failure anywhere leaves nothing behind.
 * `duplicate` words the CONFLICT a uniqueness constraint's refusal becomes: the check before a
 * create cannot see a record a concurrent transaction is creating, the constraint can.
 */
export async function inWriteTransaction<T>(
  driver: Driver,
  database: string | undefined,
  layer: Layer,
  work: (changes: GraphChanges) => Promise<T>,
  duplicate?: { message: string; argument: string },
): Promise<T> {
  try {
    return await writeTransaction(driver, database, (tx) => work(new GraphChanges(tx, layer)));
  } catch (error) {
    throw translateDatabaseError(error, duplicate);
  }
}

function sourceIds(citations: readonly CitationInput[]): string[] {
  return citations.map((citation) => citation.source);
}

/** The label of an entity curation may change, from the label the graph holds. */
function curatedLabel(label: string): EntityLabel {
  if (!(ENTITY_LABELS as readonly string[]).includes(label)) throw new BadUserInputError(`${label} entities cannot be curated.`, 'input.id');
  return label as EntityLabel;
}

/**
 * Curation's writes, one per mutation. Each public method is ONE write transaction: it takes the
 * locks of what it changes before it reads it, checks the input against what it reads, changes
 * the graph and writes the audit entry.
 */
export class CurationStore {
  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
    /** The sources the project holds, with their texts, for checking quotes. */
    private readonly catalogue: SourceCatalogue,
  ) {}

  private write<T>(work: (changes: GraphChanges) => Promise<T>, duplicate?: { message: string; argument: string }): Promise<T> {
    return inWriteTransaction(this.driver, this.database, 'CURATION', work, duplicate);
  }

  /** Creates an entity; an id that exists, or that a concurrent request is creating, is a CONFLICT. */
  createEntity(input: CreateEntityInput, actor: string): Promise<ChangeRecord> {
    const label = labelOfKind(input.kind);
    checkCitationInput(input.sources, 'input.sources');
    const props = { ...entityChanges(label, input.id, {}, input, input.sources), id: input.id };
    const taken = { message: `An entity with id ${input.id} already exists.`, argument: 'input.id' };
    return this.write(async (changes) => {
      const citations = checkedCitations(this.catalogue, input.sources, 'input.sources')(await changes.sources(sourceIds(input.sources)));
      if (await changes.entity(input.id)) throw new ConflictError(taken.message, taken.argument);
      await changes.createEntity(label, props, citations);
      return { id: input.id, auditId: await changes.audit({ actor, action: 'createEntity', input }, input.id, null, await changes.entity(input.id)) };
    }, taken);
  }

  /** Changes the fields given, validated against the entity as it stands under its lock. */
  updateEntity(input: UpdateEntityInput, actor: string): Promise<ChangeRecord> {
    checkCitationInput(input.sources, 'input.sources');
    return this.write(async (changes) => {
      if (!(await changes.lockEntity(input.id))) throw new BadUserInputError(`No entity has the id ${input.id}.`, 'input.id');
      const before = await changes.entity(input.id);
      if (!before) throw new BadUserInputError(`No entity has the id ${input.id}.`, 'input.id');
      const given = entityChanges(curatedLabel(before.label), input.id, before.props, input, input.sources);
      const citations = checkedCitations(this.catalogue, input.sources, 'input.sources')(await changes.sources(sourceIds(input.sources)));
      await changes.updateEntity(input.id, given);
      await changes.addCitations(input.id, citations);
      return { id: input.id, auditId: await changes.audit({ actor, action: 'updateEntity', input }, input.id, before, await changes.entity(input.id)) };
    });
  }

  deleteEntity(id: string, reason: string, actor: string): Promise<ChangeRecord> {
    return this.write(async (changes) => {
      const before = (await changes.lockEntity(id)) ? await changes.entity(id) : null;
      if (!before) throw new BadUserInputError(`No entity has the id ${id}.`, 'id');
      await changes.deleteEntity(id);
      return { id, auditId: await changes.audit({ actor, action: 'deleteEntity', input: { id, reason } }, id, before, null) };
    });
  }

  /**
   * Creates a relationship between two existing entities of the kinds its type joins. One that
   * exists, or that a concurrent request is creating, is a CONFLICT.
   */
  createRelationship(input: CreateRelationshipInput, actor: string): Promise<ChangeRecord> {
    const type = relationshipType(input.type, 'input.type');
    if (input.key && !/^[a-z0-9-]{1,64}$/.test(input.key))
      throw new BadUserInputError('input.key must be 1 to 64 lower-case letters, digits or dashes.', 'input.key');
    const props = relationshipProperties(type, input.properties);
    checkCitationInput(input.sources, 'input.sources');
    checkCitedFields(input.sources, props, 'input.sources');
    const id = relationshipId(type, input.from, input.to, input.key);
    const taken = { message: `A ${type} from ${input.from} to ${input.to} already exists (${id}); give a distinct key.`, argument: 'input.key' };
    return this.write(async (changes) => {
      const labels = await changes.labels(input.from, input.to);
      checkEnds(type, labels.from, labels.to, input.from, input.to);
      const citations = checkedCitations(this.catalogue, input.sources, 'input.sources')(await changes.sources(sourceIds(input.sources)));
      if (await changes.relationship(type, id)) throw new ConflictError(taken.message, taken.argument);
      await changes.createRelationship(type, id, input.from, input.to, props, citations);
      return { id, auditId: await changes.audit({ actor, action: 'createRelationship', input }, id, null, await changes.relationship(type, id)) };
    }, taken);
  }

  deleteRelationship(id: string, reason: string, actor: string): Promise<ChangeRecord> {
    const type = relationshipTypeOfId(id, 'id');
    return this.write(async (changes) => {
      const before = (await changes.lockRelationship(type, id)) ? await changes.relationship(type, id) : null;
      if (!before) throw new BadUserInputError(`No relationship has the id ${id}.`, 'id');
      await changes.deleteRelationship(type, id);
      return { id, auditId: await changes.audit({ actor, action: 'deleteRelationship', input: { id, reason } }, id, before, null) };
    });
  }

  /** Adds a citation to an entity or a relationship (`rel:` ids), under the target's lock. */
  attachSource(targetId: string, citation: CitationInput, actor: string): Promise<ChangeRecord> {
    checkCitationInput([citation], 'citation');
    const type = targetId.startsWith('rel:') ? relationshipTypeOfId(targetId, 'targetId') : undefined;
    const facts = { actor, action: 'attachSource', input: { targetId, citation } };
    const checked = (sources: Map<string, SourceFacts>, target: Stored): CitationRow[] => {
      checkCitedFields([citation], target, 'citation');
      return checkedCitations(this.catalogue, [citation], 'citation')(sources);
    };
    return this.write(async (changes) => {
      const sources = await changes.sources([citation.source]);
      if (type === undefined) {
        const before = (await changes.lockEntity(targetId)) ? await changes.entity(targetId) : null;
        if (!before) throw new BadUserInputError(`No entity has the id ${targetId}.`, 'targetId');
        await changes.addCitations(targetId, checked(sources, before.props));
        return { id: targetId, auditId: await changes.audit(facts, targetId, before, await changes.entity(targetId)) };
      }
      const before = (await changes.lockRelationship(type, targetId)) ? await changes.relationship(type, targetId) : null;
      if (!before) throw new BadUserInputError(`No relationship has the id ${targetId}.`, 'targetId');
      await changes.addRelationshipCitations(type, targetId, checked(sources, before));
      return { id: targetId, auditId: await changes.audit(facts, targetId, before, await changes.relationship(type, targetId)) };
    });
  }

  /**
   * One page of the audit trail, newest first, as a connection record for the connection
   * resolvers: `first` entries after the cursor `after` (and one more, which says that another
   * page follows). Entries written since the first page are newer, so they come before the
   * cursor and never shift a later page.
   */
  async auditTrail(filter: { targetId: string | null; actor: string | null }, first: number, after: string | null): Promise<Projected> {
    const fingerprint = cursorFingerprint('Query.auditTrail', filter, AUDIT_ORDER);
    const params: Record<string, unknown> = { ...filter, limit: neo4j.int(first + 1) };
    const param = (value: unknown): string => {
      const name = `after${Object.keys(params).length}`;
      params[name] = value;
      return `$${name}`;
    };
    const afterCursor = after === null ? 'true' : afterPredicate(AUDIT_ORDER, decodeCursor(after, fingerprint, AUDIT_ORDER), param);
    try {
      return await readTransaction(this.driver, this.database, async (tx) => {
        const result = await tx.run(
          `CALL () { MATCH (a:AuditEntry) WHERE ${AUDIT_FILTER} RETURN count(a) AS total }
           CALL () {
             MATCH (a:AuditEntry) WHERE ${AUDIT_FILTER} AND ${afterCursor}
             WITH a ORDER BY ${orderByText(AUDIT_ORDER)} LIMIT $limit
             RETURN collect({node: a {.*, at: toString(a.at)}, __key: ${keyList(AUDIT_ORDER)}}) AS edges
           }
           RETURN total, edges`,
          params,
        );
        const record = result.records[0];
        const edges = (record?.get('edges') ?? []) as Projected[];
        return {
          __first: first,
          __after: after !== null,
          __fingerprint: fingerprint,
          __total: Number(record?.get('total') ?? 0),
          __keys: edges.map((edge) => edge.__key),
          edges,
        };
      });
    } catch (error) {
      throw translateDatabaseError(error);
    }
  }
}
