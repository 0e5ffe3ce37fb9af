import { Neo4jError, type Driver, type ManagedTransaction } from 'neo4j-driver';
import { ServiceUnavailableError } from '../errors.js';

/** Bounds every query the API sends, so a pathological request cannot hold the database. */
const TRANSACTION_TIMEOUT_MS = 15_000;

/**
 * Once the database is found unreachable, requests fail at once for this long instead of each
 * waiting out the driver's connection timeout and retries; then the next one tries again.
 */
const FAIL_FAST_MS = 1_000;
const unreachableUntil = new WeakMap<Driver, number>();

function isUnreachable(error: unknown): boolean {
  return error instanceof Neo4jError && (error.code === 'ServiceUnavailable' || error.code === 'SessionExpired' || /acquisition timed out/i.test(error.message));
}

async function inTransaction<T>(
  driver: Driver,
  database: string | undefined,
  mode: 'READ' | 'WRITE',
  work: (tx: ManagedTransaction) => Promise<T>,
  timeout = TRANSACTION_TIMEOUT_MS,
): Promise<T> {
  if (Date.now() < (unreachableUntil.get(driver) ?? 0)) throw new ServiceUnavailableError();
  const session = driver.session({ database, defaultAccessMode: mode });
  try {
    const config = { timeout };
    return await (mode === 'READ' ? session.executeRead(work, config) : session.executeWrite(work, config));
  } catch (error) {
    if (isUnreachable(error)) unreachableUntil.set(driver, Date.now() + FAIL_FAST_MS);
    throw error;
  } finally {
    await session.close();
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
