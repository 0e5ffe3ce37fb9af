/**
 * Shapes of what the Cypher translator returns. A root field's query projects exactly the
 * selection set, keyed by response name (alias or field name), so a record is a partial map
 * whose keys depend on the query. Connection maps also carry `__offset` (items before the page),
 * `__first` (the page size asked) and, when totalCount or pageInfo is selected, `__total`.
 */
export interface Projected {
  readonly [responseKey: string]: unknown;
}

export interface PageInfoRecord {
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
  readonly startCursor: string | null;
  readonly endCursor: string | null;
}
