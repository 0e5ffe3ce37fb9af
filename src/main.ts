import http from 'node:http';
import { ConfigError, loadConfig } from './config.js';
import { createServices } from './context.js';
import { openDatabase, type Database } from './database.js';
import { prepareGraph } from './seed/load.js';
import { describeError, logger } from './log.js';
import { LocalNeo4jError } from './neo4j-local/errors.js';
import { DivisionDataError } from './divisions/codes.js';
import { RecordsError } from './records/read.js';
import { VocabularyError } from './vocabulary-check.js';
import { createApp, SHUTDOWN_GRACE_MS, type App } from './server.js';

/** `npm start`: Neo4j (local or NEO4J_URI), schema and seed, then GraphQL over HTTP until a signal. */
async function main(): Promise<void> {
  const config = loadConfig();
  let database: Database | undefined;
  let server: App | undefined;
  const httpServer = http.createServer();
  let stopping = false;

  // The only shutdown path (Apollo's own signal handlers are off, see server.ts).
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info('Stopping: no new connections; requests in flight finish first', { signal, graceMs: SHUTDOWN_GRACE_MS });
    await server?.stop();
    await database?.close();
    logger.info('Stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    database = await openDatabase(config, logger);
    const { sources } = await prepareGraph(database, config, logger);
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
    await database?.close();
    process.exit(1);
  }
}

void main();
