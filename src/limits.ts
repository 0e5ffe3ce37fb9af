import type { ApolloServerOptions, ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  getNamedType,
  getVariableValues,
  GraphQLError,
  isInputObjectType,
  isListType,
  isNonNullType,
  type DocumentNode,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLOutputType,
  type OperationDefinitionNode,
  type GraphQLSchema,
  type ValidationContext,
} from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { LRUCache } from 'lru-cache';
import type { Context } from './context.js';
import { DEFAULT_PAGE_SIZE, DEFAULT_SEARCH_HITS } from './cypher/translate/paging.js';
import { ErrorCode } from './errors.js';
import type { Limits } from './config.js';

/** Lists without a size argument are counted as this long (citations, dashboard rows). */
const UNPAGED_LIST_SIZE = 20;
/** The most nodes a neighbourhood answers (MAX_SUBGRAPH_NODES in the translator). */
const SUBGRAPH_NODES = 500;

function limitError(message: string, limit: string, argument?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.QUERY_LIMIT, limit, ...(argument ? { argument } : {}), http: { status: 400 } } });
}

/** Where the page size limit does not decide, a bound is only estimated within its valid range: the resolver refuses the rest by name. */
const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));
/** Types whose lists are bounded by their root field's arguments, already counted there. */
const BOUNDED_BY_ROOT = new Set(['Subgraph', 'Path']);

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

const numberArg = (args: Record<string, unknown>, name: string): number | undefined => {
  const value = args[name];
  return typeof value === 'number' ? value : undefined;
};

/**
 * Cost with list sizes counted: a field costs 1 plus what it selects, times the number of items
 * it may return, plus what each condition of its filter costs (CONDITION_COST) and, for a
 * dashboard aggregation, what it reads (SCAN_COST). Connections and
 * search repeat their selection `first` times; a neighbourhood up to limit^depth nodes (at most
 * 500); a path maxLength + 1 nodes. Also where `first` is checked
 * against the page size limit, since the estimator sees the arguments with variables applied.
 */
function sizeEstimator(maxPageSize: number): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    const asked = numberArg(args, 'first');
    if (asked !== undefined && asked > maxPageSize) {
      throw limitError(`Page size limit: ${field.name}(first: ${asked}) asks for more than ${maxPageSize} items.`, 'maxPageSize', 'first');
    }
    // A page size left to its default is the default shrunk to the limit, as the translator pages.
    const paged = field.args.some((argument) => argument.name === 'first');
    const first = asked ?? (paged ? Math.min(field.name === 'search' ? DEFAULT_SEARCH_HITS : DEFAULT_PAGE_SIZE, maxPageSize) : undefined);
    const whereType = field.args.find((argument) => argument.name === 'where')?.type;
    const whereNamed = whereType ? getNamedType(whereType) : undefined;
    const filter = whereNamed && isFilterType(whereNamed) ? filterShape(args.where, whereNamed).cost : 0;
    if (first !== undefined) return 1 + filter + childComplexity * Math.max(1, first);
    const scan = SCAN_COST[field.name];
    if (scan !== undefined && type.name === 'Query') return scan + childComplexity * UNPAGED_LIST_SIZE;
    if (field.name === 'neighborhood') {
      const limit = clamp(numberArg(args, 'limit') ?? 25, 1, 100);
      const depth = clamp(numberArg(args, 'depth') ?? 1, 1, 3);
      return 1 + childComplexity * Math.min(SUBGRAPH_NODES, limit ** depth + 1);
    }
    if (field.name === 'shortestPath') return 1 + childComplexity * (clamp(numberArg(args, 'maxLength') ?? 6, 1, 10) + 1);
    // A connection's edges are counted by the connection's `first`; a subgraph's and a path's
    // lists by their root field's bounds.
    if (BOUNDED_BY_ROOT.has(type.name) || type.name.endsWith('Connection')) return 1 + childComplexity;
    if (isList(field.type) && getNamedType(field.type).name !== 'String') return 1 + childComplexity * UNPAGED_LIST_SIZE;
    return undefined;
  };
}

/**
 * What one condition of a filter is counted as in the cost: a filter may be tested against every
 * node of a kind, so it costs like a page of a thousand items.
 */
const FILTER_PREDICATE_COST = 1000;

/**
 * Conditions whose cost differs from FILTER_PREDICATE_COST. An id is found through the unique
 * index, a few nodes whatever the graph's size. A name is a case-insensitive substring of three
 * properties, which no index answers: every node of the kind has its names read and lowered.
 */
const CONDITION_COST: Readonly<Record<string, number>> = { id: 10, id_in: 100, name: 5000 };

/**
 * Dashboard aggregations read a whole kind, or every entity and relationship, whatever rows they
 * return. Each adds one unit per 100 database hits that PROFILE counted it making on the
 * benchmark's graph of 100,000 nodes; its rows are counted on top, 20 to a list.
 */
const SCAN_COST: Readonly<Record<string, number>> = {
  coverageBySourceCount: 15_000,
  sourceCoverage: 10_400,
  tiers: 6600,
  entityCounts: 2000,
  designationsByProvince: 700,
  designationsByProvinceAndTier: 700,
  designationsByYearAndTier: 400,
  batchCoverage: 200,
};

/** What a filter on related nodes counts for against maxFilterPredicates, besides the conditions it holds. */
const RELATED_FILTER_WEIGHT = 2;

/** The shape of a `where` value: how deep it nests (NOT, OR, related nodes), how many conditions it holds and what they cost. */
interface FilterShape {
  readonly depth: number;
  readonly predicates: number;
  readonly cost: number;
}

/** Input types that are filters: the `where` of lists and connections. */
function isFilterType(type: GraphQLInputType): type is GraphQLInputObjectType {
  return isInputObjectType(type) && type.name.endsWith('Where');
}

/**
 * Measures a `where` value. The walk stops one level past `stopAfter`, so a filter nested
 * thousands deep is measured as too deep without being walked to its bottom.
 */
function filterShape(value: unknown, type: GraphQLInputObjectType, stopAfter = Number.POSITIVE_INFINITY): FilterShape {
  if (typeof value !== 'object' || value === null) return { depth: 0, predicates: 0, cost: 0 };
  let depth = 1;
  let predicates = 0;
  let cost = 0;
  const fields = type.getFields();
  for (const [name, fieldValue] of Object.entries(value)) {
    const field = fields[name];
    if (!field || fieldValue === null || fieldValue === undefined) continue;
    const fieldType = getNamedType(field.type);
    if (!isFilterType(fieldType)) {
      predicates += 1;
      cost += CONDITION_COST[name] ?? FILTER_PREDICATE_COST;
      continue;
    }
    // OR, NOT and filters on related nodes nest a filter one level deeper. A filter on related
    // nodes is a subquery that Neo4j plans, and runs for each node tested: measured, it costs
    // the planner about what two plain conditions do, so it counts as two besides those it holds.
    if (name !== 'OR' && name !== 'NOT') {
      predicates += RELATED_FILTER_WEIGHT;
      cost += RELATED_FILTER_WEIGHT * FILTER_PREDICATE_COST;
    }
    if (stopAfter <= 1) return { depth: 2, predicates, cost };
    for (const item of Array.isArray(fieldValue) ? fieldValue : [fieldValue]) {
      const inner = filterShape(item, fieldType, stopAfter - 1);
      depth = Math.max(depth, 1 + inner.depth);
      predicates += inner.predicates;
      cost += inner.cost;
    }
  }
  return { depth, predicates, cost };
}

/** Refuses a filter past the depth or the number of conditions the limits allow, naming the limit. */
function checkFilter(value: unknown, type: GraphQLInputObjectType, path: string, limits: Limits): void {
  const shape = filterShape(value, type, limits.maxFilterDepth);
  if (shape.depth > limits.maxFilterDepth) {
    throw limitError(`Filter depth limit: ${path} nests more than ${limits.maxFilterDepth} levels deep, the limit.`, 'maxFilterDepth', path);
  }
  if (shape.predicates > limits.maxFilterPredicates) {
    throw limitError(
      `Filter size limit: ${path} holds ${shape.predicates} conditions, more than the limit of ${limits.maxFilterPredicates}.`,
      'maxFilterPredicates',
      path,
    );
  }
}

/** Every id in the graph: a kind, a colon, then lower-case letters, digits, '-', '_' and ':'. */
const ID_FORM = /^[a-z]+:[a-z0-9][a-z0-9_:-]{0,199}$/;

/** A value as an error message may quote it: short, whatever the caller sent. */
const quoted = (value: string): string => JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);

/**
 * Checks one argument's value against its input type, down through lists and input objects:
 * ids must have the graph's id form, strings and lists must stay within their limits. `path`
 * names the place, e.g. `where.id_in.3`.
 */
function checkValue(value: unknown, type: GraphQLInputType, path: string, limits: Limits): void {
  if (value === null || value === undefined) return;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    const items = Array.isArray(value) ? value : [value];
    if (items.length > limits.maxListLength) {
      throw limitError(`List length limit: ${path} has ${items.length} items, more than the limit of ${limits.maxListLength}.`, 'maxListLength', path);
    }
    items.forEach((item, index) => checkValue(item, inner.ofType, `${path}.${index}`, limits));
  } else if (isInputObjectType(inner)) {
    for (const [name, field] of Object.entries(inner.getFields())) checkValue((value as Record<string, unknown>)[name], field.type, `${path}.${name}`, limits);
  } else if (typeof value === 'string') {
    if (value.length > limits.maxStringLength) {
      throw limitError(
        `String length limit: ${path} has ${value.length} characters, more than the limit of ${limits.maxStringLength}.`,
        'maxStringLength',
        path,
      );
    }
    if (inner.name === 'ID' && !ID_FORM.test(value)) {
      throw new GraphQLError(
        `${path}: ${quoted(value)} is not an id. Ids look like person:zhang-qin: a kind, a colon, then lower-case letters, digits and dashes.`,
        {
          extensions: { code: ErrorCode.BAD_USER_INPUT, argument: path, http: { status: 400 } },
        },
      );
    }
  }
}

/**
 * Checks a field's arguments (ids, string and list lengths, filters) when the cost walk reaches
 * the field, with variables applied: one walk of the operation does every check. Counts nothing
 * itself: the estimators after it give the cost.
 */
function argumentEstimator(limits: Limits): ComplexityEstimator {
  return ({ field, args }) => {
    for (const argument of field.args) {
      const type = getNamedType(argument.type);
      // The filter's shape first: a filter nested too deep is refused before it is walked.
      if (isFilterType(type)) checkFilter(args[argument.name], type, argument.name, limits);
      checkValue(args[argument.name], argument.type, argument.name, limits);
    }
    return undefined;
  };
}

/**
 * What the walk found for an operation and its variables, kept so that a repeated request (a
 * dashboard reloaded, a page's own operation) is not walked again. Bounded by the keys' size:
 * a key is the operation's hash and its variables.
 */
const CHECKED_BYTES = 8 * 1024 * 1024;

/** What an operation and its variables are checked with, whichever path answers the request. */
export interface OperationToCheck {
  readonly schema: GraphQLSchema;
  readonly document: DocumentNode;
  readonly operation: OperationDefinitionNode;
  readonly operationName: string | undefined;
  /** Apollo's hash of the operation's text: with the variables, the key of the checks kept. */
  readonly queryHash: string;
  readonly variables: Record<string, unknown>;
}

/**
 * The refusal an operation and its variables earn, or null. Variables that do not fit their
 * types pass here: execution refuses them before any resolver runs, with the 400 and the message
 * that GraphQL-over-HTTP asks for.
 */
export type OperationCheck = (checked: OperationToCheck) => GraphQLError | null;

/**
 * Checks that need the operation and its variables: argument values, cost and page size, in one
 * walk per operation and variables.
 */
function operationCheck(limits: Limits): OperationCheck {
  const estimators = [argumentEstimator(limits), sizeEstimator(limits.maxPageSize), simpleEstimator({ defaultComplexity: 1 })];
  const checked = new LRUCache<string, { readonly error: GraphQLError | null }>({ maxSize: CHECKED_BYTES, sizeCalculation: (_value, key) => key.length + 1 });
  const walk = ({ schema, document, operationName, variables }: OperationToCheck): GraphQLError | null => {
    try {
      const cost = getComplexity({ schema, query: document, variables, operationName, estimators });
      if (cost <= limits.maxCost) return null;
      return limitError(
        `Query cost limit: this operation costs ${cost}, more than the limit of ${limits.maxCost}. Ask for smaller pages or fewer levels.`,
        'maxCost',
      );
    } catch (error) {
      if (error instanceof GraphQLError) return error;
      throw error;
    }
  };
  return (operation) => {
    if (getVariableValues(operation.schema, operation.operation.variableDefinitions ?? [], operation.variables).errors) return null;
    const key = `${operation.queryHash}\n${operation.operationName ?? ''}\n${JSON.stringify(operation.variables)}`;
    let outcome = checked.get(key);
    if (!outcome) {
      outcome = { error: walk(operation) };
      checked.set(key, outcome);
    }
    return outcome.error;
  };
}

/** The operation check as Apollo's hook: a refusal is thrown, where Apollo answers it as the client's error. */
function operationPlugin(check: OperationCheck): ApolloServerPlugin<Context> {
  // Apollo awaits every hook; this one does its work at once, so it returns a settled promise.
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation({ request, document, schema, operation, operationName, queryHash }) {
          if (!operation) return Promise.resolve();
          const error = check({ schema, document, operation, operationName: operationName ?? undefined, queryHash, variables: request.variables ?? {} });
          if (error) throw error;
          return Promise.resolve();
        },
      }),
  };
}

/**
 * Armor's rules throw by default, which Apollo would answer as an internal error; reported
 * through the validation context, a rejection is a validation error naming the limit.
 */
function armorReports(limit: string): {
  exposeLimits: true;
  propagateOnRejection: false;
  onReject: ((context: ValidationContext | null, error: GraphQLError) => void)[];
} {
  return {
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [(context, error) => context?.reportError(limitError(error.message.replace(/^Syntax Error: /, ''), limit))],
  };
}

/** Apollo's options that hold every request to the limits, and the operation check its hook runs. */
export interface Protection {
  readonly options: Pick<ApolloServerOptions<Context>, 'plugins' | 'validationRules' | 'allowBatchedHttpRequests' | 'introspection' | 'parseOptions'>;
  /** For operations answered without Apollo (src/prepared.ts): the same check, sharing what it kept. */
  readonly checkOperation: OperationCheck;
}

/**
 * Apollo options that hold every request to `limits`: GraphQL Armor's depth, alias and directive
 * rules; graphql-js's own token limit in the parser; our cost and page size check; batching as
 * configured; introspection off in production. (Armor's Apollo wrapper is typed against Apollo's
 * CommonJS build and cannot be combined with this ESM server's plugins, so its rules are used
 * directly; its cost limit counts each field once, where ours counts list sizes.)
 */
export function protection(limits: Limits): Protection {
  const checkOperation = operationCheck(limits);
  return {
    options: {
      plugins: [operationPlugin(checkOperation)],
      validationRules: [
        maxDepthRule({ n: limits.maxDepth, ...armorReports('maxDepth') }),
        maxAliasesRule({ n: limits.maxAliases, ...armorReports('maxAliases') }),
        maxDirectivesRule({ n: limits.maxDirectives, ...armorReports('maxDirectives') }),
      ],
      parseOptions: { maxTokens: limits.maxTokens },
      allowBatchedHttpRequests: limits.batching,
      introspection: !limits.production,
    },
    checkOperation,
  };
}
