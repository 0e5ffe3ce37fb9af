import http from 'node:http';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase, type Database } from './database.js';
import { prepareGraph, readSeed } from './seed/load.js';
import { describeError, logger } from './log.js';
import { LocalNeo4jError } from './neo4j-local/errors.js';
import { localNeo4jLaunched } from './neo4j-local/server.js';
import { DivisionDataError } from './divisions/codes.js';
import { RecordsError } from './records/read.js';
import { VocabularyError } from './vocabulary-check.js';
import type { App } from './server.js';

/**
 * `npm start`: Neo4j (local or NEO4J_URI), schema and seed, then GraphQL over HTTP until a signal.
 * A local Neo4j takes seconds to boot in its own process; meanwhile this one reads and checks the
 * seed and loads the API's modules, which are imported late for that reason.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  let opening: Promise<Database> | undefined;
  let database: Database | undefined;
  let server: App | undefined;
  let graceMs: number | undefined;
  const httpServer = http.createServer();
  let stopping = false;

  // The only shutdown path (Apollo's own signal handlers are off, see server.ts).
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info('Stopping: no new connections; requests in flight finish first', { signal, graceMs });
    await server?.stop();
    await database?.close();
    logger.info('Stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    opening = openDatabase(config, logger);
    // Reading the seed is synchronous: it starts once Neo4j's process is launched, not before.
    await Promise.race([localNeo4jLaunched(), opening.catch(() => undefined)]);
    const modules = Promise.all([import('./context.js'), import('./server.js')]);
    const toLoad = readSeed(config.seedDir);
    const [{ createServices }, { createApp, SHUTDOWN_GRACE_MS }] = await modules;
    graceMs = SHUTDOWN_GRACE_MS;
    database = await opening;
    const { sources } = await prepareGraph(database, config, logger, { toLoad });
    const services = createServices(database.driver, database.name, sources, { limits: config.limits, cacheBytes: config.cacheBytes });
    server = await createApp(services, httpServer, { logger, auth: config.auth });
    httpServer.on('request', server.app);
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(config.port, config.host, () => resolve());
    });
    logger.info(`GraphQL ready at http://${config.host}:${config.port}/graphql`);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      logger.error(`Port ${config.port} on ${config.host} is already taken. Set PORT to a free port.`);
    } else if (
      error instanceof LocalNeo4jError ||
      error instanceof RecordsError ||
      error instanceof DivisionDataError ||
      error instanceof VocabularyError ||
      error instanceof ConfigError
    ) {
      logger.error(error.message);
    } else {
      logger.error(`Start-up failed: ${error instanceof Error ? error.message : String(error)}`, describeError(error));
    }
    // A seed that fails its checks stops the start while Neo4j may still be booting: it is stopped too.
    database ??= await opening?.catch(() => undefined);
    await database?.close();
    process.exit(1);
  }
}

void main();
