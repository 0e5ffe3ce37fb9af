import neo4j, { type Driver } from 'neo4j-driver';
import { applySchema } from '../src/cypher/setup.js';
import { markGraphChanged, readGraphVersion, writeTransaction } from '../src/database.js';
import { ENTITY_LABELS, RELATIONSHIP_TYPES } from '../src/vocabulary.js';
import { GENERATOR_VERSION, SYNTHETIC_SOURCE, type SyntheticGraph, type Value } from './generate.js';

const BATCH = 10_000;

export interface LoadReport {
  readonly skipped: boolean;
  readonly nodes: number;
  readonly relationships: number;
  readonly seconds: number;
  readonly nodesPerSecond: number;
  readonly relationshipsPerSecond: number;
}

function toNeo4j(props: Record<string, Value>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(props).map(([key, value]) => [key, typeof value === 'number' && Number.isInteger(value) ? neo4j.int(value) : value]),
  );
}

/** Each batch in a write transaction of the project's, which replaces the graph's version as every write does. */
async function write(driver: Driver, cypher: string, params: Record<string, unknown> = {}): Promise<void> {
  await writeTransaction(driver, undefined, (tx) => tx.run(cypher, params));
}

/**
 * Loads a synthetic graph with batched UNWIND writes, unless the database already holds exactly
 * this graph (a BenchMeta node records what was loaded). Meant for the benchmark's own database.
 */
export async function loadSynthetic(driver: Driver, graph: SyntheticGraph, key: { nodes: number; seed: number }): Promise<LoadReport> {
  const session = driver.session({ defaultAccessMode: 'READ' });
  const meta = await session
    .executeRead((tx) => tx.run('MATCH (m:BenchMeta) RETURN m.nodes AS nodes, m.seed AS seed, m.version AS version'))
    .finally(() => session.close());
  const existing = meta.records[0];
  const matches =
    existing &&
    Number(existing.get('nodes')) === key.nodes &&
    Number(existing.get('seed')) === key.seed &&
    Number(existing.get('version')) === GENERATOR_VERSION;
  if (matches) {
    // A graph loaded before versions existed gets one, or our server would cache nothing on it.
    if ((await readGraphVersion(driver, undefined)) === null) await markGraphChanged(driver, undefined);
    return { skipped: true, nodes: graph.nodes.length, relationships: graph.relationships.length, seconds: 0, nodesPerSecond: 0, relationshipsPerSecond: 0 };
  }

  // Emptying a large database takes batches of its own transactions.
  const wipe = driver.session();
  try {
    await wipe.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await wipe.close();
  }
  await applySchema(driver, undefined);

  const started = performance.now();
  await write(driver, "CREATE (:Source {id: $id, kind: 'DOCUMENT', title: 'Synthetic data, generated for benchmarks', layer: 'SYNTHETIC'})", {
    id: SYNTHETIC_SOURCE,
  });
  for (const label of ENTITY_LABELS) {
    const rows = graph.nodes.filter((node) => node.label === label).map((node) => toNeo4j(node.props));
    for (let start = 0; start < rows.length; start += BATCH) {
      // The label is one of the model's fixed names.
      await write(
        driver,
        `MATCH (s:Source {id: $source}) UNWIND $rows AS row CREATE (n:Entity:${label}) SET n = row CREATE (n)-[:SUPPORTED_BY {position: 0}]->(s)`,
        { rows: rows.slice(start, start + BATCH), source: SYNTHETIC_SOURCE },
      );
    }
  }
  const nodesDone = performance.now();
  for (const type of RELATIONSHIP_TYPES) {
    const rows = graph.relationships.filter((rel) => rel.type === type).map((rel) => ({ from: rel.from, to: rel.to, props: toNeo4j(rel.props) }));
    for (let start = 0; start < rows.length; start += BATCH) {
      await write(driver, `UNWIND $rows AS row MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to}) CREATE (a)-[r:${type}]->(b) SET r = row.props`, {
        rows: rows.slice(start, start + BATCH),
      });
    }
  }
  const done = performance.now();
  await write(driver, 'CREATE (:BenchMeta {nodes: $nodes, seed: $seed, version: $version})', {
    nodes: neo4j.int(key.nodes),
    seed: neo4j.int(key.seed),
    version: neo4j.int(GENERATOR_VERSION),
  });
  return {
    skipped: false,
    nodes: graph.nodes.length,
    relationships: graph.relationships.length,
    seconds: (done - started) / 1000,
    nodesPerSecond: graph.nodes.length / ((nodesDone - started) / 1000),
    relationshipsPerSecond: graph.relationships.length / ((done - nodesDone) / 1000),
  };
}

/**
 * Brings the planner's statistics up to date and forgets cached plans, so that every run plans
 * its queries from the same statistics whether the data was loaded a second or a week ago:
 * without it, PROFILE figures would depend on when index sampling last ran.
 */
export async function settleStatistics(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    await session.run('CALL db.awaitIndexes(300)');
    await session.run('CALL db.resampleOutdatedIndexes()');
    await session.run('CALL db.awaitIndexes(300)');
    await session.run('CALL db.clearQueryCaches()');
  } finally {
    await session.close();
  }
}
