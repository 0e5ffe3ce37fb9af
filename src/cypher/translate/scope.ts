import type { FragmentDefinitionNode, GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import neo4j from 'neo4j-driver';

/** One Cypher statement with its parameters: user input only ever travels in `params`. */
export interface CypherQuery {
  readonly text: string;
  readonly params: Record<string, unknown>;
}

/** What the server's configuration decides about every translation. */
export interface TranslateOptions {
  /** The largest page (GRAPHQL_MAX_PAGE_SIZE); a page size left to its default shrinks to it. */
  readonly maxPageSize: number;
}

/**
 * The state of one translation: the parameters collected so far, and fresh variable names.
 * Variable names must never repeat, because a subquery that reuses an outer name would bind
 * to the outer variable instead of introducing a new one.
 */
export class Scope {
  readonly params: Record<string, unknown> = {};
  private counter = 0;
  /**
   * Parameters already registered, by value (objects by identity): a value used in many places,
   * such as the page size of every nested connection, travels to Neo4j once.
   */
  private readonly known = new Map<unknown, string>();
  private readonly knownInts = new Map<number, string>();

  constructor(
    readonly schema: GraphQLSchema,
    readonly fragments: Readonly<Record<string, FragmentDefinitionNode>>,
    readonly variableValues: Readonly<Record<string, unknown>>,
    readonly options: TranslateOptions,
  ) {}

  /** The scope of a root field's translation. */
  static of(info: GraphQLResolveInfo, options: TranslateOptions): Scope {
    return new Scope(info.schema, info.fragments, info.variableValues, options);
  }

  /** Registers a value as a query parameter and returns its `$name`. */
  param(value: unknown): string {
    const known = this.known.get(value);
    if (known !== undefined) return known;
    const name = this.register(value);
    this.known.set(value, name);
    return name;
  }

  /** An integer parameter: JavaScript numbers reach Neo4j as floats, which SKIP and LIMIT refuse. */
  intParam(value: number): string {
    const known = this.knownInts.get(value);
    if (known !== undefined) return known;
    const name = this.register(neo4j.int(value));
    this.knownInts.set(value, name);
    return name;
  }

  private register(value: unknown): string {
    const name = `p${this.counter++}`;
    this.params[name] = value;
    return `$${name}`;
  }

  /** A variable name not used anywhere else in the query. */
  variable(prefix: string): string {
    return `${prefix}${this.counter++}`;
  }
}

/**
 * A GraphQL response key (alias or field name) as a Cypher map key. A GraphQL name is a Cypher
 * identifier, and Cypher takes any identifier as a map key, keywords too (`{match: 1}`), so it
 * goes unquoted: the statement is shorter by two bytes a key. Anything else is refused rather
 * than quoted, as no parsed document can hold it.
 */
export function mapKey(responseKey: string): string {
  if (!/^[_A-Za-z][_0-9A-Za-z]*$/.test(responseKey)) throw new Error(`not a GraphQL name: ${responseKey}`);
  return responseKey;
}

/** A name from our own schema (a type, label or relationship type) as a Cypher string literal. */
export function schemaLiteral(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`not a schema name: ${name}`);
  return `'${name}'`;
}
