import http from 'node:http';
import { ConfigError, loadConfig } from './config.js';
import type { Database } from './database.js';
import { describeError, logger } from './log.js';
import { LocalNeo4jError } from './neo4j-local/errors.js';
import { localNeo4jLaunched, startLocalNeo4j } from './neo4j-local/server.js';
import type { App } from './server.js';

/** Errors whose message already says what to do: logged as they are, without a stack. */
async function isExplained(error: unknown): Promise<boolean> {
  if (error instanceof LocalNeo4jError || error instanceof ConfigError) return true;
  const [{ RecordsError }, { DivisionDataError }, { VocabularyError }] = await Promise.all([
    import('./records/read.js'),
    import('./divisions/codes.js'),
    import('./vocabulary-check.js'),
  ]);
  return error instanceof RecordsError || error instanceof DivisionDataError || error instanceof VocabularyError;
}

/**
 * `npm start`: Neo4j (local or NEO4J_URI), schema and seed, then GraphQL over HTTP until a signal.
 * A local Neo4j takes seconds to boot in its own process; meanwhile this one checks the pages'
 * build, reads and checks the seed and loads the API's modules. All of that is imported late,
 * so that Neo4j is launched as early as possible.
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
    // The JVM is launched first of all; the driver and the rest load while it boots.
    const settings = config.database;
    const local = settings.kind === 'local' ? startLocalNeo4j({ ...settings, log: (line) => logger.info(line) }) : undefined;
    // Awaited by openDatabase once the driver has loaded; until then a failure must not count as unhandled.
    local?.catch(() => undefined);
    opening = import('./database.js').then(async ({ openDatabase, warmUpQueryEngine }) => {
      const opened = await openDatabase(config, logger, { local });
      warmUpQueryEngine(opened.driver, opened.name);
      return opened;
    });
    // Reading the seed is synchronous: it starts once Neo4j's process is launched, not before.
    await Promise.race([localNeo4jLaunched(), opening.catch(() => undefined)]);
    const pages = import('./web-build.js').then(({ buildWebPages }) => buildWebPages());
    // Awaited below; until then a failure must not count as unhandled and end the process.
    pages.catch(() => undefined);
    const modules = Promise.all([import('./context.js'), import('./server.js')]);
    const { prepareGraph, readSeed } = await import('./seed/load.js');
    const toLoad = readSeed(config.seedDir);
    const [{ createServices }, { createApp, SHUTDOWN_GRACE_MS }] = await modules;
    graceMs = SHUTDOWN_GRACE_MS;
    if (await pages) logger.info('Built the web pages (they had changed since the last build)');
    database = await opening;
    const services = createServices(database.driver, database.name, toLoad.catalogue.sources, {
      limits: config.limits,
      cacheBytes: config.cacheBytes,
      cacheWindowMs: config.cacheWindowMs,
    });
    // Apollo is built while Neo4j confirms (or loads) the seed, most of which is its first
    // query's warm-up; nothing is served before both are done.
    const building = createApp(services, httpServer, { logger, auth: config.auth });
    building.catch(() => undefined);
    await prepareGraph(database, config, logger, { toLoad });
    server = await building;
    httpServer.on('request', server.handle);
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(config.port, config.host, () => resolve());
    });
    logger.info(`GraphQL ready at http://${config.host}:${config.port}/graphql`);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      logger.error(`Port ${config.port} on ${config.host} is already taken. Set PORT to a free port.`);
    } else if (error instanceof Error && (await isExplained(error))) {
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
