import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { isRetryableError, Neo4jError } from 'neo4j-driver';

/** The error codes clients can rely on, in `errors[].extensions.code`. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
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
  // Apollo's own codes for malformed requests, which say nothing about the server's insides.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Apollo's formatError: known errors go to the client as they are; anything else is logged
 * with its detail and replaced by a generic message, so internals never leak.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: (message: string, error: unknown) => void,
): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PASSED_THROUGH.has(code)) return formatted;
  log('Unexpected error while answering a request', unwrapResolverError(error));
  return {
    message: 'Internal server error',
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
