import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Context } from './context.js';
import { ErrorCode, isExpectedError } from './errors.js';

/**
 * Prometheus metrics of the process, served at /metrics: GraphQL operations by name, errors by
 * the code clients see, Neo4j transaction times and the sessions open on the driver, and Node's
 * own process metrics. One registry per process, like the one driver it describes.
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry });

/** From a few milliseconds (an id lookup) to the 15 s transaction timeout. */
const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15];

const operations = new Counter({
  name: 'graphql_operations_total',
  help: 'GraphQL operations answered, by operation name and outcome (error when the response carries any error)',
  labelNames: ['operation', 'outcome'] as const,
  registers: [registry],
});
const operationSeconds = new Histogram({
  name: 'graphql_operation_duration_seconds',
  help: 'Time from the start of a GraphQL operation to its response, by operation name',
  labelNames: ['operation'] as const,
  buckets: SECONDS,
  registers: [registry],
});
const errors = new Counter({
  name: 'graphql_errors_total',
  help: 'Errors answered to clients, by errors[].extensions.code as the client saw it',
  labelNames: ['code'] as const,
  registers: [registry],
});
const transactionSeconds = new Histogram({
  name: 'neo4j_transaction_duration_seconds',
  help: 'Time of a Neo4j transaction from opening its session to closing it, retries included, by access mode and outcome',
  labelNames: ['mode', 'outcome'] as const,
  buckets: SECONDS,
  registers: [registry],
});
const sessionsOpen = new Gauge({
  name: 'neo4j_sessions_open',
  help: 'Driver sessions open now, each holding or waiting for a pooled connection, by access mode',
  labelNames: ['mode'] as const,
  registers: [registry],
});
const refusedFast = new Counter({
  name: 'neo4j_fail_fast_refusals_total',
  help: 'Transactions refused at once, without trying, because their server was found unreachable moments before',
  registers: [registry],
});

const cacheLookups = new Counter({
  name: 'graph_cache_lookups_total',
  help: 'Root fields looked up in the query cache at the graph version their request read, by outcome (hit or miss)',
  labelNames: ['outcome'] as const,
  registers: [registry],
});

const answersFromCache = new Counter({
  name: 'graphql_answers_from_cache_total',
  help: 'Requests answered whole from the answer cache, before Express and Apollo (their root fields count as query cache hits too)',
  registers: [registry],
});

const preparedAnswers = new Counter({
  name: 'graphql_prepared_answers_total',
  help: 'Requests for a query Apollo had already accepted, run by graphql-js on the prepared path without Express and Apollo',
  registers: [registry],
});

/**
 * Clients choose operation names, so a client sending endless new names could grow the metrics
 * without bound: past this many names, new ones are counted together as "(other)". Labels for
 * the special cases are in parentheses, which a GraphQL name cannot contain.
 */
const MAX_OPERATION_NAMES = 200;
const operationNames = new Set<string>();

function operationLabel(resolved: boolean, name: string | undefined): string {
  if (!resolved) return '(invalid)';
  if (name === undefined) return '(anonymous)';
  if (!operationNames.has(name) && operationNames.size >= MAX_OPERATION_NAMES) return '(other)';
  operationNames.add(name);
  return name;
}

/** The code a client sees for an error formatError has not seen yet (errors.ts masks unknown ones). */
function clientCode(error: unknown): string {
  if (error instanceof GraphQLError && isExpectedError(error)) return String(error.extensions.code);
  return ErrorCode.INTERNAL_SERVER_ERROR;
}

function formattedCode(error: GraphQLFormattedError): string {
  const code = error.extensions?.code;
  return typeof code === 'string' ? code : ErrorCode.INTERNAL_SERVER_ERROR;
}

/** Counts an operation answered without Apollo, as the plugin below counts one Apollo ran. */
function countAnswered(operationName: string | undefined, seconds: number): void {
  const label = operationLabel(true, operationName);
  operations.inc({ operation: label, outcome: 'ok' });
  operationSeconds.observe({ operation: label }, seconds);
}

/** Counts an operation answered whole from the answer cache (src/answers.ts), and its root fields as hits. */
export function answeredFromCache(operationName: string | undefined, seconds: number, fields: number): void {
  countAnswered(operationName, seconds);
  cacheLookups.inc({ outcome: 'hit' }, fields);
  answersFromCache.inc();
}

/** Counts an operation that was run on its prepared path (src/prepared.ts). */
export function answeredPrepared(operationName: string | undefined, seconds: number): void {
  countAnswered(operationName, seconds);
  preparedAnswers.inc();
}

/** Counts an error answered outside Apollo (a body that is not JSON, or too large). */
export function countError(code: string): void {
  errors.inc({ code });
}

/** Counts and times every operation, and counts the errors of its response as formatted for the client. */
export const metricsPlugin: ApolloServerPlugin<Context> = {
  // Apollo awaits every hook; these count at once, so they return settled promises.
  requestDidStart({ contextValue }) {
    // A request the prepared path ran first is timed from that run's start (src/prepared.ts).
    const started = contextValue.startedAt ?? performance.now();
    return Promise.resolve({
      willSendResponse({ operation, response }) {
        const formatted = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
        for (const error of formatted) errors.inc({ code: formattedCode(error) });
        const label = operationLabel(operation !== undefined, operation?.name?.value);
        operations.inc({ operation: label, outcome: formatted.length > 0 ? 'error' : 'ok' });
        operationSeconds.observe({ operation: label }, (performance.now() - started) / 1000);
        return Promise.resolve();
      },
    });
  },
  // Requests refused before an operation starts (no token, CSRF, malformed) reach no hook above.
  contextCreationDidFail({ error }) {
    errors.inc({ code: clientCode(error) });
    return Promise.resolve();
  },
  invalidRequestWasReceived({ error }) {
    errors.inc({ code: clientCode(error) });
    return Promise.resolve();
  },
};

export type AccessMode = 'READ' | 'WRITE';

/** Starts timing a transaction and counts its session as open; the returned function ends both. */
export function transactionStarted(mode: AccessMode): (outcome: 'ok' | 'error') => void {
  const label = mode.toLowerCase();
  const started = performance.now();
  sessionsOpen.inc({ mode: label });
  return (outcome) => {
    sessionsOpen.dec({ mode: label });
    transactionSeconds.observe({ mode: label, outcome }, (performance.now() - started) / 1000);
  };
}

export function cacheLookup(outcome: 'hit' | 'miss'): void {
  cacheLookups.inc({ outcome });
}

export function transactionRefusedFast(): void {
  refusedFast.inc();
}

/** GET /metrics, in Prometheus's text format. */
export const metricsEndpoint: RequestHandler = async (_request, response) => {
  response.type(registry.contentType).send(await registry.metrics());
};
