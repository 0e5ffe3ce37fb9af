import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import path from 'node:path';
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { GraphQLError, OperationTypeNode, type GraphQLFieldResolver } from 'graphql';
import { keepable, keepOnSend, keyOf, mayAnswer, readBody, whenSent, type AnswerSlot } from './answers.js';
import { ANONYMOUS, authenticate, type AuthConfig, type Authentication, type Caller } from './auth.js';
import { PROJECT_ROOT } from './config.js';
import { persistedOperations } from './persisted.js';
import { createContext, type Context, type Services } from './context.js';
import { ErrorCode, formatError, isExpectedError, unwrapResolverError } from './errors.js';
import { isProjected } from './graph/records.js';
import { protection } from './limits.js';
import { describeError, type Logger } from './log.js';
import { answeredFromCache, answeredPrepared, countError, metricsEndpoint, metricsPlugin } from './metrics.js';
import { preparable, PreparedOperations, preparedRequest, rootFieldsOncePerRequest, runPrepared, type PreparedRunner, type PrepareSlot } from './prepared.js';
import { resolvers } from './resolvers/index.js';
import { checkedTypeDefs } from './schema.js';
import { WEB_DIR } from './web-build.js';

/**
 * The default field resolver. Records the translator projected are keyed by response key (alias
 * or field name), because one object may carry the same field twice with different arguments
 * under two aliases; every other record (a mutation's Change, audit entries, PageInfo) is keyed
 * by field name, whatever alias the query gives it.
 */
const recordField: GraphQLFieldResolver<unknown, Context> = (source, _args, _context, info) => {
  if (typeof source !== 'object' || source === null) return undefined;
  return (source as Record<string, unknown>)[isProjected(source) ? info.path.key : info.fieldName];
};

export interface AppOptions {
  readonly logger: Logger;
  readonly auth: AuthConfig;
}

export interface App {
  /** The HTTP server's request handler: the answer cache first, then the Express application. */
  readonly handle: (request: IncomingMessage, response: ServerResponse) => void;
  readonly apollo: ApolloServer<Context>;
  /**
   * The one way the server stops: /ready answers 503, the listener closes, requests in flight
   * get up to SHUTDOWN_GRACE_MS to finish, connections still open then are closed, and Apollo stops.
   */
  stop(): Promise<void>;
}

/**
 * How long a shutdown waits for requests in flight before it closes their connections: longer
 * than the 15 s transaction timeout (src/database.ts), so that any request that can still
 * finish does. Apollo's drain plugin would otherwise give them 10 s.
 */
export const SHUTDOWN_GRACE_MS = 20_000;

const DOCUMENTS_DIR = path.join(PROJECT_ROOT, 'seed', 'documents');
/** Page routes to the files Vite builds (web/*.html). */
const PAGES: Readonly<Record<string, string>> = { '/': 'index.html', '/dashboard': 'dashboard.html', '/graphiql': 'graphiql.html' };
/** A client's own request id is kept when it looks like one; anything else is replaced. */
const REQUEST_ID = /^[\w.:-]{1,100}$/;

/**
 * Gives a request an id (the client's X-Request-Id when sane), echoes it, and logs the request
 * when it ends; for every request, whether the answer cache or Express answers it.
 */
function startRequest(logger: Logger, request: IncomingMessage, response: ServerResponse): string {
  const offered = request.headers['x-request-id'];
  const requestId = typeof offered === 'string' && REQUEST_ID.test(offered) ? offered : randomUUID();
  response.setHeader('x-request-id', requestId);
  const started = performance.now();
  response.on('finish', () => {
    logger.info('request', {
      requestId,
      method: request.method,
      path: (request.url ?? '').split('?')[0],
      status: response.statusCode,
      ms: Math.round((performance.now() - started) * 10) / 10,
    });
  });
  return requestId;
}

/** Each request's id, for the GraphQL context built later. */
const requestIds = new WeakMap<IncomingMessage, string>();
/** Requests whose body the answer cache read and found not to be JSON: Express answers them as its parser would. */
const unparsable = new WeakSet<IncomingMessage>();
/** The bearer check of each request the answer cache looked at, for the context built later. */
const authentications = new WeakMap<IncomingMessage, Authentication>();
/** Requests handed on to Apollo whose answer may be kept whole. */
const answerSlots = new WeakMap<IncomingMessage, AnswerSlot>();
/** Requests handed on to Apollo whose operation may be prepared. */
const prepareSlots = new WeakMap<IncomingMessage, PrepareSlot>();
/** Requests the prepared path ran and handed on to Apollo: their context, with the outcomes of its root fields. */
const preparedContexts = new WeakMap<IncomingMessage, Context>();

/**
 * Unexpected errors are logged with the request's id; the client sees them masked (errors.ts).
 * Apollo awaits every hook; the hooks here do their work at once, so they return settled promises.
 */
const errorLog: ApolloServerPlugin<Context> = {
  requestDidStart: () =>
    Promise.resolve({
      didEncounterErrors({ contextValue, errors }) {
        for (const error of errors) {
          if (!isExpectedError(error)) contextValue.log.error('Unexpected error while answering a request', describeError(unwrapResolverError(error)));
        }
        return Promise.resolve();
      },
    }),
};

/**
 * No browser or proxy may keep an answer, not even one to a GET: a write must be seen by the very
 * next read, which only the server's own cache can promise (it reads the graph's version).
 */
const noStore: ApolloServerPlugin<Context> = {
  requestDidStart: () =>
    Promise.resolve({
      willSendResponse({ response }) {
        response.http.headers.set('cache-control', 'no-store');
        return Promise.resolve();
      },
    }),
};

/**
 * When Apollo answered a request with data and no error, marks its answer to be kept whole (a
 * query that every root field answered at one version, src/answers.ts) and its operation to be
 * prepared (a query, src/prepared.ts), for the slots the request carries.
 */
const rememberAnswers: ApolloServerPlugin<Context> = {
  requestDidStart: () =>
    Promise.resolve({
      willSendResponse({ contextValue, document, operation, queryHash, response }) {
        const { answer, prepared } = contextValue;
        if ((!answer && !prepared) || response.body.kind !== 'single' || response.body.singleResult.errors || response.body.singleResult.extensions) {
          return Promise.resolve();
        }
        if ((response.http.status ?? 200) !== 200) return Promise.resolve();
        if (answer) answer.keep = keepable(operation, (fields) => contextValue.graph.answerVersion(fields));
        if (prepared) prepared.prepare = preparable(document, operation, queryHash);
        return Promise.resolve();
      },
    }),
};

/** Only editors change the graph: a mutation from anyone else is refused before it runs. */
const editorsWrite: ApolloServerPlugin<Context> = {
  requestDidStart: () =>
    Promise.resolve({
      didResolveOperation({ operation, contextValue }) {
        if (operation?.operation !== OperationTypeNode.MUTATION || contextValue.caller.role === 'editor') return Promise.resolve();
        const anonymous = contextValue.caller === ANONYMOUS;
        throw new GraphQLError(anonymous ? 'Changing the graph needs an editor token.' : 'This token may read the graph but not change it.', {
          extensions: { code: anonymous ? ErrorCode.UNAUTHENTICATED : ErrorCode.FORBIDDEN, http: { status: anonymous ? 401 : 403 } },
        });
      },
    }),
};

/** A body the answer cache read and could not parse goes to bodyErrors as if Express's parser had failed on it. */
const refuseUnparsable: RequestHandler = (request, _response, next) => {
  next(unparsable.has(request) ? Object.assign(new Error('The request body is not valid JSON.'), { type: 'entity.parse.failed', status: 400 }) : undefined);
};

/** A body that is not JSON, or too large, gets a GraphQL-shaped answer instead of an HTML page. */
const bodyErrors: ErrorRequestHandler = (error: { type?: string; status?: number }, _request, response, next) => {
  if (error.type === 'entity.parse.failed' || error.type === 'entity.too.large') countError('BAD_REQUEST');
  if (error.type === 'entity.parse.failed') {
    return void response.status(400).json({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
  }
  if (error.type === 'entity.too.large') {
    return void response.status(413).json({ errors: [{ message: 'The request body is larger than 1 MB.', extensions: { code: 'BAD_REQUEST' } }] });
  }
  next(error);
};

/**
 * The HTTP application: GraphQL at /graphql, health at /health, readiness at /ready, the
 * explorer, dashboard and GraphiQL pages, and the source documents that citations quote.
 */
export async function createApp(services: Services, httpServer: Server, { logger, auth }: AppOptions): Promise<App> {
  const { graph, limits } = services;
  const limited = protection(limits);
  const persisted = persistedOperations(limits.safelist);
  // Built here rather than by Apollo, so that prepared operations run on the very same schema.
  const schema = makeExecutableSchema<Context>({ typeDefs: checkedTypeDefs(), resolvers });
  rootFieldsOncePerRequest(schema);
  const apollo = new ApolloServer<Context>({
    schema,
    fieldResolver: recordField,
    ...limited.options,
    persistedQueries: persisted.persistedQueries,
    // Stack traces describe the server's insides; unknown errors are logged instead.
    includeStacktraceInErrorResponses: false,
    formatError: (formatted) => formatError(formatted, limits.production),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: SHUTDOWN_GRACE_MS }),
      ApolloServerPluginLandingPageDisabled(),
      // Apollo's cache hints call a hook for every field resolved, only to end in `no-store`:
      // answers are cached by graph version instead (see Caching in the README), and noStore says so.
      ApolloServerPluginCacheControlDisabled(),
      noStore,
      ...(limited.options.plugins ?? []),
      ...(persisted.plugins ?? []),
      editorsWrite,
      rememberAnswers,
      errorLog,
      metricsPlugin,
    ],
    // Signals are src/main.ts's to handle, in one shutdown path: Apollo's own handlers would stop
    // the server on SIGTERM with its 10 s drain and then kill the process.
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  let draining = false;
  const app = express();
  app.disable('x-powered-by');
  // First, since nearly every request is one: the routes below are not matched against it.
  app.use(
    '/graphql',
    refuseUnparsable,
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: ({ req }) => {
        const checked = authentications.get(req) ?? authenticate(auth, req.get('authorization'));
        if (!checked.ok) {
          return Promise.reject(
            new GraphQLError(checked.reason, {
              extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401, headers: new HeaderMap([['www-authenticate', 'Bearer']]) } },
            }),
          );
        }
        return Promise.resolve(
          preparedContexts.get(req) ??
            createContext(services, {
              requestId: requestIds.get(req) ?? randomUUID(),
              caller: checked.caller,
              logger,
              answer: answerSlots.get(req),
              prepared: prepareSlots.get(req),
            }),
        );
      },
    }),
    bodyErrors,
  );
  // Health: the process answers, and says whether Neo4j does (503 when it does not).
  app.get('/health', async (_request, response) => {
    const neo4j = await graph.health();
    response.status(neo4j.reachable ? 200 : 503).json({ status: neo4j.reachable ? 'ok' : 'unavailable', neo4j });
  });
  // Readiness: whether to send this process requests now; false while it shuts down.
  app.get('/ready', async (_request, response) => {
    const neo4j = await graph.health();
    const ready = neo4j.reachable && !draining;
    response.status(ready ? 200 : 503).json({ ready, draining, neo4j });
  });
  // Prometheus metrics (src/metrics.ts); like /health, for the operator's network, not the public.
  app.get('/metrics', metricsEndpoint);
  // Only the documents sources name, by exact path: nothing else of the disk is reachable.
  const documents = new Set([...services.sources.values()].flatMap((source) => (source.record.file ? [source.record.file.slice('documents/'.length)] : [])));
  app.get('/documents/*name', (request, response) => {
    const name = ([] as string[]).concat(request.params.name).join('/');
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
  const stop = async (): Promise<void> => {
    draining = true;
    // Apollo drains the HTTP server first (ApolloServerPluginDrainHttpServer), then stops.
    await apollo.stop();
  };
  const { answers } = services;
  const prepared = new PreparedOperations(schema);
  const runner: PreparedRunner = { schema, fieldResolver: recordField, checkOperation: limited.checkOperation };
  const handle = (request: IncomingMessage, response: ServerResponse): void => {
    requestIds.set(request, startRequest(logger, request, response));
    if (!mayAnswer(request)) return void app(request, response);
    // Checked once: the context of a request handed on reuses the outcome.
    const checked = authenticate(auth, request.headers.authorization);
    authentications.set(request, checked);
    if (!checked.ok) return void app(request, response);
    void answerOrHandOn(request, response, checked.caller);
  };
  /**
   * Serves a kept answer when the graph is still at its version, or runs a prepared operation;
   * otherwise, or when the prepared path leaves the request to Apollo, Express answers it with
   * the body read here.
   */
  const answerOrHandOn = async (request: IncomingMessage, response: ServerResponse, caller: Caller): Promise<void> => {
    const started = performance.now();
    let body: Buffer;
    try {
      body = await readBody(request);
    } catch {
      // The client went away mid-body: there is no one to answer.
      return void response.destroy();
    }
    // The key is the body as text with its Accept header: only the answer cache needs it.
    const key = answers ? keyOf(request, body) : null;
    const kept = key === null ? undefined : answers?.get(key);
    if (answers && key !== null && kept) {
      // A failed version read is Apollo's to report, through the request's own read.
      const version = await graph.requestVersion().catch(() => null);
      if (version?.token === kept.token) {
        response.writeHead(200, { 'content-type': kept.contentType, 'content-length': kept.body.length, 'cache-control': 'no-store' });
        response.end(kept.body);
        answeredFromCache(kept.operationName, (performance.now() - started) / 1000, kept.fields);
        return;
      }
      answers.delete(key);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      unparsable.add(request);
      return void app(request, response);
    }
    // Express's JSON parser sees the body read and leaves this as it is.
    Object.assign(request, { body: parsed });
    let answer: AnswerSlot | undefined;
    if (answers && key !== null && typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
      answer = { key };
      answerSlots.set(request, answer);
      keepOnSend(response, answer, answers);
    }
    const wanted = preparedRequest(request.headers.accept, parsed);
    const operation = wanted && prepared.get(wanted.key);
    if (wanted && operation) {
      const context = createContext(services, { requestId: requestIds.get(request), caller, logger, answer, startedAt: started });
      let text: string | null = null;
      try {
        text = await runPrepared(runner, operation, wanted.variables, context);
      } catch (error) {
        // Apollo answers it as it answers any failure, with the outcomes of the root fields that ran.
        context.log.error('The prepared path failed; Apollo answers the request', describeError(error));
      }
      if (text !== null) {
        if (answer) answer.keep = keepable(operation.operation, (fields) => context.graph.answerVersion(fields));
        response.writeHead(200, { 'content-type': operation.contentType, 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store' });
        response.end(text);
        answeredPrepared(operation.operationName, (performance.now() - started) / 1000);
        return;
      }
      preparedContexts.set(request, context);
    } else if (wanted) {
      const slot: PrepareSlot = { key: wanted.key };
      prepareSlots.set(request, slot);
      whenSent(response, (_body, contentType) => {
        if (slot.prepare) prepared.set(slot.key, { ...slot.prepare, contentType });
      });
    }
    app(request, response);
  };
  return { handle, apollo, stop };
}
