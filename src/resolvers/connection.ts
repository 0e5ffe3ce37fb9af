import type { GraphQLResolveInfo } from 'graphql';
import { encodeCursor, type KeyValue } from '../cypher/translate/paging.js';
import { isProjected, nodeListKey, type PageInfoRecord, type Projected } from '../graph/records.js';

/**
 * Connections arrive as one page of edges plus bookkeeping (src/cypher/translate/projection.ts,
 * projectConnection): as far as the query asks for them, each edge's sort key (`__key`), the
 * list's cursor fingerprint, the page size (`__first`), whether `after` was given, the sort keys
 * of the page and of the row after it (`__keys`) and the filter's total (`__total`). With
 * pageInfo, the page holds one edge more than asked when another page follows; these resolvers
 * leave it out, and derive cursors and pageInfo without asking the database again. Without
 * pageInfo, the page is exactly the edges to answer and carries no `__first`.
 */
function numberField(parent: Projected, name: string): number {
  const value = parent[name];
  return typeof value === 'number' ? value : 0;
}

function cursorOf(parent: Projected, key: unknown): string {
  return encodeCursor(String(parent.__fingerprint), Array.isArray(key) ? (key as KeyValue[]) : []);
}

/**
 * hasPreviousPage is true exactly when `after` was given: rows before the cursor may exist, and
 * finding out would cost another query for a client that pages forward only.
 */
function pageInfo(parent: Projected): PageInfoRecord {
  const first = numberField(parent, '__first');
  const keys = Array.isArray(parent.__keys) ? (parent.__keys as unknown[]) : [];
  const page = keys.slice(0, first);
  return {
    hasNextPage: keys.length > first,
    hasPreviousPage: parent.__after === true,
    startCursor: page.length > 0 ? cursorOf(parent, page[0]) : null,
    endCursor: page.length > 0 ? cursorOf(parent, page.at(-1)) : null,
  };
}

function edges(parent: Projected, _args: unknown, _context: unknown, info: GraphQLResolveInfo): Projected[] {
  const key = isProjected(parent) ? info.path.key : info.fieldName;
  const first = typeof parent.__first === 'number' ? parent.__first : undefined;
  const nodes = parent[nodeListKey(String(key))];
  if (Array.isArray(nodes)) return nodes.slice(0, first).map((node: unknown) => ({ node }));
  const page = parent[key];
  if (!Array.isArray(page)) return [];
  const edges = (page as Projected[]).slice(0, first);
  // Edges carry their sort key only when the query asks for their cursors.
  return edges.map((edge) => ('__key' in edge ? { ...edge, __cursor: cursorOf(parent, edge.__key) } : edge));
}

export const connectionResolvers = {
  totalCount: (parent: Projected): number => numberField(parent, '__total'),
  pageInfo,
  edges,
};

export const edgeResolvers = {
  cursor: (parent: Projected): string => String(parent.__cursor),
};
