import { Neo4jError, type Driver, type ManagedTransaction } from 'neo4j-driver';
import { targetOf } from '../db/driver.js';
import { ServiceUnavailableError } from '../errors.js';
import { transactionRefusedFast, transactionStarted, type AccessMode } from '../metrics.js';

/** Bounds every query the API sends, so a pathological request cannot hold the database. */
const TRANSACTION_TIMEOUT_MS = 15_000;

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

function failFastKey(driver: Driver, mode: AccessMode): string {
  const { address, routing } = targetOf(driver);
  return routing ? `${address} ${mode}` : address;
}

function isUnreachable(error: unknown, routing: boolean): boolean {
  if (!(error instanceof Neo4jError)) return false;
  if (error.code === 'ServiceUnavailable') return true;
  // With one server, a pool that cannot hand out a connection in time means that server hangs;
  // with routing the pool is one member's, and the driver routes around it.
  return !routing && /acquisition timed out/i.test(error.message);
}

async function inTransaction<T>(
  driver: Driver,
  database: string | undefined,
  mode: AccessMode,
  work: (tx: ManagedTransaction) => Promise<T>,
  timeout = TRANSACTION_TIMEOUT_MS,
): Promise<T> {
  const key = failFastKey(driver, mode);
  if (Date.now() < (unreachableUntil.get(key) ?? 0)) {
    transactionRefusedFast();
    throw new ServiceUnavailableError();
  }
  const finished = transactionStarted(mode);
  // The driver's shared bookmark manager: every transaction waits for the writes this process
  // committed before it, so a read in the next request sees them even on a follower.
  const session = driver.session({ database, defaultAccessMode: mode, bookmarkManager: driver.executeQueryBookmarkManager });
  let outcome: 'ok' | 'error' = 'error';
  try {
    const config = { timeout };
    const result = await (mode === 'READ' ? session.executeRead(work, config) : session.executeWrite(work, config));
    outcome = 'ok';
    return result;
  } catch (error) {
    if (isUnreachable(error, targetOf(driver).routing)) unreachableUntil.set(key, Date.now() + FAIL_FAST_MS);
    throw error;
  } finally {
    await session.close();
    finished(outcome);
  }
}

/**
 * Reads run in read transactions and writes in write transactions, so that on a cluster or
 * Aura reads go to any member and writes to the leader.
 */
export function readTransaction<T>(driver: Driver, database: string | undefined, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  return inTransaction(driver, database, 'READ', work);
}

export function writeTransaction<T>(driver: Driver, database: string | undefined, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  return inTransaction(driver, database, 'WRITE', work);
}

/**
 * Loading the whole seed, or clearing the graph, is one write transaction over thousands of
 * records: it runs at start-up or by hand, never for a request, so it gets a longer bound.
 */
const BULK_TIMEOUT_MS = 120_000;

export function bulkWriteTransaction<T>(driver: Driver, database: string | undefined, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  return inTransaction(driver, database, 'WRITE', work, BULK_TIMEOUT_MS);
}
