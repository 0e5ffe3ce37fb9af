import type { Driver, ManagedTransaction } from 'neo4j-driver';

/** Bounds every query the API sends, so a pathological request cannot hold the database. */
const TRANSACTION_TIMEOUT_MS = 15_000;

async function inTransaction<T>(
  driver: Driver,
  database: string | undefined,
  mode: 'READ' | 'WRITE',
  work: (tx: ManagedTransaction) => Promise<T>,
): Promise<T> {
  const session = driver.session({ database, defaultAccessMode: mode });
  try {
    const config = { timeout: TRANSACTION_TIMEOUT_MS };
    return await (mode === 'READ' ? session.executeRead(work, config) : session.executeWrite(work, config));
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
