import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { isRetryableError, Neo4jError } from 'neo4j-driver';

/** The error codes clients can rely on, in `errors[].extensions.code`. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  /** The record to create exists already (an id is taken); `argument` names the input that chose it. */
  CONFLICT: 'CONFLICT',
  /** A concurrent write held what this one needed (a deadlock); nothing was changed and the same request may be sent again (`retryable: true`). */
  WRITE_CONFLICT: 'WRITE_CONFLICT',
  /** A query limit (depth, aliases, directives, tokens, cost, page size) was hit; `extensions.limit` names it. */
  QUERY_LIMIT: 'QUERY_LIMIT',
  /** No valid bearer token where one is needed (HTTP 401). */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** The token's role may not do this (HTTP 403). */
  FORBIDDEN: 'FORBIDDEN',
  /** With the safelist on (GRAPHQL_SAFELIST), an operation that is not one of the server's persisted ones (HTTP 400). */
  PERSISTED_QUERY_NOT_ALLOWED: 'PERSISTED_QUERY_NOT_ALLOWED',
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

/** A record with this id exists already. */
export class ConflictError extends GraphQLError {
  constructor(message: string, argument: string) {
    super(message, { extensions: { code: ErrorCode.CONFLICT, argument } });
  }
}

/** A write lost a race for locks that the driver's retries did not win either; sending it again is safe. */
export class WriteConflictError extends GraphQLError {
  constructor() {
    super('Another change to the same records was being written at the same time; nothing was changed, send the request again.', {
      extensions: { code: ErrorCode.WRITE_CONFLICT, retryable: true },
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

/**
 * Lost races for locks: a deadlock, or a lock wait ended. The driver retries them for 2 s (its
 * maxTransactionRetryTime); past that the client hears WRITE_CONFLICT, not that the database
 * is down.
 */
const WRITE_CONFLICT_CODES = new Set([
  'Neo.TransientError.Transaction.DeadlockDetected',
  'Neo.TransientError.Transaction.LockClientStopped',
  'Neo.TransientError.Transaction.LockAcquisitionTimeout',
]);

/**
 * A connection that failed while it was being opened: a reset during the handshake or the login
 * (a server still starting, or going away) reaches us as a ProtocolError, not ServiceUnavailable.
 */
export function isConnectFailure(error: Neo4jError): boolean {
  return error.code === 'ProtocolError' && error.message.startsWith('Failed to connect to server');
}

/** A uniqueness constraint refused a second record with the same id. */
const DUPLICATE_CODE = 'Neo.ClientError.Schema.ConstraintValidationFailed';

/**
 * Maps a driver failure to the error clients see: a duplicate id means CONFLICT, a lost lock race
 * WRITE_CONFLICT, unreachable or another transient failure SERVICE_UNAVAILABLE. `duplicate`
 * words the conflict for the input that chose the id.
 */
export function translateDatabaseError(error: unknown, duplicate?: { message: string; argument: string }): Error {
  if (!(error instanceof Neo4jError)) return error instanceof Error ? error : new Error(String(error));
  if (error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) return new QueryTimeoutError();
  if (error.code === DUPLICATE_CODE && duplicate) return new ConflictError(duplicate.message, duplicate.argument);
  if (WRITE_CONFLICT_CODES.has(error.code)) return new WriteConflictError();
  // The driver's own pool timeout carries no server code.
  if (UNAVAILABLE_CODES.has(error.code) || isRetryableError(error) || isConnectFailure(error) || /acquisition timed out/i.test(error.message)) {
    return new ServiceUnavailableError();
  }
  return error;
}

const PASSED_THROUGH = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.SERVICE_UNAVAILABLE,
  ErrorCode.QUERY_TIMEOUT,
  ErrorCode.CONFLICT,
  ErrorCode.WRITE_CONFLICT,
  ErrorCode.QUERY_LIMIT,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.PERSISTED_QUERY_NOT_ALLOWED,
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
