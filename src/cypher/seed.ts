import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { ENTITY_LABELS, RELATIONSHIP_TYPES } from '../model.js';
import type { Properties, SeedPlan } from '../seed/load.js';
import { writeTransaction } from './run.js';

export interface Tally {
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
}

export interface SeedReport {
  readonly sources: Tally;
  readonly nodes: Tally;
  readonly relationships: Tally;
}

/** Integers go to Neo4j as integers; JavaScript numbers would otherwise be stored as floats. */
function withIntegers<T extends { props: Properties }>(rows: readonly T[]): (Omit<T, 'props'> & { props: Record<string, unknown> })[] {
  return rows.map((row) => ({
    ...row,
    props: Object.fromEntries(
      Object.entries(row.props).map(([key, value]) => [key, typeof value === 'number' && Number.isInteger(value) ? neo4j.int(value) : value]),
    ),
  }));
}

interface Keyed {
  readonly id: string;
  readonly props: Properties;
}

/** Splits planned records by what the database holds: new, changed, the same; and what is gone from the seed. */
function diff<T extends Keyed>(planned: readonly T[], existing: ReadonlyMap<string, string>): { write: T[]; tally: Tally; gone: string[] } {
  const tally: Tally = { created: 0, updated: 0, unchanged: 0, deleted: 0 };
  const write: T[] = [];
  for (const record of planned) {
    const hash = existing.get(record.id);
    if (hash === undefined) tally.created += 1;
    else if (hash !== record.props.seedHash) tally.updated += 1;
    else {
      tally.unchanged += 1;
      continue;
    }
    write.push(record);
  }
  const plannedIds = new Set(planned.map((record) => record.id));
  const gone = [...existing.keys()].filter((id) => !plannedIds.has(id));
  tally.deleted = gone.length;
  return { write, tally, gone };
}

async function hashesOf(tx: ManagedTransaction, query: string): Promise<Map<string, string>> {
  const result = await tx.run(query);
  return new Map(result.records.map((record) => [String(record.get('id')), String(record.get('hash'))]));
}

/**
 * Writes the seed in ONE write transaction: records that are new or changed are written, records
 * that left the seed are removed, and identical ones are not touched. Loading twice creates nothing.
 * Only seed-owned data (origin 'seed') is compared or removed.
 */
export async function writeSeed(driver: Driver, database: string | undefined, plan: SeedPlan): Promise<SeedReport> {
  return writeTransaction(driver, database, async (tx) => {
    const sources = diff(plan.sources, await hashesOf(tx, "MATCH (s:Source {origin: 'seed'}) RETURN s.id AS id, s.seedHash AS hash"));
    const allNodes = ENTITY_LABELS.flatMap((label) => plan.nodes[label].map((row) => ({ ...row, label })));
    const nodes = diff(allNodes, await hashesOf(tx, "MATCH (n:Entity {origin: 'seed'}) RETURN n.id AS id, n.seedHash AS hash"));
    const allRelationships = RELATIONSHIP_TYPES.flatMap((type) => plan.relationships[type].map((row) => ({ ...row, type })));
    const relationships = diff(
      allRelationships,
      await hashesOf(tx, "MATCH ()-[r]->() WHERE r.origin = 'seed' RETURN r.id AS id, r.seedHash AS hash"),
    );

    await tx.run('MATCH ()-[r]->() WHERE r.origin = $origin AND r.id IN $ids DELETE r', { origin: 'seed', ids: relationships.gone });
    await tx.run('MATCH (n:Entity) WHERE n.id IN $ids DETACH DELETE n', { ids: nodes.gone });
    await tx.run('MATCH (s:Source) WHERE s.id IN $ids DETACH DELETE s', { ids: sources.gone });

    await tx.run('UNWIND $rows AS row MERGE (s:Source {id: row.id}) SET s = row.props', { rows: withIntegers(sources.write) });
    for (const label of ENTITY_LABELS) {
      const rows = nodes.write.filter((row) => row.label === label);
      if (rows.length === 0) continue;
      // The label is one of the model's fixed names, never input.
      await tx.run(
        `UNWIND $rows AS row
         MERGE (n:Entity {id: row.id})
         SET n = row.props, n:${label}
         WITH n, row
         CALL (n) { MATCH (n)-[old:SUPPORTED_BY]->() DELETE old }
         WITH n, row
         UNWIND range(0, size(row.citations) - 1) AS position
         WITH n, position, row.citations[position] AS cite
         MATCH (s:Source {id: cite.source})
         CREATE (n)-[:SUPPORTED_BY {position: position, quote: cite.quote, fields: cite.fields, note: cite.note}]->(s)`,
        { rows: withIntegers(rows) },
      );
    }
    for (const type of RELATIONSHIP_TYPES) {
      const rows = relationships.write.filter((row) => row.type === type);
      if (rows.length === 0) continue;
      await tx.run(
        `UNWIND $rows AS row
         MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
         MERGE (a)-[r:${type} {id: row.id}]->(b)
         SET r = row.props`,
        { rows: withIntegers(rows) },
      );
    }
    return { sources: sources.tally, nodes: nodes.tally, relationships: relationships.tally };
  });
}

/** Removes everything from the database, for `npm run db:reset`. */
export async function clearGraph(driver: Driver, database: string | undefined): Promise<number> {
  return writeTransaction(driver, database, async (tx) => {
    const result = await tx.run('MATCH (n) DETACH DELETE n RETURN count(n) AS deleted');
    return Number(result.records[0]?.get('deleted') ?? 0);
  });
}
