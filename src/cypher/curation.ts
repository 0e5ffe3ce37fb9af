import { randomUUID } from 'node:crypto';
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { BadUserInputError, translateDatabaseError } from '../errors.js';
import type { Projected } from '../graph/records.js';
import type { EntityLabel, RelationshipType } from '../model.js';
import { readTransaction, writeTransaction } from './run.js';

/** A citation as stored: on a SUPPORTED_BY relationship of a node, or in a relationship's parallel lists. */
export interface CitationRow {
  readonly source: string;
  readonly quote: string;
  readonly fields: string[] | null;
  readonly note: string | null;
}

/** A source as the quote check needs it. */
export interface SourceFacts {
  readonly id: string;
  readonly kind: string;
  readonly file: string | null;
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

type Stored = Record<string, unknown>;

/** The audit trail's optional filters, as a fixed predicate over parameters. */
const AUDIT_FILTER = '($targetId IS NULL OR a.targetId = $targetId) AND ($actor IS NULL OR a.actor = $actor)';

/** Properties as Neo4j should store them: integers as integers, nulls dropped. */
function storable(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(props)
      .filter(([, value]) => value !== null && value !== undefined)
      .map(([key, value]) => [key, typeof value === 'number' && Number.isInteger(value) ? neo4j.int(value) : value]),
  );
}

/**
 * Curation's writes. Each public method is ONE write transaction: it checks what it needs,
 * changes the graph and writes the audit entry, so a failure anywhere leaves nothing behind.
 */
export class CurationStore {
  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
  ) {}

  private async write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    try {
      return await writeTransaction(this.driver, this.database, work);
    } catch (error) {
      throw translateDatabaseError(error);
    }
  }

  /** The sources the citations name, so that the caller can check each quote against its document. */
  private async sources(tx: ManagedTransaction, ids: readonly string[]): Promise<Map<string, SourceFacts>> {
    const result = await tx.run('MATCH (s:Source) WHERE s.id IN $ids RETURN s.id AS id, s.kind AS kind, s.file AS file', { ids: [...new Set(ids)] });
    return new Map(result.records.map((record) => [String(record.get('id')), { id: String(record.get('id')), kind: String(record.get('kind')), file: (record.get('file') as string | null) ?? null }]));
  }

  private async audit(tx: ManagedTransaction, facts: AuditFacts, targetId: string, before: Stored | null, after: Stored | null): Promise<string> {
    const id = `audit:${randomUUID()}`;
    await tx.run(
      // A datetime rather than its text, so that the trail sorts by time whatever the fraction's digits.
      'CREATE (:AuditEntry {id: $id, at: datetime(), actor: $actor, action: $action, targetId: $targetId, input: $input, before: $before, after: $after})',
      {
        id,
        actor: facts.actor,
        action: facts.action,
        targetId,
        input: JSON.stringify(facts.input),
        before: before === null ? null : JSON.stringify(before),
        after: after === null ? null : JSON.stringify(after),
      },
    );
    return id;
  }

  private async nodeState(tx: ManagedTransaction, id: string): Promise<{ label: string; props: Stored; citations: CitationRow[] } | null> {
    const result = await tx.run(
      `MATCH (n:Entity {id: $id})
       RETURN [label IN labels(n) WHERE label <> 'Entity'][0] AS label, properties(n) AS props,
              COLLECT { MATCH (n)-[c:SUPPORTED_BY]->(s:Source) WITH c, s ORDER BY c.position
                        RETURN {source: s.id, quote: c.quote, fields: c.fields, note: c.note} } AS citations`,
      { id },
    );
    const record = result.records[0];
    if (!record) return null;
    return { label: String(record.get('label')), props: record.get('props') as Stored, citations: record.get('citations') as CitationRow[] };
  }

  private async addCitations(tx: ManagedTransaction, id: string, citations: readonly CitationRow[]): Promise<void> {
    await tx.run(
      `MATCH (n:Entity {id: $id})
       WITH n, COUNT { (n)-[:SUPPORTED_BY]->() } AS start
       UNWIND range(0, size($citations) - 1) AS i
       WITH n, start + i AS position, $citations[i] AS cite
       MATCH (s:Source {id: cite.source})
       CREATE (n)-[:SUPPORTED_BY {position: position, quote: cite.quote, fields: cite.fields, note: cite.note}]->(s)`,
      { id, citations },
    );
  }

  /**
   * Creates an entity. `check` sees the cited sources (to verify quotes) and throws to refuse;
   * an existing id is refused by name.
   */
  async createEntity(label: EntityLabel, props: Record<string, unknown>, citations: readonly CitationRow[], check: (sources: Map<string, SourceFacts>) => void, facts: AuditFacts): Promise<ChangeRecord> {
    const id = String(props.id);
    return this.write(async (tx) => {
      check(await this.sources(tx, citations.map((citation) => citation.source)));
      const exists = await tx.run('MATCH (n:Entity {id: $id}) RETURN count(n) AS n', { id });
      if (Number(exists.records[0]?.get('n')) > 0) throw new BadUserInputError(`An entity with id ${id} already exists.`, 'input.id');
      // The label is one of the model's fixed names, checked by the caller, never free text.
      await tx.run(`CREATE (n:Entity:${label}) SET n = $props`, { props: storable({ ...props, origin: 'curation' }) });
      await this.addCitations(tx, id, citations);
      const after = await this.nodeState(tx, id);
      return { id, auditId: await this.audit(tx, facts, id, null, after) };
    });
  }

  /**
   * Updates an entity: `change` receives its label and stored properties and returns the new
   * properties (validated by the caller) or throws to refuse.
   */
  async updateEntity(
    id: string,
    change: (label: string, props: Stored) => Record<string, unknown>,
    citations: readonly CitationRow[],
    check: (sources: Map<string, SourceFacts>) => void,
    facts: AuditFacts,
  ): Promise<ChangeRecord> {
    return this.write(async (tx) => {
      const before = await this.nodeState(tx, id);
      if (!before) throw new BadUserInputError(`No entity has the id ${id}.`, 'input.id');
      check(await this.sources(tx, citations.map((citation) => citation.source)));
      const props = change(before.label, before.props);
      await tx.run('MATCH (n:Entity {id: $id}) SET n = $props', { id, props: storable(props) });
      await this.addCitations(tx, id, citations);
      const after = await this.nodeState(tx, id);
      return { id, auditId: await this.audit(tx, facts, id, before, after) };
    });
  }

  async deleteEntity(id: string, facts: AuditFacts): Promise<ChangeRecord> {
    return this.write(async (tx) => {
      const before = await this.nodeState(tx, id);
      if (!before) throw new BadUserInputError(`No entity has the id ${id}.`, 'id');
      await tx.run('MATCH (n:Entity {id: $id}) DETACH DELETE n', { id });
      return { id, auditId: await this.audit(tx, facts, id, before, null) };
    });
  }

  private async relationshipState(tx: ManagedTransaction, type: RelationshipType, id: string): Promise<Stored | null> {
    // The type comes from the model's list, never from input; the id index of each type finds it.
    const result = await tx.run(`MATCH (a)-[r:${type} {id: $id}]->(b) RETURN properties(r) AS props, a.id AS from, b.id AS to`, { id });
    const record = result.records[0];
    return record ? { ...(record.get('props') as Stored), from: record.get('from'), to: record.get('to'), type } : null;
  }

  /**
   * Creates a relationship between two existing entities; `ends` receives their labels (null when
   * missing) and throws to refuse a pair the model does not allow.
   */
  async createRelationship(
    type: RelationshipType,
    id: string,
    from: string,
    to: string,
    props: Record<string, unknown>,
    citations: readonly CitationRow[],
    ends: (fromLabel: string | null, toLabel: string | null) => void,
    check: (sources: Map<string, SourceFacts>) => void,
    facts: AuditFacts,
  ): Promise<ChangeRecord> {
    return this.write(async (tx) => {
      const labels = await tx.run(
        `OPTIONAL MATCH (a:Entity {id: $from}) OPTIONAL MATCH (b:Entity {id: $to})
         RETURN [l IN labels(a) WHERE l <> 'Entity'][0] AS fromLabel, [l IN labels(b) WHERE l <> 'Entity'][0] AS toLabel`,
        { from, to },
      );
      const row = labels.records[0];
      ends((row?.get('fromLabel') as string | null) ?? null, (row?.get('toLabel') as string | null) ?? null);
      check(await this.sources(tx, citations.map((citation) => citation.source)));
      if (await this.relationshipState(tx, type, id)) {
        throw new BadUserInputError(`A ${type} from ${from} to ${to} already exists (${id}); give a distinct key.`, 'input.key');
      }
      await tx.run(`MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) CREATE (a)-[r:${type}]->(b) SET r = $props`, {
        from,
        to,
        props: storable({
          ...props,
          id,
          origin: 'curation',
          citeSources: citations.map((citation) => citation.source),
          citeQuotes: citations.map((citation) => citation.quote),
          citeFields: citations.map((citation) => (citation.fields ?? []).join(',')),
          citeNotes: citations.map((citation) => citation.note ?? ''),
        }),
      });
      const after = await this.relationshipState(tx, type, id);
      return { id, auditId: await this.audit(tx, facts, id, null, after) };
    });
  }

  async deleteRelationship(type: RelationshipType, id: string, facts: AuditFacts): Promise<ChangeRecord> {
    return this.write(async (tx) => {
      const before = await this.relationshipState(tx, type, id);
      if (!before) throw new BadUserInputError(`No relationship has the id ${id}.`, 'id');
      await tx.run(`MATCH ()-[r:${type} {id: $id}]->() DELETE r`, { id });
      return { id, auditId: await this.audit(tx, facts, id, before, null) };
    });
  }

  /**
   * Adds a citation to an entity (`type` undefined) or to a relationship of `type`; `check` sees
   * the cited source and the target's stored properties, and throws to refuse.
   */
  async attachSource(
    targetId: string,
    type: RelationshipType | undefined,
    citation: CitationRow,
    check: (sources: Map<string, SourceFacts>, target: Stored) => void,
    facts: AuditFacts,
  ): Promise<ChangeRecord> {
    return this.write(async (tx) => {
      const sources = await this.sources(tx, [citation.source]);
      if (type === undefined) {
        const before = await this.nodeState(tx, targetId);
        if (!before) throw new BadUserInputError(`No entity has the id ${targetId}.`, 'targetId');
        check(sources, before.props);
        await this.addCitations(tx, targetId, [citation]);
        return { id: targetId, auditId: await this.audit(tx, facts, targetId, before, await this.nodeState(tx, targetId)) };
      }
      const before = await this.relationshipState(tx, type, targetId);
      if (!before) throw new BadUserInputError(`No relationship has the id ${targetId}.`, 'targetId');
      check(sources, before);
      await tx.run(
        `MATCH ()-[r:${type} {id: $id}]->()
         SET r.citeSources = coalesce(r.citeSources, []) + $c.source, r.citeQuotes = coalesce(r.citeQuotes, []) + $c.quote,
             r.citeFields = coalesce(r.citeFields, []) + $fields, r.citeNotes = coalesce(r.citeNotes, []) + $note`,
        { id: targetId, c: citation, fields: (citation.fields ?? []).join(','), note: citation.note ?? '' },
      );
      return { id: targetId, auditId: await this.audit(tx, facts, targetId, before, await this.relationshipState(tx, type, targetId)) };
    });
  }

  /** One page of the audit trail, newest first, as a connection record for the connection resolvers. */
  async auditTrail(filter: { targetId: string | null; actor: string | null }, offset: number, first: number): Promise<Projected> {
    try {
      return await readTransaction(this.driver, this.database, async (tx) => {
        const result = await tx.run(
          `CALL () { MATCH (a:AuditEntry) WHERE ${AUDIT_FILTER} RETURN count(a) AS total }
           CALL () {
             MATCH (a:AuditEntry) WHERE ${AUDIT_FILTER}
             WITH a ORDER BY a.at DESC, a.id DESC SKIP $offset LIMIT $first
             RETURN collect({node: a {.*, at: toString(a.at)}}) AS edges
           }
           RETURN total, edges`,
          { ...filter, offset: neo4j.int(offset), first: neo4j.int(first) },
        );
        const record = result.records[0];
        return { __offset: offset, __first: first, __total: Number(record?.get('total') ?? 0), edges: record?.get('edges') ?? [] };
      });
    } catch (error) {
      throw translateDatabaseError(error);
    }
  }
}
