import {
  BREAK,
  defaultFieldResolver,
  execute,
  getNamedType,
  isInputObjectType,
  OperationTypeNode,
  typeFromAST,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLFieldResolver,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
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
 * check, sharing what it kept, src/limits.ts), and the coercion of its variables and its
 * execution, by graphql-jit or graphql-js, with the same schema and resolvers. It skips what Apollo would only repeat: its
 * HTTP handling, its document store and hash, its plugin hooks, and Express's routing and body
 * parsing. On the benchmark's machine that is about 0.6 to 1 ms of CPU per request. Most
 * operations are also compiled once (graphql-jit, see compiledOperation), which runs them in a
 * fraction of graphql-js's time.
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
  /** The operation compiled, or null where graphql-js runs it (see compiledOperation). */
  readonly compiled: CompiledQuery | null;
}

/** A request handed on to Apollo whose operation may be prepared: the plugin fills in `prepare` when it qualifies. */
export interface PrepareSlot {
  readonly key: string;
  prepare?: Omit<PreparedOperation, 'contentType' | 'compiled'>;
}

/** The parts of a request's body that the prepared path reads. */
export interface PreparedRequest {
  /** The Accept header, the operation name and the text (or the persisted hash): what picks the operation and its answer's media type. */
  readonly key: string;
  readonly variables: Record<string, unknown>;
}

/**
 * Parsed documents weigh some twenty times their text, and a compiled operation measured 6 to 20
 * KB of heap for the benchmark's; this bounds the operations kept by those estimates, well above
 * what the pages and the dashboards send.
 */
const PREPARED_BYTES = 32 * 1024 * 1024;
const AST_BYTES_PER_CHARACTER = 20;
const COMPILED_BYTES = 32 * 1024;

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
): Omit<PreparedOperation, 'contentType' | 'compiled'> | undefined {
  if (!document || operation?.operation !== OperationTypeNode.QUERY || queryHash === undefined) return undefined;
  return { document, operation, operationName: operation.name?.value, queryHash };
}

/** Whether an input type holds itself, as a filter's AND, OR and related-node filters do. */
function isRecursive(type: GraphQLNamedType, path: ReadonlySet<GraphQLNamedType> = new Set()): boolean {
  if (!isInputObjectType(type)) return false;
  if (path.has(type)) return true;
  const inner = new Set(path).add(type);
  return Object.values(type.getFields()).some((field) => isRecursive(getNamedType(field.type), inner));
}

/**
 * Whether graphql-jit can compile an operation and run it exactly as graphql-js does with our
 * resolvers.
 * - It reads a field that has no resolver of its own as `source[field name]`, where the field
 *   resolver reads a translated record by response key (src/server.ts, recordField): the two
 *   differ only for an aliased field, so an operation that aliases one runs on graphql-js.
 * - So does one with @skip or @include, whose handling in fragment spreads graphql-jit 0.8 still
 *   calls experimental.
 * - It unrolls the coercion of a variable's type into code, without end for a type that holds
 *   itself (a filter as a variable): such an operation runs on graphql-js too.
 */
function compilable(schema: GraphQLSchema, document: DocumentNode): boolean {
  const typeInfo = new TypeInfo(schema);
  let compilable = true;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      VariableDefinition(node) {
        const type = typeFromAST(schema, node.type);
        if (!type || !isRecursive(getNamedType(type))) return undefined;
        compilable = false;
        return BREAK;
      },
      Field(node) {
        if (node.alias && !typeInfo.getFieldDef()?.resolve) {
          compilable = false;
          return BREAK;
        }
        return undefined;
      },
      Directive(node) {
        if (node.name.value !== 'skip' && node.name.value !== 'include') return undefined;
        compilable = false;
        return BREAK;
      },
    }),
  );
  return compilable;
}

/**
 * The operation compiled into one function (graphql-jit): field by field the same resolvers and
 * the same answer, without graphql-js's per-field work, 3 to 7 times faster on the benchmark's
 * operations once the database has answered. Null for an operation it cannot run as graphql-js does.
 */
export function compiledOperation(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined): CompiledQuery | null {
  if (!compilable(schema, document)) return null;
  const compiled = compileQuery(schema, document, operationName);
  return isCompiledQuery(compiled) ? compiled : null;
}

export class PreparedOperations {
  private readonly entries = new LRUCache<string, PreparedOperation>({
    maxSize: PREPARED_BYTES,
    sizeCalculation: (operation, key) => key.length * AST_BYTES_PER_CHARACTER + (operation.compiled ? COMPILED_BYTES : 0),
  });

  constructor(private readonly schema: GraphQLSchema) {}

  get(key: string): PreparedOperation | undefined {
    return this.entries.get(key);
  }

  set(key: string, operation: Omit<PreparedOperation, 'compiled'>): void {
    this.entries.set(key, { ...operation, compiled: compiledOperation(this.schema, operation.document, operation.operationName) });
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
  const result: ExecutionResult = prepared.compiled
    ? await prepared.compiled.query(undefined, context, variables)
    : await execute({
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
