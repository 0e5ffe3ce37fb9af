/**
 * One benchmark target, as its own process so that it does not share an event loop with the load:
 *   tsx bench/serve.ts <ours|cached|library|bare> <port> <bolt-uri> [--count]
 * `ours` runs this server with its query cache off, `cached` with it on. With --count, the target
 * talks to Neo4j through a Bolt recorder and GET /__queries answers how many Cypher queries it has
 * sent. GET /__cache answers the query cache's lookups so far. It prints "ready <port>" when it listens.
 */
import { readFileSync, readdirSync } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import type { Driver } from 'neo4j-driver';
import { DEFAULT_CACHE_MB, PROJECT_ROOT, loadConfig } from '../src/config.js';
import { sourceCatalogue } from '../src/records/sources.js';
import { createServices } from '../src/context.js';
import { createDriver } from '../src/database.js';
import { DEFAULT_LIMITS } from '../src/config.js';
import { silentLogger } from '../src/log.js';
import { registry } from '../src/metrics.js';
import { createApp } from '../src/server.js';
import { BoltRecorder } from './bolt-recorder.js';

const [target, portText, boltUri] = process.argv.slice(2);
const count = process.argv.includes('--count');
if (!target || !portText || !boltUri) throw new Error('usage: serve.ts <ours|cached|library|bare> <port> <bolt-uri> [--count]');

const recorder = count ? await BoltRecorder.start(boltUri) : undefined;
const driver: Driver = createDriver({ uri: recorder?.uri ?? boltUri, username: 'neo4j', password: 'unused', database: undefined });
const httpServer = http.createServer();
// The load keeps its connections open while the other targets take their turns, which at 1M
// nodes (a dashboard request takes about a second) is longer than Node's 5 s keep-alive timeout:
// a connection closed just as the client reused it ended a whole run with "socket hang up".
httpServer.keepAliveTimeout = 120_000;

async function library(): Promise<express.Express> {
  const typeDefs = readFileSync(path.join(PROJECT_ROOT, 'bench', 'neo4j-graphql', 'schema.graphql'), 'utf8');
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const apollo = new ApolloServer({ schema });
  await apollo.start();
  const app = express();
  app.use('/graphql', express.json(), expressMiddleware(apollo, { context: () => Promise.resolve({ sessionConfig: { defaultAccessMode: 'READ' } }) }));
  return app;
}

function bare(): express.Express {
  const dir = path.join(PROJECT_ROOT, 'bench', 'cypher');
  const statements = new Map(readdirSync(dir).map((file) => [file.replace(/\.cypher$/, ''), readFileSync(path.join(dir, file), 'utf8')]));
  const app = express();
  app.post('/cypher/:name', express.json(), async (request, response) => {
    const statement = statements.get(request.params.name);
    if (!statement) return void response.status(404).json({ errors: [{ message: 'no such operation' }] });
    // The same kind of transaction our server sends for a read: one auto-commit statement in read
    // mode (src/database.ts readQuery), so that the difference is the server's own work.
    const session = driver.session({ defaultAccessMode: 'READ' });
    try {
      const result = await session.run(statement, request.body as Record<string, unknown>);
      response.json({ data: (result.records[0]?.get('result') as unknown) ?? null });
    } catch (error) {
      response.status(500).json({ errors: [{ message: error instanceof Error ? error.message : String(error) }] });
    } finally {
      await session.close();
    }
  });
  return app;
}

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

const ours = async (cacheBytes: number): Promise<Handler> => {
  const services = createServices(driver, undefined, sourceCatalogue(loadConfig().seedDir), {
    limits: DEFAULT_LIMITS,
    cacheBytes,
    cacheWindowMs: loadConfig().cacheWindowMs,
  });
  return (await createApp(services, httpServer, { logger: silentLogger, auth: { tokens: [], anonymousRead: true } })).handle;
};
const app: Handler =
  target === 'ours'
    ? await ours(0)
    : target === 'cached'
      ? await ours(loadConfig().cacheBytes || DEFAULT_CACHE_MB * 1024 * 1024)
      : target === 'library'
        ? await library()
        : bare();
const root = express();
root.get('/__queries', (_request, response) => response.json({ queries: recorder?.queries.length ?? null }));
root.get('/__cache', async (_request, response) => {
  const values = (await registry.getSingleMetric('graph_cache_lookups_total')?.get())?.values ?? [];
  const count = (outcome: string): number => values.find((value) => value.labels.outcome === outcome)?.value ?? 0;
  response.json({ hits: count('hit'), misses: count('miss') });
});
// The bench's own routes first; the rest goes to the target as its own server would take it.
httpServer.on('request', (request, response) => {
  if (request.url?.startsWith('/__')) void root(request, response);
  else app(request, response);
});
// Port 0 lets the system choose, so that runs side by side never collide; the line says which.
httpServer.listen(Number(portText), '127.0.0.1', () => process.stdout.write(`ready ${(httpServer.address() as AddressInfo).port}\n`));
process.on('SIGTERM', () => {
  httpServer.close();
  void driver
    .close()
    .then(() => recorder?.close())
    .then(() => process.exit(0));
});
