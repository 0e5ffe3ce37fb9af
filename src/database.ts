import { randomUUID } from 'node:crypto';
import neo4j, { Neo4jError, type Driver, type ManagedTransaction, type Record as Neo4jRecord, type Result, type Session } from 'neo4j-driver';
import type { Config } from './config.js';
import { isConnectFailure, QueryTimeoutError, ServiceUnavailableError } from './errors.js';
import type { Logger } from './log.js';
import { transactionRefusedFast, transactionStarted, type AccessMode } from './metrics.js';
import { localInstanceDir, runningProcesses, startLocalNeo4j, type RunningNeo4j } from './neo4j-local/server.js';

/**
 * Graph access: the one driver, its transactions and their bounds. Every query the API sends
 * goes through readQuery, readTransaction, writeTransaction or bulkWriteTransaction below.
 */

export interface DatabaseSettings {
  readonly uri: string;
  readonly username: string;
  readonly password: string;
  readonly database: string | undefined;
  /** Bounds every transaction the API runs on this driver; 15 s unless a test shortens it. */
  readonly transactionTimeoutMs?: number;
}

/** The server a driver was created for, and the bound of its transactions. */
export interface DriverTarget {
  /** `host:port` of the URI: the server itself, or with routing the cluster member it discovers the others from. */
  readonly address: string;
  /** `neo4j://`, `neo4j+s://` or `neo4j+ssc://`: the driver routes reads to any member and writes to the leader. */
  readonly routing: boolean;
  readonly transactionTimeoutMs: number;
}

/** Bounds every query the API sends, so a pathological request cannot hold the database. */
export const TRANSACTION_TIMEOUT_MS = 15_000;

const DEFAULT_BOLT_PORT = '7687';
/** How long a failed transaction is retried, while its error is one that may pass (the driver's and readQuery's). */
const RETRY_WINDOW_MS = 2_000;
const FIRST_RETRY_DELAY_MS = 250;
const targets = new WeakMap<Driver, DriverTarget>();

/**
 * The one driver of the process. Timeouts are short so that an unreachable database fails a
 * request within seconds instead of holding it for the driver's default 30 s retry window.
 * A `neo4j://` URI keeps the driver's client-side routing: nothing here turns it off.
 */
export function createDriver(settings: DatabaseSettings): Driver {
  const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password), {
    disableLosslessIntegers: true,
    connectionTimeout: 3_000,
    connectionAcquisitionTimeout: 5_000,
    maxTransactionRetryTime: RETRY_WINDOW_MS,
    userAgent: 'ip-programme-graph',
  });
  const url = new URL(settings.uri);
  targets.set(driver, {
    address: `${url.hostname}:${url.port || DEFAULT_BOLT_PORT}`,
    routing: url.protocol.startsWith('neo4j'),
    transactionTimeoutMs: settings.transactionTimeoutMs ?? TRANSACTION_TIMEOUT_MS,
  });
  return driver;
}

/** Where a driver made by createDriver points; every driver the API runs queries on comes from there. */
export function targetOf(driver: Driver): DriverTarget {
  const target = targets.get(driver);
  if (!target) throw new Error('This driver was not made by createDriver (src/database.ts), so its server address is unknown.');
  return target;
}

export interface Database {
  readonly driver: Driver;
  readonly name: string | undefined;
  readonly uri: string;
  /**
   * The folder of the project's own Neo4j instance, where a start keeps what it learned of the
   * database (src/seed/load.ts); undefined for a server at NEO4J_URI, which others may share.
   */
  readonly localDir?: string;
  /** Closes the driver, and stops the local Neo4j when this process started it. */
  close(): Promise<void>;
}

/**
 * Connects to NEO4J_URI, or provisions and starts the project's own local Neo4j. With `attach`,
 * a local Neo4j that is already running (under `npm start`) is used as it is and left running.
 */
export async function openDatabase(
  config: Config,
  logger: Logger,
  { attach = false, local: started }: { attach?: boolean; local?: Promise<RunningNeo4j> } = {},
): Promise<Database> {
  const settings = config.database;
  if (settings.kind === 'local' && attach && runningProcesses(settings).length > 0) {
    const uri = `bolt://127.0.0.1:${settings.boltPort}`;
    const driver = createDriver({ uri, username: 'neo4j', password: 'unused', database: config.databaseName });
    await driver.verifyConnectivity({ database: config.databaseName });
    logger.info('Using the local Neo4j that is already running', { uri });
    return { driver, name: config.databaseName, uri, localDir: localInstanceDir(settings), close: () => driver.close() };
  }
  if (settings.kind === 'external') {
    const driver = createDriver({ ...settings, database: config.databaseName });
    try {
      await driver.verifyConnectivity({ database: config.databaseName });
    } catch (error) {
      await driver.close();
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`Neo4j at NEO4J_URI=${settings.uri} cannot be reached: ${reason}`, { cause: error });
    }
    logger.info('Connected to Neo4j', { uri: settings.uri });
    return { driver, name: config.databaseName, uri: settings.uri, close: () => driver.close() };
  }
  const local = await (started ?? startLocalNeo4j({ ...settings, log: (line) => logger.info(line) }));
  logger.info('Local Neo4j is up', { uri: local.uri, version: local.version, java: local.javaHome, log: local.logFile });
  // The local server runs without auth (loopback only); the driver still sends a basic token.
  const driver = createDriver({ uri: local.uri, username: 'neo4j', password: 'unused', database: config.databaseName });
  return {
    driver,
    name: config.databaseName,
    uri: local.uri,
    localDir: local.instanceDir,
    close: async () => {
      await driver.close();
      await local.stop();
    },
  };
}

/**
 * Once a server is found unreachable, transactions for it fail at once for this long instead of
 * each waiting out the driver's connection timeout and retries; then the next one tries again.
 */
const FAIL_FAST_MS = 1_000;

/**
 * When each server's fail-fast period ends, by server address. With `bolt://` the address is the
 * one server. With routing (`neo4j://`), one member failing is the driver's to handle: it
 * reports SessionExpired, forgets that member and sends the next transaction to another, so that
 * never trips this. Only ServiceUnavailable does, which a routing driver raises when no member
 * can serve the access mode; so the key is the cluster's address and the mode, and a cluster
 * without a leader still answers reads.
 */
const unreachableUntil = new Map<string, number>();

function failFastKey({ address, routing }: DriverTarget, mode: AccessMode): string {
  return routing ? `${address} ${mode}` : address;
}

function isUnreachable(error: unknown, routing: boolean): boolean {
  if (!(error instanceof Neo4jError)) return false;
  if (error.code === 'ServiceUnavailable' || isConnectFailure(error)) return true;
  // With one server, a connection lost mid-transaction (SessionExpired) means that server went
  // away, and a pool that cannot hand out a connection in time means it hangs. With routing
  // both concern one member, and the driver routes around it.
  return !routing && (error.code === 'SessionExpired' || /acquisition timed out/i.test(error.message));
}

/**
 * How long past the transaction timeout the client still waits. Neo4j checks the timeout only
 * while a query runs, never while it plans one, so a query that takes seconds to plan would hold
 * its request for all of them: the client stops waiting at the timeout plus this margin.
 */
const DEADLINE_MARGIN_MS = 500;

/**
 * Runs `work` in a session of the given access mode, within the fail-fast period, the metrics and
 * the transaction bound (`timeout`, or the driver's), which `work` passes on to its transaction.
 */
async function inSession<T>(
  driver: Driver,
  database: string | undefined,
  mode: AccessMode,
  work: (session: Session, config: { readonly timeout: number }) => Promise<T>,
  timeout?: number,
): Promise<T> {
  const target = targetOf(driver);
  const key = failFastKey(target, mode);
  if (Date.now() < (unreachableUntil.get(key) ?? 0)) {
    transactionRefusedFast();
    throw new ServiceUnavailableError();
  }
  const bound = timeout ?? target.transactionTimeoutMs;
  const finished = transactionStarted(mode);
  // With routing, the driver's shared bookmark manager: every transaction waits for the writes
  // this process committed before it, so a read in the next request sees them even on a
  // follower. One server (bolt://) has every write it committed, so there bookmarks would only
  // travel and be checked for nothing: 10 % of a one-node read's time at the driver.
  const session = driver.session({ database, defaultAccessMode: mode, ...(target.routing ? { bookmarkManager: driver.executeQueryBookmarkManager } : {}) });
  const running = work(session, { timeout: bound });
  let timer: NodeJS.Timeout | undefined;
  let expired = false;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      expired = true;
      reject(new QueryTimeoutError());
    }, bound + DEADLINE_MARGIN_MS);
  });
  let outcome: 'ok' | 'error' = 'error';
  try {
    const result = await Promise.race([running, deadline]);
    outcome = 'ok';
    if (mode === 'WRITE') writesCommitted.set(driver, committedWrites(driver) + 1);
    return result;
  } catch (error) {
    if (isUnreachable(error, target.routing)) unreachableUntil.set(key, Date.now() + FAIL_FAST_MS);
    throw error;
  } finally {
    clearTimeout(timer);
    finished(outcome);
    if (expired) {
      // Neo4j ends the transaction itself once planning is over and the timeout is checked;
      // the session is closed then, without this request waiting for it.
      void session.close().catch(() => undefined);
    } else {
      await session.close();
    }
  }
}

function inTransaction<T>(
  driver: Driver,
  database: string | undefined,
  mode: AccessMode,
  work: (tx: ManagedTransaction) => Promise<T>,
  timeout?: number,
): Promise<T> {
  return inSession(
    driver,
    database,
    mode,
    (session, config) => (mode === 'READ' ? session.executeRead(work, config) : session.executeWrite(work, config)),
    timeout,
  );
}

/**
 * Reads run in read transactions and writes in write transactions, so that on a cluster or
 * Aura reads go to any member and writes to the leader.
 */
export function readTransaction<T>(driver: Driver, database: string | undefined, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  return inTransaction(driver, database, 'READ', work);
}

/**
 * `session.run` without the driver's record of its caller. The driver takes a stack trace for every
 * statement, to append to the statement's errors; the server runs with source maps (tsx), through
 * which formatting that trace cost about 0.1 ms of CPU per request, a tenth of what the benchmark's
 * bare handler spends on one. Here the caller is always `readQuery`, and an error still carries
 * Neo4j's code and message, which is what `src/errors.ts` maps and logs. `run` takes the trace
 * synchronously, so the limit is back before anything else runs.
 */
function runWithoutCallSite(session: Session, text: string, params: Record<string, unknown>, config: { readonly timeout: number }): Result {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return session.run(text, params, config);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/**
 * One read statement as an auto-commit transaction in read mode: routed like any read (to any
 * cluster member, after this process's writes), under the same bound, but in one round trip
 * and one socket write where a managed transaction takes two and three (BEGIN, the statement,
 * COMMIT). Each socket write is a system call, about 0.4 ms on the benchmark's machine, more than
 * translating the query (README, "Where a request's time goes"). The driver retries only managed
 * transactions, so a retryable error is retried here, within the same window.
 */
export async function readQuery(driver: Driver, database: string | undefined, text: string, params: Record<string, unknown> = {}): Promise<Neo4jRecord[]> {
  const started = Date.now();
  for (let delay = FIRST_RETRY_DELAY_MS; ; delay *= 2) {
    try {
      return await inSession(driver, database, 'READ', async (session, config) => (await runWithoutCallSite(session, text, params, config)).records);
    } catch (error) {
      if (!neo4j.isRetryableError(error) || Date.now() - started + delay > RETRY_WINDOW_MS) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/**
 * The database's last committed transaction, as the bookmark of an empty read transaction. No
 * statement runs, so Neo4j answers without its query engine: in milliseconds even as the first
 * request to a server just started, where any query takes a second. Two equal answers mean that
 * nothing was committed in between. It is one server's view: a cluster member may lag behind.
 */
export async function lastTransaction(driver: Driver, database: string | undefined): Promise<string> {
  return inSession(driver, database, 'READ', async (session, config) => {
    await (await session.beginTransaction(config)).commit();
    return session.lastBookmarks().join(' ');
  });
}

/**
 * Neo4j's first statement after it starts pays for starting its query engine, about a second
 * on this project's machine, whatever the statement. Sent while the API is being built, and
 * not awaited, it is paid there rather than by the first request. A failure is left to the
 * first request to meet and report.
 */
export function warmUpQueryEngine(driver: Driver, database: string | undefined): void {
  readQuery(driver, database, 'RETURN 1').catch(() => undefined);
}

/**
 * The graph's version: a token that every write transaction replaces before it commits, in the
 * same transaction as its writes. Answers cached under one token (src/cypher/query-cache.ts) are
 * served only to requests that read that same token, so no instance sharing the database serves
 * an answer from before a write that had committed when its request began. A random token
 * rather than a counter: a database wiped and reloaded can never repeat an earlier version.
 *
 * The same node carries `readWindowMs`, the longest time for which any instance lets one read
 * of the token serve the requests that arrive after the read was sent (announceReadWindow). A
 * write waits that long after its commit before it returns, so by then every read sent before
 * the commit has stopped serving, on every instance: the next request anywhere reads the token
 * again and sees the write. A lease, with no clock shared between machines: each side times
 * its own interval.
 */
const BUMP_VERSION = "MERGE (v:GraphVersion {key: 'graph'}) SET v.token = $token RETURN coalesce(v.readWindowMs, 0) AS window";

const READ_VERSION = "OPTIONAL MATCH (v:GraphVersion {key: 'graph'}) RETURN v.token AS token, coalesce(v.readWindowMs, 0) AS window";

/** Raises the window, never lowers it: another instance may rely on a longer one. */
const ANNOUNCE_WINDOW = `MERGE (v:GraphVersion {key: 'graph'}) ON CREATE SET v.token = $token
  SET v.readWindowMs = CASE WHEN coalesce(v.readWindowMs, 0) < $windowMs THEN $windowMs ELSE v.readWindowMs END`;

export interface GraphVersion {
  readonly token: string;
  /** How long a read of this token may serve later requests: the window every write waits out. */
  readonly windowMs: number;
}

/** The version, or null where no write has set one yet (nothing is cached then); one round trip (readQuery). */
export async function readGraphVersion(driver: Driver, database: string | undefined): Promise<GraphVersion | null> {
  const record = (await readQuery(driver, database, READ_VERSION))[0];
  const token: unknown = record?.get('token');
  return typeof token === 'string' ? { token, windowMs: Number(record?.get('window') ?? 0) } : null;
}

/** Makes every later write wait at least `windowMs` after its commit (see BUMP_VERSION); a write, though it changes no data. */
export async function announceReadWindow(driver: Driver, database: string | undefined, windowMs: number): Promise<void> {
  await inTransaction(driver, database, 'WRITE', (tx) => tx.run(ANNOUNCE_WINDOW, { token: randomUUID(), windowMs }));
}

/**
 * Write transactions committed through each driver: a request that wrote reads the version again.
 * By driver, as its bookmarks are: an instance sees its own writes at once, and another one in
 * the same process (as in the tests) only as a separate process would.
 */
const writesCommitted = new WeakMap<Driver, number>();
export const committedWrites = (driver: Driver): number => writesCommitted.get(driver) ?? 0;

/** Resolves once `ms` have passed by this process's monotonic clock (a timer alone may fire a little early). */
async function waitOut(ms: number): Promise<void> {
  const until = performance.now() + ms;
  for (let left = ms; left > 0; left = until - performance.now()) {
    await new Promise((resolve) => setTimeout(resolve, Math.ceil(left)));
  }
}

/**
 * Runs `work` and then replaces the version token, both in the one transaction (retries
 * included), and returns once the readers' window has passed since the commit.
 */
async function versionedWrite<T>(driver: Driver, database: string | undefined, work: (tx: ManagedTransaction) => Promise<T>, timeout?: number): Promise<T> {
  let windowMs = 0;
  const result = await inTransaction(
    driver,
    database,
    'WRITE',
    async (tx) => {
      const done = await work(tx);
      // Read under the node's write lock, so a window announced before this commit is the one seen.
      const bumped = await tx.run(BUMP_VERSION, { token: randomUUID() });
      windowMs = Number(bumped.records[0]?.get('window') ?? 0);
      return done;
    },
    timeout,
  );
  if (windowMs > 0) await waitOut(windowMs);
  return result;
}

export function writeTransaction<T>(driver: Driver, database: string | undefined, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  return versionedWrite(driver, database, work);
}

/**
 * Replaces the version token with nothing else written: for a database whose data changed
 * without the API (a fresh load by other means), so that no cached answer outlives the change.
 */
export async function markGraphChanged(driver: Driver, database: string | undefined): Promise<void> {
  await writeTransaction(driver, database, () => Promise.resolve());
}

/** Schema commands (constraints, indexes) change no data, and cannot share a transaction with a write that does. */
export function schemaTransaction<T>(driver: Driver, database: string | undefined, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  return inTransaction(driver, database, 'WRITE', work);
}

/**
 * Loading the whole seed, or clearing the graph, is one write transaction over thousands of
 * records: it runs at start-up or by hand, never for a request, so it gets a longer bound.
 */
const BULK_TIMEOUT_MS = 120_000;

export function bulkWriteTransaction<T>(driver: Driver, database: string | undefined, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  return versionedWrite(driver, database, work, BULK_TIMEOUT_MS);
}
