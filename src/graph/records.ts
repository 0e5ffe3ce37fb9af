/**
 * Shapes of what the Cypher translator returns. A root field's query projects exactly the
 * selection set, keyed by response name (alias or field name), so a record is a partial map
 * whose keys depend on the query. Connection maps also carry bookkeeping under `__` keys (see
 * projectConnection in src/cypher/translate/projection.ts).
 */
export interface Projected {
  readonly [responseKey: string]: unknown;
}

/**
 * Where a connection map holds the edge list `edgesKey` as bare nodes: edges whose selection is
 * `node` alone travel that way, and the edges resolver wraps them. Aliases cannot begin with
 * `__` (src/cypher/translate/fields.ts), so the key never meets a response key.
 */
export function nodeListKey(edgesKey: string): string {
  return `__nodes_${edgesKey}`;
}

export interface PageInfoRecord {
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
  readonly startCursor: string | null;
  readonly endCursor: string | null;
}

/**
 * Marks the maps the translator built. Only those are keyed by response key; every other record
 * (a mutation's Change, an audit entry, PageInfo) is keyed by field name, and the default field
 * resolver (src/server.ts) must tell them apart. A symbol never reaches a JSON response, and
 * object spread copies it, so an edge rebuilt from a marked one stays marked.
 */
const PROJECTED = Symbol('projected by the translator');

function isPlainObject(value: unknown): value is Record<PropertyKey, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function mark(value: unknown): void {
  if (Array.isArray(value)) {
    for (const item of value) mark(item);
  } else if (isPlainObject(value)) {
    value[PROJECTED] = true;
    for (const item of Object.values(value)) mark(item);
  }
}

/** Marks every map in a translated query's result, at every depth, and returns the result. */
export function markProjected<T>(value: T): T {
  mark(value);
  return value;
}

/** Whether a record was built by the translator, and so is keyed by response key. */
export function isProjected(record: object): boolean {
  return PROJECTED in record;
}
