import type { Driver, ManagedTransaction } from 'neo4j-driver';

/** Bounds every query the API sends, so a pathological request cannot hold the database. */
export const TRANSACTION_TIMEOUT_MS = 15_000;

/**
 * Reads run in read transactions and writes in write transactions, so that on a cluster or
 * Aura reads go to any member and writes to the leader.
 */
export async function readTransaction<T>(
  driver: Driver,
  database: string | undefined,
  work: (tx: ManagedTransaction) => Promise<T>,
): Promise<T> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    return await session.executeRead(work, { timeout: TRANSACTION_TIMEOUT_MS });
  } finally {
    await session.close();
  }
}

export async function writeTransaction<T>(
  driver: Driver,
  database: string | undefined,
  work: (tx: ManagedTransaction) => Promise<T>,
): Promise<T> {
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  try {
    return await session.executeWrite(work);
  } finally {
    await session.close();
  }
}
