import { randomUUID } from 'node:crypto';
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { searchText } from '../divisions/names.js';
import { BadUserInputError, translateDatabaseError } from '../errors.js';
import type { Projected } from '../graph/records.js';
import type { CitationRow } from '../records/plan.js';
import type { SourceRecord } from '../records/schemas.js';
import type { EntityLabel, Layer, RelationshipType } from '../vocabulary.js';
import { citationLists, nodeCitationRows, storable } from './stored.js';
import { readTransaction, writeTransaction } from './run.js';
import { afterPredicate, cursorFingerprint, decodeCursor, keyList, orderByText, type SortKey } from './translate/paging.js';

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
const BOOKKEEPING = new Set(['layer', 'seedHash', 'editedFields', 'searchText']);

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
    await this.tx.run(`CREATE (n:Entity:${label}) SET n = $props`, { props: storable({ ...props, searchText: searchText(props), layer: this.layer }) });
    await this.addCitations(String(props.id), citations);
  }

  /** Sets the properties given (null removes one) and nothing else, and remembers them as edited when the entity is not of this layer. */
  async updateEntity(id: string, changes: Stored): Promise<void> {
    const result = await this.tx.run('MATCH (n:Entity {id: $id}) RETURN properties(n) AS props', { id });
    const current = (result.records[0]?.get('props') ?? {}) as Stored;
    const keys = Object.keys(changes).filter((key) => !BOOKKEEPING.has(key));
    const next: Stored = { ...current };
    for (const key of keys) {
      if (changes[key] === null) delete next[key];
      else next[key] = changes[key];
    }
    if (current.layer !== this.layer) {
      const edited = Array.isArray(current.editedFields) ? (current.editedFields as string[]) : [];
      next.editedFields = [...new Set([...edited, ...keys])];
    }
    next.searchText = searchText(next);
    await this.tx.run('MATCH (n:Entity {id: $id}) SET n = $props', { id, props: storable(next) });
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
    // The type comes from the vocabulary, never from input; the id index of each type finds it.
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

/** Runs changes in one write transaction, so that a failure anywhere leaves nothing behind. */
export async function inWriteTransaction<T>(driver: Driver, database: string | undefined, layer: Layer, work: (changes: GraphChanges) => Promise<T>): Promise<T> {
  try {
    return await writeTransaction(driver, database, (tx) => work(new GraphChanges(tx, layer)));
  } catch (error) {
    throw translateDatabaseError(error);
  }
}

/**
 * Curation's writes. Each public method is ONE write transaction: it checks what it needs,
 * changes the graph and writes the audit entry.
 */
export class CurationStore {
  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
  ) {}

  private write<T>(work: (changes: GraphChanges) => Promise<T>): Promise<T> {
    return inWriteTransaction(this.driver, this.database, 'CURATION', work);
  }

  /**
   * Creates an entity. `check` sees the cited sources (to verify quotes) and returns the
   * citations as stored; an existing id is refused by name.
   */
  async createEntity(label: EntityLabel, props: Stored, check: (sources: Map<string, SourceFacts>) => CitationRow[], sourceIds: readonly string[], facts: AuditFacts): Promise<ChangeRecord> {
    const id = String(props.id);
    return this.write(async (changes) => {
      const citations = check(await changes.sources(sourceIds));
      if (await changes.entity(id)) throw new BadUserInputError(`An entity with id ${id} already exists.`, 'input.id');
      await changes.createEntity(label, props, citations);
      return { id, auditId: await changes.audit(facts, id, null, await changes.entity(id)) };
    });
  }

  /**
   * Changes an entity: `change` receives its label and stored properties and returns the
   * properties to set (null removes one), or throws to refuse.
   */
  async updateEntity(
    id: string,
    change: (label: string, props: Stored) => Stored,
    check: (sources: Map<string, SourceFacts>) => CitationRow[],
    sourceIds: readonly string[],
    facts: AuditFacts,
  ): Promise<ChangeRecord> {
    return this.write(async (changes) => {
      const before = await changes.entity(id);
      if (!before) throw new BadUserInputError(`No entity has the id ${id}.`, 'input.id');
      const citations = check(await changes.sources(sourceIds));
      await changes.updateEntity(id, change(before.label, before.props));
      await changes.addCitations(id, citations);
      return { id, auditId: await changes.audit(facts, id, before, await changes.entity(id)) };
    });
  }

  async deleteEntity(id: string, facts: AuditFacts): Promise<ChangeRecord> {
    return this.write(async (changes) => {
      const before = await changes.entity(id);
      if (!before) throw new BadUserInputError(`No entity has the id ${id}.`, 'id');
      await changes.deleteEntity(id);
      return { id, auditId: await changes.audit(facts, id, before, null) };
    });
  }

  /**
   * Creates a relationship between two existing entities; `ends` receives their labels (null when
   * missing) and throws to refuse a pair the vocabulary does not allow.
   */
  async createRelationship(
    type: RelationshipType,
    id: string,
    ends: { from: string; to: string; check: (fromLabel: string | null, toLabel: string | null) => void },
    props: Stored,
    check: (sources: Map<string, SourceFacts>) => CitationRow[],
    sourceIds: readonly string[],
    facts: AuditFacts,
  ): Promise<ChangeRecord> {
    return this.write(async (changes) => {
      const labels = await changes.labels(ends.from, ends.to);
      ends.check(labels.from, labels.to);
      const citations = check(await changes.sources(sourceIds));
      if (await changes.relationship(type, id)) {
        throw new BadUserInputError(`A ${type} from ${ends.from} to ${ends.to} already exists (${id}); give a distinct key.`, 'input.key');
      }
      await changes.createRelationship(type, id, ends.from, ends.to, props, citations);
      return { id, auditId: await changes.audit(facts, id, null, await changes.relationship(type, id)) };
    });
  }

  async deleteRelationship(type: RelationshipType, id: string, facts: AuditFacts): Promise<ChangeRecord> {
    return this.write(async (changes) => {
      const before = await changes.relationship(type, id);
      if (!before) throw new BadUserInputError(`No relationship has the id ${id}.`, 'id');
      await changes.deleteRelationship(type, id);
      return { id, auditId: await changes.audit(facts, id, before, null) };
    });
  }

  /**
   * Adds a citation to an entity (`type` undefined) or to a relationship of `type`; `check` sees
   * the cited source and the target's stored properties, and returns the citation as stored.
   */
  async attachSource(
    targetId: string,
    type: RelationshipType | undefined,
    sourceId: string,
    check: (sources: Map<string, SourceFacts>, target: Stored) => CitationRow,
    facts: AuditFacts,
  ): Promise<ChangeRecord> {
    return this.write(async (changes) => {
      const sources = await changes.sources([sourceId]);
      if (type === undefined) {
        const before = await changes.entity(targetId);
        if (!before) throw new BadUserInputError(`No entity has the id ${targetId}.`, 'targetId');
        await changes.addCitations(targetId, [check(sources, before.props)]);
        return { id: targetId, auditId: await changes.audit(facts, targetId, before, await changes.entity(targetId)) };
      }
      const before = await changes.relationship(type, targetId);
      if (!before) throw new BadUserInputError(`No relationship has the id ${targetId}.`, 'targetId');
      await changes.addRelationshipCitations(type, targetId, [check(sources, before)]);
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
        return { __first: first, __after: after !== null, __fingerprint: fingerprint, __total: Number(record?.get('total') ?? 0), __keys: edges.map((edge) => edge.__key), edges };
      });
    } catch (error) {
      throw translateDatabaseError(error);
    }
  }
}
