import type { Driver } from 'neo4j-driver';
import type { Config } from './config.js';
import { applySchema } from './cypher/setup.js';
import { writeSeed } from './cypher/seed.js';
import { createDriver } from './db/driver.js';
import type { Logger } from './log.js';
import { runningProcesses, startLocalNeo4j } from './neo4j-local/server.js';
import { loadCatalogue, loadSeed, type Catalogue } from './seed/load.js';

export interface Database {
  readonly driver: Driver;
  readonly name: string | undefined;
  readonly uri: string;
  /** Closes the driver, and stops the local Neo4j when this process started it. */
  close(): Promise<void>;
}

/**
 * Connects to NEO4J_URI, or provisions and starts the project's own local Neo4j. With `attach`,
 * a local Neo4j that is already running (under `npm start`) is used as it is and left running.
 */
export async function openDatabase(config: Config, logger: Logger, { attach = false } = {}): Promise<Database> {
  const settings = config.database;
  if (settings.kind === 'local' && attach && runningProcesses(settings).length > 0) {
    const uri = `bolt://127.0.0.1:${settings.boltPort}`;
    const driver = createDriver({ uri, username: 'neo4j', password: 'unused', database: config.databaseName });
    await driver.verifyConnectivity({ database: config.databaseName });
    logger.info('Using the local Neo4j that is already running', { uri });
    return { driver, name: config.databaseName, uri, close: () => driver.close() };
  }
  if (settings.kind === 'external') {
    const driver = createDriver({ ...settings, database: config.databaseName });
    try {
      await driver.verifyConnectivity({ database: config.databaseName });
    } catch (error) {
      await driver.close();
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`Neo4j at NEO4J_URI=${settings.uri} cannot be reached: ${reason}`);
    }
    logger.info('Connected to Neo4j', { uri: settings.uri });
    return { driver, name: config.databaseName, uri: settings.uri, close: () => driver.close() };
  }
  const local = await startLocalNeo4j({ ...settings, log: (line) => logger.info(line) });
  logger.info('Local Neo4j is up', { uri: local.uri, version: local.version, java: local.javaHome, log: local.logFile });
  // The local server runs without auth (loopback only); the driver still sends a basic token.
  const driver = createDriver({ uri: local.uri, username: 'neo4j', password: 'unused', database: config.databaseName });
  return {
    driver,
    name: config.databaseName,
    uri: local.uri,
    close: async () => {
      await driver.close();
      await local.stop();
    },
  };
}

/** Applies constraints and indexes, then loads the seed (idempotently); returns the sources and division codes it read. */
export async function prepareGraph(database: Database, config: Config, logger: Logger): Promise<Catalogue> {
  await applySchema(database.driver, database.name);
  const catalogue = loadCatalogue(config.seedDir);
  const seed = loadSeed(config.seedDir, catalogue);
  const report = await writeSeed(database.driver, database.name, seed.sources, seed.plan);
  logger.info('Seed loaded', { ...report });
  return catalogue;
}
