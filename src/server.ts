import { existsSync, readdirSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';
import type { GraphQLFieldResolver } from 'graphql';
import { PROJECT_ROOT } from './config.js';
import { createContext, type Context } from './context.js';
import type { GraphStore } from './cypher/graph-store.js';
import { formatError } from './errors.js';
import { describeError, type Logger } from './log.js';
import { resolvers } from './resolvers/index.js';
import { loadTypeDefs } from './schema.js';

/**
 * Projected records are keyed by response key (alias or field name), because one object may
 * carry the same field twice with different arguments under two aliases.
 */
const byResponseKey: GraphQLFieldResolver<unknown, Context> = (source, _args, _context, info) => {
  if (typeof source !== 'object' || source === null) return undefined;
  const record = source as Record<string, unknown>;
  return info.path.key in record ? record[info.path.key] : record[info.fieldName];
};

export interface App {
  readonly app: Express;
  readonly apollo: ApolloServer<Context>;
}

const WEB_DIR = path.join(PROJECT_ROOT, 'dist', 'web');
const DOCUMENTS_DIR = path.join(PROJECT_ROOT, 'seed', 'documents');
/** Page routes to the files Vite builds (web/*.html). */
const PAGES: Readonly<Record<string, string>> = { '/': 'index.html', '/dashboard': 'dashboard.html', '/graphiql': 'graphiql.html' };

/**
 * The HTTP application: GraphQL at /graphql, a health check at /health, the explorer, dashboard
 * and GraphiQL pages, and the source documents that citations quote.
 */
export async function createApp(graph: GraphStore, httpServer: Server, logger: Logger): Promise<App> {
  const apollo = new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers,
    fieldResolver: byResponseKey,
    introspection: true,
    // Stack traces describe the server's insides; unknown errors are logged instead.
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) =>
      formatError(formatted, error, (message, cause) => logger.error(message, describeError(cause))),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/health', async (_request, response) => {
    const neo4j = await graph.health();
    response.status(neo4j.reachable ? 200 : 503).json({ status: neo4j.reachable ? 'ok' : 'unavailable', neo4j });
  });
  // Only the files the seed holds, by exact name: nothing else of the disk is reachable.
  const documents = new Set(readdirSync(DOCUMENTS_DIR));
  app.get('/documents/:name', (request, response) => {
    const name = request.params.name;
    if (!documents.has(name)) return void response.status(404).type('text/plain').send('No such document.');
    response.type('text/plain; charset=utf-8').sendFile(path.join(DOCUMENTS_DIR, name));
  });
  for (const [route, file] of Object.entries(PAGES)) {
    app.get(route, (_request, response) => {
      const page = path.join(WEB_DIR, file);
      if (!existsSync(page)) return void response.status(503).type('text/plain').send('The web pages are not built: run `npm run build:web`.');
      response.sendFile(page);
    });
  }
  app.use('/assets', express.static(path.join(WEB_DIR, 'assets'), { immutable: true, maxAge: '1y' }));
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: async () => createContext(graph) }),
  );
  return { app, apollo };
}
