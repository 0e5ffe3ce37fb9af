import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { AuthConfig } from '../src/auth.js';
import { loadConfig } from '../src/config.js';
import { clearGraph, writeSeed } from '../src/cypher/seed.js';
import { createServices } from '../src/context.js';
import { createDriver, writeTransaction } from '../src/database.js';
import { DEFAULT_LIMITS, type Limits } from '../src/config.js';
import { createLogger } from '../src/log.js';
import { sourceCatalogue } from '../src/records/sources.js';
import { loadSeed } from '../src/seed/load.js';
import { createApp } from '../src/server.js';

export { freePort } from '../scripts/service.js';

/** The Neo4j that `npm test` (scripts/run-tests.ts) brought up and seeded. */
export function testDriver(uri = process.env.NEO4J_URI): Driver {
  if (!uri) throw new Error('NEO4J_URI is not set: run the tests with `npm test`.');
  return createDriver({ uri, username: 'neo4j', password: 'unused', database: undefined });
}

export interface RunningApi {
  readonly url: string;
  readonly base: string;
  readonly driver: Driver;
  /** The server's log lines, as written (JSON). */
  readonly logged: string[];
  close(): Promise<void>;
}

export interface ApiOptions {
  readonly limits?: Limits;
  readonly auth?: AuthConfig;
  /** The query cache's bound; by default the configuration's, as `npm start` runs. */
  readonly cacheBytes?: number;
  /** How long one version read serves later requests; by default the configuration's. */
  readonly cacheWindowMs?: number;
}

/** Starts the real HTTP server on an ephemeral loopback port, on the given (or the test) database. */
export async function startApi(driver: Driver = testDriver(), options: ApiOptions = {}): Promise<RunningApi> {
  const logged: string[] = [];
  const logger = createLogger({ write: (line: string) => void logged.push(line) });
  const httpServer = http.createServer();
  const services = createServices(driver, undefined, sourceCatalogue(loadConfig().seedDir), {
    limits: options.limits ?? DEFAULT_LIMITS,
    cacheBytes: options.cacheBytes ?? loadConfig().cacheBytes,
    cacheWindowMs: options.cacheWindowMs ?? loadConfig().cacheWindowMs,
  });
  const auth = options.auth ?? { tokens: [], anonymousRead: true };
  const { handle, apollo } = await createApp(services, httpServer, { logger, auth });
  httpServer.on('request', handle);
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', () => resolve()));
  const { port } = httpServer.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  return {
    url: `${base}/graphql`,
    base,
    driver,
    logged,
    close: async () => {
      await apollo.stop();
      await driver.close();
    },
  };
}

export interface GraphQLResponse<T> {
  readonly data?: T | null;
  readonly errors?: readonly { message: string; path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** POSTs one GraphQL operation (with any extra headers, e.g. authorization) and returns the parsed body. */
export async function gql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

/** The data of a response that must have no errors. */
export async function data<T = Record<string, unknown>>(url: string, query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await gql<T>(url, query, variables);
  if (response.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(response.errors)}`);
  if (!response.data) throw new Error('no data');
  return response.data;
}

/** The first column of the first row of a read query: a count straight from Neo4j, to check the API against. */
export async function countOf(driver: Driver, cypher: string): Promise<number> {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    return Number((await session.executeRead((tx) => tx.run(cypher))).records[0]?.get(0));
  } finally {
    await session.close();
  }
}

/**
 * Writes for a test's set-up, made as the API makes its own: each in a write transaction that
 * replaces the graph's version, so that no answer cached before outlives them.
 */
export function writer(driver: Driver): { executeWrite<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>; close(): Promise<void> } {
  return { executeWrite: (work) => writeTransaction(driver, undefined, work), close: () => Promise.resolve() };
}

/**
 * A digest of every node and relationship with all their properties, to prove that nothing changed.
 * With `exceptCuration`, the audit trail and what curation created are left out: what must not
 * change when editors write only to records of their own.
 */
export async function graphChecksum(driver: Driver, { exceptCuration = false } = {}): Promise<string> {
  const session = driver.session({ defaultAccessMode: 'READ' });
  // The version token changes with every write, refused ones excepted: it is bookkeeping, not the graph.
  const kept = exceptCuration ? "WHERE NOT n:AuditEntry AND NOT n:GraphVersion AND coalesce(n.layer, '') <> 'CURATION'" : 'WHERE NOT n:GraphVersion';
  try {
    const nodes = await session.executeRead((tx) => tx.run(`MATCH (n) ${kept} RETURN labels(n) AS labels, properties(n) AS props ORDER BY n.id`));
    const relationships = await session.executeRead((tx) =>
      tx.run(
        `MATCH (a)-[r]->(b) ${exceptCuration ? "WHERE coalesce(r.layer, '') <> 'CURATION' AND coalesce(a.layer, '') <> 'CURATION'" : ''}
         RETURN a.id AS a, type(r) AS type, properties(r) AS props, b.id AS b ORDER BY a, type, b, r.id, r.position`,
      ),
    );
    // Property maps list their keys in no fixed order, so keys are sorted before hashing.
    const canonical = (_key: string, value: unknown): unknown =>
      value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b))) : value;
    const text = JSON.stringify([nodes.records.map((r) => r.toObject()), relationships.records.map((r) => r.toObject())], canonical);
    return createHash('sha256').update(text).digest('hex');
  } finally {
    await session.close();
  }
}

/** Clears the graph and loads the seed again: later test files expect the seed exactly as loaded, without a file's curated records and audit entries. */
export async function reloadSeed(driver: Driver): Promise<void> {
  await clearGraph(driver, undefined);
  const seed = loadSeed('seed');
  await writeSeed(driver, undefined, seed.sources, seed.plan);
}
