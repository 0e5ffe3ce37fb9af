import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { isRetryableError, Neo4jError } from 'neo4j-driver';

/** The error codes clients can rely on, in `errors[].extensions.code`. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  /** A query limit (depth, aliases, directives, tokens, cost, page size) was hit; `extensions.limit` names it. */
  QUERY_LIMIT: 'QUERY_LIMIT',
  /** No valid bearer token where one is needed (HTTP 401). */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** The token's role may not do this (HTTP 403). */
  FORBIDDEN: 'FORBIDDEN',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** An argument the client sent is not acceptable; `argument` names it. */
export class BadUserInputError extends GraphQLError {
  constructor(message: string, argument: string) {
    super(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, argument } });
  }
}

/** The database cannot be reached; the client may retry later. */
export class ServiceUnavailableError extends GraphQLError {
  constructor() {
    super('The graph database is unavailable; try again shortly.', {
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
    });
  }
}

/** A query ran past the transaction timeout. */
export class QueryTimeoutError extends GraphQLError {
  constructor() {
    super('The query took too long and was stopped; ask for smaller pages or fewer levels.', {
      extensions: { code: ErrorCode.QUERY_TIMEOUT },
    });
  }
}

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Cluster.NotALeader',
]);

/** Maps a driver failure to the error clients see: unreachable or transient means SERVICE_UNAVAILABLE. */
export function translateDatabaseError(error: unknown): Error {
  if (!(error instanceof Neo4jError)) return error instanceof Error ? error : new Error(String(error));
  if (error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) return new QueryTimeoutError();
  // The driver's own pool timeout carries no server code.
  if (UNAVAILABLE_CODES.has(error.code) || isRetryableError(error) || /acquisition timed out/i.test(error.message)) {
    return new ServiceUnavailableError();
  }
  return error;
}

const PASSED_THROUGH = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.SERVICE_UNAVAILABLE,
  ErrorCode.QUERY_TIMEOUT,
  ErrorCode.QUERY_LIMIT,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  // Apollo's own codes for malformed requests, which say nothing about the server's insides.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Whether an error is one the client is meant to see as it is (a known code). */
export function isExpectedError(error: { extensions?: Record<string, unknown> }): boolean {
  const code = error.extensions?.code;
  return typeof code === 'string' && PASSED_THROUGH.has(code);
}

/** The underlying cause of an error a resolver threw, for the log. */
export { unwrapResolverError };

/** graphql-js's "Did you mean ...?" hints, which let a client map a schema it cannot introspect. */
const SUGGESTION = / ?Did you mean .*\?$/;

/**
 * Apollo's formatError: known errors go to the client as they are (in production without field
 * suggestions); anything else is replaced by a generic message, so internals never leak (the
 * request's logger records the detail).
 */
export function formatError(formatted: GraphQLFormattedError, production: boolean): GraphQLFormattedError {
  if (isExpectedError(formatted)) return production ? { ...formatted, message: formatted.message.replace(SUGGESTION, '') } : formatted;
  return {
    message: 'Internal server error',
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
