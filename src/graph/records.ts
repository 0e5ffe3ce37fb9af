/**
 * Shapes of what the Cypher translator returns. A root field's query projects exactly the
 * selection set, keyed by response name (alias or field name), so a record is a partial map
 * whose keys depend on the query; connection maps also carry the bookkeeping fields below.
 */
export interface Projected {
  readonly [responseKey: string]: unknown;
}

/** Bookkeeping the translator adds to every connection it projects. */
export interface ConnectionRecord extends Projected {
  /** How many items precede this page. */
  readonly __offset: number;
  /** The page size asked for. */
  readonly __first: number;
  /** All matching items; present when totalCount or pageInfo is selected. */
  readonly __total?: number;
}

export interface PageInfoRecord {
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
  readonly startCursor: string | null;
  readonly endCursor: string | null;
}
