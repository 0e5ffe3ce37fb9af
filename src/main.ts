import http from 'node:http';
import { ConfigError, loadConfig } from './config.js';
import { createServices } from './context.js';
import { openDatabase, prepareGraph, type Database } from './database.js';
import { describeError, logger } from './log.js';
import { LocalNeo4jError } from './neo4j-local/errors.js';
import { DivisionDataError } from './divisions/codes.js';
import { RecordsError } from './records/read.js';
import { VocabularyError } from './vocabulary-check.js';
import { createApp } from './server.js';

/**
 * How long a shutdown waits for requests in flight before it closes their connections: longer
 * than the 15 s transaction timeout, so that any request that can still finish does.
 */
const SHUTDOWN_GRACE_MS = 20_000;

/** `npm start`: Neo4j (local or NEO4J_URI), schema and seed, then GraphQL over HTTP until a signal. */
async function main(): Promise<void> {
  const config = loadConfig();
  let database: Database | undefined;
  const httpServer = http.createServer();
  let stopping = false;
  let drain = (): void => undefined;

  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info('Stopping: no new connections; requests in flight finish first', { signal });
    drain();
    setTimeout(() => httpServer.closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
    await new Promise<void>((resolve) => (httpServer.listening ? httpServer.close(() => resolve()) : resolve()));
    await database?.close();
    logger.info('Stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    database = await openDatabase(config, logger);
    const { sources } = await prepareGraph(database, config, logger);
    const services = createServices(database.driver, database.name, sources);
    const created = await createApp(services, httpServer, { logger, limits: config.limits, auth: config.auth });
    const { app, apollo } = created;
    drain = created.drain;
    httpServer.on('request', app);
    httpServer.on('close', () => void apollo.stop());
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(config.port, config.host, () => resolve());
    });
    logger.info(`GraphQL ready at http://${config.host}:${config.port}/graphql`);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      logger.error(`Port ${config.port} on ${config.host} is already taken. Set PORT to a free port.`);
    } else if (error instanceof LocalNeo4jError || error instanceof RecordsError || error instanceof DivisionDataError || error instanceof VocabularyError || error instanceof ConfigError) {
      logger.error(error.message);
    } else {
      logger.error(`Start-up failed: ${error instanceof Error ? error.message : String(error)}`, describeError(error));
    }
    await database?.close();
    process.exit(1);
  }
}

void main();
