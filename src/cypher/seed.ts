import { createHash } from 'node:crypto';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { Plan, PlannedNode, PlannedRelationship } from '../records/plan.js';
import type { KnownSource } from '../records/sources.js';
import { RELATIONSHIP_TYPES } from '../vocabulary.js';
import { citationLists, nodeCitationRows, storable } from './stored.js';
import { bulkWriteTransaction, readTransaction } from '../database.js';
import { SCHEMA_DIGEST, SEED_STATE } from './setup.js';

export interface Tally {
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
  /** Gone from the seed, but kept because an import or an editor added to it. */
  kept: number;
}

export interface SeedReport {
  readonly sources: Tally;
  readonly nodes: Tally;
  readonly relationships: Tally;
}

/** Bumped when the way records are stored changes, so that the next load rewrites them all. */
const STORAGE_FORMAT = 3;

function hashOf(value: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify([STORAGE_FORMAT, value]))
    .digest('hex')
    .slice(0, 16);
}

function emptyTally(): Tally {
  return { created: 0, updated: 0, unchanged: 0, deleted: 0, kept: 0 };
}

interface Stored {
  readonly id: string;
  readonly layer: string | null;
  readonly hash: string | null;
}

/** What the database holds of every entity (or relationship): a few thousand rows, read in one query. */
async function stored(tx: ManagedTransaction, query: string): Promise<Map<string, Stored>> {
  const result = await tx.run(query);
  return new Map(
    result.records.map((record) => [
      String(record.get('id')),
      { id: String(record.get('id')), layer: record.get('layer') as string | null, hash: record.get('hash') as string | null },
    ]),
  );
}

interface Planned {
  readonly id: string;
  readonly hash: string;
}

/** Sorts planned records by what the database holds: to create, to rewrite, unchanged; and the seed's own records that are gone. */
function compare<T extends Planned>(
  planned: readonly T[],
  stored: ReadonlyMap<string, Stored>,
  tally: Tally,
): { create: T[]; update: T[]; foreign: T[]; gone: Stored[] } {
  const create: T[] = [];
  const update: T[] = [];
  const foreign: T[] = [];
  for (const record of planned) {
    const current = stored.get(record.id);
    if (!current) {
      create.push(record);
      tally.created += 1;
    } else if (current.layer !== 'SEED') {
      // An import or an editor made it first: the seed adds its citations and changes nothing else.
      foreign.push(record);
      tally.unchanged += 1;
    } else if (current.hash !== record.hash) {
      update.push(record);
      tally.updated += 1;
    } else {
      tally.unchanged += 1;
    }
  }
  const plannedIds = new Set(planned.map((record) => record.id));
  const gone = [...stored.values()].filter((record) => record.layer === 'SEED' && !plannedIds.has(record.id));
  return { create, update, foreign, gone };
}

interface SourceRow extends Planned {
  readonly props: Record<string, unknown>;
}

interface NodeRow extends Planned {
  readonly label: string;
  readonly props: Record<string, unknown>;
  readonly citations: ReturnType<typeof nodeCitationRows>;
}

interface RelationshipRow extends Planned {
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly props: Record<string, unknown>;
  readonly cites: Record<string, unknown[]>;
}

function nodeRow(node: PlannedNode): NodeRow {
  const hash = hashOf({ props: node.props, citations: node.citations });
  return { id: node.id, label: node.label, hash, props: { ...node.props, layer: 'SEED', seedHash: hash }, citations: nodeCitationRows(node.citations, 'SEED') };
}

function relationshipRow(rel: PlannedRelationship): RelationshipRow {
  const hash = hashOf({ props: rel.props, from: rel.from, to: rel.to, citations: rel.citations });
  return {
    id: rel.id,
    type: rel.type,
    from: rel.from,
    to: rel.to,
    hash,
    props: { ...rel.props, layer: 'SEED', seedHash: hash },
    cites: citationLists(rel.citations, 'SEED'),
  };
}

/** A node's seed citations replace its earlier seed citations; those of imports and editors stay, numbered after them. */
const REPLACE_SEED_CITATIONS = `
  CALL (n) { MATCH (n)-[old:SUPPORTED_BY {layer: 'SEED'}]->() DELETE old }
  CALL (n, row) {
    UNWIND row.citations AS cite
    MATCH (s:Source {id: cite.source})
    CREATE (n)-[c:SUPPORTED_BY]->(s) SET c = cite.props
  }
  CALL (n, row) {
    MATCH (n)-[c:SUPPORTED_BY]->() WHERE c.layer <> 'SEED'
    WITH c ORDER BY c.position
    WITH collect(c) AS others
    UNWIND range(0, size(others) - 1) AS i
    WITH others[i] AS c, i
    SET c.position = size(row.citations) + i
  }`;

/** Citation list keys on a relationship, each parallel to citeSources. */
const CITE_KEYS = ['citeSources', 'citeQuotes', 'citeFields', 'citeNotes', 'citeUnquoted', 'citeChecked', 'citeLayers'] as const;

/** A relationship's lists after a seed write: the seed's citations, then those of imports and editors as they were. */
const KEEP_OTHER_CITATIONS = `
  WITH r, row, [i IN range(0, size(coalesce(r.citeSources, [])) - 1) WHERE coalesce(r.citeLayers[i], 'SEED') <> 'SEED'] AS keep
  WITH r, row, {${CITE_KEYS.map((key) => `${key}: [i IN keep | r.${key}[i]]`).join(', ')}} AS kept
  SET r = row.props
  SET ${CITE_KEYS.map((key) => `r.${key} = row.cites.${key} + kept.${key}`).join(', ')}`;

/**
 * Writes the seed in ONE write transaction. New and changed seed records are written, seed records
 * that left the seed are removed, identical ones are not touched: loading twice changes nothing.
 * What imports and editors added is never removed or overwritten: their records, their citations
 * (on seed records too), the relationships they drew, and the properties they edited.
 */
export async function writeSeed(driver: Driver, database: string | undefined, sources: readonly KnownSource[], plan: Plan): Promise<SeedReport> {
  const { sourceRows, nodeRows, relationshipRows, digest } = seedRows(sources, plan);
  return bulkWriteTransaction(driver, database, async (tx) => {
    const report: SeedReport = { sources: emptyTally(), nodes: emptyTally(), relationships: emptyTally() };
    // Each statement runs only when it has rows: a statement costs its planning even with none.
    const run = async (query: string, rows: readonly unknown[]): Promise<void> => {
      if (rows.length > 0) await tx.run(query, { rows });
    };

    const sourceDiff = compare(sourceRows, await stored(tx, 'MATCH (s:Source) RETURN s.id AS id, s.layer AS layer, s.seedHash AS hash'), report.sources);
    await run('UNWIND $rows AS row MERGE (s:Source {id: row.id}) SET s = row.props', [...sourceDiff.create, ...sourceDiff.update]);

    const nodeDiff = compare(nodeRows, await stored(tx, 'MATCH (n:Entity) RETURN n.id AS id, n.layer AS layer, n.seedHash AS hash'), report.nodes);
    const relationshipDiff = compare(
      relationshipRows,
      await stored(tx, "MATCH ()-[r]->() WHERE type(r) <> 'SUPPORTED_BY' AND r.id IS NOT NULL RETURN r.id AS id, r.layer AS layer, r.seedHash AS hash"),
      report.relationships,
    );

    // Removals first: a relationship gone from the seed may join a node that is gone too. What an
    // import or an editor added to a record keeps it, with their citations alone.
    const goneRelationships =
      relationshipDiff.gone.length === 0
        ? null
        : await tx.run(
            `UNWIND $ids AS id MATCH ()-[r {id: id}]->() WHERE type(r) <> 'SUPPORTED_BY'
       WITH r, [i IN range(0, size(coalesce(r.citeSources, [])) - 1) WHERE r.citeLayers[i] <> 'SEED'] AS keep
       CALL (r, keep) { WITH r, keep WHERE size(keep) = 0 DELETE r }
       CALL (r, keep) { WITH r, keep WHERE size(keep) > 0 SET ${CITE_KEYS.map((key) => `r.${key} = [i IN keep | r.${key}[i]]`).join(', ')} }
       RETURN count(CASE WHEN size(keep) > 0 THEN 1 END) AS kept`,
            { ids: relationshipDiff.gone.map((gone) => gone.id) },
          );
    report.relationships.kept = Number(goneRelationships?.records[0]?.get('kept') ?? 0);
    report.relationships.deleted = relationshipDiff.gone.length - report.relationships.kept;
    const goneNodes =
      nodeDiff.gone.length === 0
        ? null
        : await tx.run(
            `UNWIND $ids AS id MATCH (n:Entity {id: id})
       WITH n, size(coalesce(n.editedFields, [])) > 0
               OR EXISTS { (n)-[c:SUPPORTED_BY]->() WHERE c.layer <> 'SEED' }
               OR EXISTS { (n)-[r]-() WHERE type(r) <> 'SUPPORTED_BY' AND r.layer <> 'SEED' } AS keep
       CALL (n, keep) { WITH n, keep WHERE NOT keep DETACH DELETE n }
       CALL (n, keep) { WITH n, keep WHERE keep MATCH (n)-[c:SUPPORTED_BY {layer: 'SEED'}]->() DELETE c }
       RETURN count(CASE WHEN keep THEN 1 END) AS kept`,
            { ids: nodeDiff.gone.map((gone) => gone.id) },
          );
    report.nodes.kept = Number(goneNodes?.records[0]?.get('kept') ?? 0);
    report.nodes.deleted = nodeDiff.gone.length - report.nodes.kept;
    const deletedSources =
      sourceDiff.gone.length === 0
        ? null
        : await tx.run(
            `MATCH (s:Source) WHERE s.id IN $ids AND NOT EXISTS { (s)<-[c:SUPPORTED_BY]-() WHERE c.layer <> 'SEED' } DETACH DELETE s RETURN count(*) AS deleted`,
            { ids: sourceDiff.gone.map((source) => source.id) },
          );
    report.sources.deleted = Number(deletedSources?.records[0]?.get('deleted') ?? 0);
    report.sources.kept = sourceDiff.gone.length - report.sources.deleted;

    // The label comes from the vocabulary, never from input; Cypher sets it from the row.
    await run(
      `UNWIND $rows AS row CREATE (n:Entity:$(row.label)) SET n = row.props
       WITH n, row UNWIND row.citations AS cite MATCH (s:Source {id: cite.source}) CREATE (n)-[c:SUPPORTED_BY]->(s) SET c = cite.props`,
      nodeDiff.create.map(asParams),
    );
    // A changed seed record is rewritten, except the properties imports or editors set.
    if (nodeDiff.update.length > 0) {
      const current = await tx.run('UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN id, properties(n) AS props', {
        ids: nodeDiff.update.map((row) => row.id),
      });
      const props = new Map(current.records.map((record) => [String(record.get('id')), record.get('props') as Record<string, unknown>]));
      const updated = nodeDiff.update.map((row) => {
        const before = props.get(row.id) ?? {};
        const edited = Array.isArray(before.editedFields) ? (before.editedFields as string[]) : [];
        const kept = Object.fromEntries(edited.map((key) => [key, before[key]]));
        return asParams({ ...row, props: { ...row.props, ...kept, ...(edited.length > 0 ? { editedFields: edited } : {}) } });
      });
      await run(`UNWIND $rows AS row MATCH (n:Entity {id: row.id}) SET n = row.props WITH n, row ${REPLACE_SEED_CITATIONS}`, updated);
    }
    await run(
      `UNWIND $rows AS row MATCH (n:Entity {id: row.id})
       WITH n, row, COUNT { (n)-[:SUPPORTED_BY]->() } AS start
       UNWIND row.citations AS cite
       MATCH (s:Source {id: cite.source})
       WHERE NOT EXISTS { (n)-[c:SUPPORTED_BY {layer: 'SEED'}]->(s) WHERE coalesce(c.quote, '') = coalesce(cite.props.quote, '') }
       CREATE (n)-[c:SUPPORTED_BY]->(s) SET c = cite.props, c.position = start + cite.props.position`,
      nodeDiff.foreign.map(asParams),
    );

    await run(
      `UNWIND $rows AS row MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
       CREATE (a)-[r:$(row.type)]->(b) SET r = row.props, ${CITE_KEYS.map((key) => `r.${key} = row.cites.${key}`).join(', ')}`,
      relationshipDiff.create.map(asParams),
    );
    for (const type of RELATIONSHIP_TYPES) {
      // Matching by id goes through the index of each type, so these name their type.
      const rows = (list: RelationshipRow[]): Record<string, unknown>[] => list.filter((row) => row.type === type).map(asParams);
      await run(`UNWIND $rows AS row MATCH ()-[r:${type} {id: row.id}]->() ${KEEP_OTHER_CITATIONS}`, rows(relationshipDiff.update));
      // Seed citations join a relationship an import or an editor drew first, once.
      await run(
        `UNWIND $rows AS row MATCH ()-[r:${type} {id: row.id}]->()
         WITH r, row, [i IN range(0, size(row.cites.citeSources) - 1)
                       WHERE NOT any(j IN range(0, size(r.citeSources) - 1) WHERE r.citeLayers[j] = 'SEED' AND r.citeSources[j] = row.cites.citeSources[i] AND r.citeQuotes[j] = row.cites.citeQuotes[i])] AS add
         SET ${CITE_KEYS.map((key) => `r.${key} = r.${key} + [i IN add | row.cites.${key}[i]]`).join(', ')}`,
        rows(relationshipDiff.foreign),
      );
    }
    // In the same transaction as the load, so the state never names a seed that is not all there.
    await tx.run(`MERGE (state:${SEED_STATE} {id: $id}) SET state.digest = $digest, state.counts = ${SEED_COUNTS}`, { id: SEED_STATE_ID, digest });
    return report;
  });
}

/**
 * What the database holds of the seed's own layer: its sources, entities and relationships
 * (citations included). An editor deleting a seed record changes it, and so does wiping the graph.
 */
const SEED_COUNTS =
  "[COUNT { MATCH (s:Source) WHERE s.layer = 'SEED' }, COUNT { MATCH (n:Entity) WHERE n.layer = 'SEED' }, " +
  "COUNT { MATCH ()-[r]->() WHERE r.layer = 'SEED' }]";

/**
 * One node records the digest of the seed last written and the counts it left. Its label is
 * not Entity, so no query of the API sees it; clearing the graph removes it with the rest.
 */
const SEED_STATE_ID = 'seed';

/** The rows a seed writes, and their digest: every record's id, kind and hash, the storage format and the schema. */
function seedRows(
  sources: readonly KnownSource[],
  plan: Plan,
): { sourceRows: SourceRow[]; nodeRows: NodeRow[]; relationshipRows: RelationshipRow[]; digest: string } {
  const sourceRows = sources.map((source): SourceRow => {
    const hash = hashOf(source.record);
    return { id: source.record.id, hash, props: storable({ ...source.record, layer: 'SEED', seedHash: hash }) };
  });
  const nodeRows = [...plan.nodes.values()].map(nodeRow);
  const relationshipRows = [...plan.relationships.values()].map(relationshipRow);
  const digest = createHash('sha256')
    .update(
      JSON.stringify([
        STORAGE_FORMAT,
        SCHEMA_DIGEST,
        sourceRows.map((row) => [row.id, row.hash]),
        nodeRows.map((row) => [row.id, row.label, row.hash]),
        relationshipRows.map((row) => [row.id, row.type, row.hash]),
      ]),
    )
    .digest('hex');
  return { sourceRows, nodeRows, relationshipRows, digest };
}

/** The digest of what writeSeed would write for this seed; equal digests mean equal writes. */
export function seedDigest(sources: readonly KnownSource[], plan: Plan): string {
  return seedRows(sources, plan).digest;
}

/**
 * Whether the database holds exactly what the last seed write left, for a seed with this digest:
 * one read, so that a start with nothing changed does not diff thousands of records. Anything
 * else (another seed, other code, a wiped graph, a seed record deleted since) says no, and the
 * caller loads the seed.
 */
export async function seedIsCurrent(driver: Driver, database: string | undefined, digest: string): Promise<boolean> {
  return readTransaction(driver, database, async (tx) => {
    const result = await tx.run(`OPTIONAL MATCH (state:${SEED_STATE} {id: $id}) RETURN state.digest = $digest AND state.counts = ${SEED_COUNTS} AS current`, {
      id: SEED_STATE_ID,
      digest,
    });
    return result.records[0]?.get('current') === true;
  });
}

function asParams<T extends { props: Record<string, unknown> }>(row: T): Record<string, unknown> {
  return { ...row, props: storable(row.props) };
}

/**
 * Removes everything from the database, for `npm run db:reset`, but the graph's version: it
 * carries the window that running instances' cached reads rely on every write to wait out.
 */
export async function clearGraph(driver: Driver, database: string | undefined): Promise<number> {
  return bulkWriteTransaction(driver, database, async (tx) => {
    const result = await tx.run('MATCH (n) WHERE NOT n:GraphVersion DETACH DELETE n RETURN count(n) AS deleted');
    return Number(result.records[0]?.get('deleted') ?? 0);
  });
}
