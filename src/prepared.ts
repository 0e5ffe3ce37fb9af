import {
  defaultFieldResolver,
  execute,
  OperationTypeNode,
  type DocumentNode,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { LRUCache } from 'lru-cache';
import type { Context } from './context.js';
import type { OperationCheck } from './limits.js';

/**
 * Prepared operations: a query that Apollo has already parsed, validated and answered without an
 * error is run again by graphql-js itself, before Express and Apollo, for every request that
 * sends the same text (or persisted hash), operation name and Accept header.
 *
 * Such a request still gets everything that can differ from one request to the next: the bearer
 * check and the context (the one createContext), the cost check of its variables (the same
 * check, sharing what it kept, src/limits.ts), and graphql-js's coercion of the variables and
 * execution with the same schema and field resolver. It skips what Apollo would only repeat: its
 * HTTP handling, its document store and hash, its plugin hooks, and Express's routing and body
 * parsing. On the benchmark's machine that is about 0.6 to 1 ms of CPU per request.
 *
 * The prepared path answers only what Apollo would answer as `{"data": …}` with status 200.
 * Refusals of the cost check hand the request on to Apollo before anything runs, as do variables
 * that do not fit their types (graphql-js refuses them before any resolver runs). When execution
 * reports an error, the request goes on to Apollo with the same context: its root fields take
 * the outcomes of the run just made (`roots`, below), so the database is not asked twice and a
 * failure is not retried twice; Apollo formats, logs, counts and answers the errors as it does
 * for any request.
 */

/** What the prepared path keeps of an operation Apollo accepted. */
export interface PreparedOperation {
  readonly document: DocumentNode;
  readonly operation: OperationDefinitionNode;
  readonly operationName: string | undefined;
  /** Apollo's hash of the operation's text: the key of the cost checks kept (src/limits.ts). */
  readonly queryHash: string;
  /** The media type Apollo answered the request's Accept header with. */
  readonly contentType: string;
}

/** A request handed on to Apollo whose operation may be prepared: the plugin fills in `prepare` when it qualifies. */
export interface PrepareSlot {
  readonly key: string;
  prepare?: Omit<PreparedOperation, 'contentType'>;
}

/** The parts of a request's body that the prepared path reads. */
export interface PreparedRequest {
  /** The Accept header, the operation name and the text (or the persisted hash): what picks the operation and its answer's media type. */
  readonly key: string;
  readonly variables: Record<string, unknown>;
}

/**
 * Parsed documents weigh some twenty times their text; this bounds the operations kept by that
 * estimate, well above what the pages and the dashboards send.
 */
const PREPARED_BYTES = 32 * 1024 * 1024;
const AST_BYTES_PER_CHARACTER = 20;

const BODY_KEYS = new Set(['query', 'variables', 'operationName', 'extensions']);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The hash of an automatic persisted query sent by its hash alone (Apollo's `extensions.persistedQuery`), or null. */
function persistedHash(extensions: unknown): string | null {
  if (!isObject(extensions) || Object.keys(extensions).length !== 1 || !isObject(extensions.persistedQuery)) return null;
  const { version, sha256Hash } = extensions.persistedQuery;
  return version === 1 && typeof sha256Hash === 'string' && Object.keys(extensions.persistedQuery).length === 2 ? sha256Hash : null;
}

/**
 * What the prepared path reads of a request, or null for a request it leaves to Apollo whatever
 * it holds: a batch, a body with other members, variables that are not an object, a persisted
 * query sent with its text (a registration), or any other extension.
 */
export function preparedRequest(accept: string | undefined, body: unknown): PreparedRequest | null {
  if (!isObject(body) || Object.keys(body).some((key) => !BODY_KEYS.has(key))) return null;
  const { query, variables, operationName, extensions } = body;
  if (variables !== undefined && variables !== null && !isObject(variables)) return null;
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return null;
  let text: string;
  if (typeof query === 'string' && extensions === undefined) text = `query:${query}`;
  else {
    const hash = query === undefined ? persistedHash(extensions) : null;
    if (hash === null) return null;
    text = `hash:${hash}`;
  }
  return { key: `${accept ?? ''}\n${operationName ?? ''}\n${text}`, variables: variables ?? {} };
}

/** The operation Apollo ran, in the form the plugin offers it, if it is one to prepare: a query. */
export function preparable(
  document: DocumentNode | undefined,
  operation: OperationDefinitionNode | undefined,
  queryHash: string | undefined,
): Omit<PreparedOperation, 'contentType'> | undefined {
  if (!document || operation?.operation !== OperationTypeNode.QUERY || queryHash === undefined) return undefined;
  return { document, operation, operationName: operation.name?.value, queryHash };
}

export class PreparedOperations {
  private readonly entries = new LRUCache<string, PreparedOperation>({
    maxSize: PREPARED_BYTES,
    sizeCalculation: (_operation, key) => key.length * AST_BYTES_PER_CHARACTER,
  });

  get(key: string): PreparedOperation | undefined {
    return this.entries.get(key);
  }

  set(key: string, operation: PreparedOperation): void {
    this.entries.set(key, operation);
  }
}

/** How a root field came out in a request: its value (a promise for most) or what it threw. */
export type RootOutcome = { readonly value: unknown } | { readonly error: unknown };

/**
 * Makes every root field of `schema` run once per request: a second run with the same context
 * (Apollo's, after the prepared path's run reported errors) takes the first run's outcome by
 * response key. Within one run, each response key is resolved once anyway.
 */
export function rootFieldsOncePerRequest(schema: GraphQLSchema): void {
  for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) {
    const resolve: GraphQLFieldResolver<unknown, Context> = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args, context: Context, info) => {
      const known = context.roots.get(info.path.key);
      if (known) {
        if ('error' in known) throw known.error;
        return known.value;
      }
      try {
        const value = resolve(source, args, context, info);
        context.roots.set(info.path.key, { value });
        return value;
      } catch (error) {
        context.roots.set(info.path.key, { error });
        throw error;
      }
    };
  }
}

/** What a prepared operation runs with: Apollo's own schema, field resolver and operation check. */
export interface PreparedRunner {
  readonly schema: GraphQLSchema;
  readonly fieldResolver: GraphQLFieldResolver<unknown, Context>;
  readonly checkOperation: OperationCheck;
}

/**
 * Runs a prepared operation: the answer's text exactly as Apollo writes a result without errors,
 * or null where Apollo is to answer the request instead.
 */
export async function runPrepared(
  runner: PreparedRunner,
  prepared: PreparedOperation,
  variables: Record<string, unknown>,
  context: Context,
): Promise<string | null> {
  const { schema, fieldResolver, checkOperation } = runner;
  if (checkOperation({ ...prepared, schema, variables })) return null;
  const result = await execute({
    schema,
    document: prepared.document,
    operationName: prepared.operationName,
    variableValues: variables,
    contextValue: context,
    fieldResolver,
  });
  if (result.errors || result.extensions) return null;
  // Apollo's own serialisation (prettyJSONStringify): the same bytes for the same data.
  return `${JSON.stringify({ data: result.data })}\n`;
}
