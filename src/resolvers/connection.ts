import type { GraphQLResolveInfo } from 'graphql';
import { encodeCursor } from '../cypher/translate/filters.js';
import { isProjected, type PageInfoRecord, type Projected } from '../graph/records.js';

/**
 * Connections arrive from Cypher as one page of edges plus bookkeeping (__offset, __first,
 * __total); these resolvers derive cursors and pageInfo from it without asking the database again.
 */
function numberField(parent: Projected, name: string): number {
  const value = parent[name];
  return typeof value === 'number' ? value : 0;
}

function pageInfo(parent: Projected): PageInfoRecord {
  const offset = numberField(parent, '__offset');
  const first = numberField(parent, '__first');
  const total = numberField(parent, '__total');
  const count = Math.max(0, Math.min(first, total - offset));
  return {
    hasNextPage: offset + count < total,
    hasPreviousPage: offset > 0,
    startCursor: count > 0 ? encodeCursor(offset) : null,
    endCursor: count > 0 ? encodeCursor(offset + count - 1) : null,
  };
}

function edges(parent: Projected, _args: unknown, _context: unknown, info: GraphQLResolveInfo): Projected[] {
  const page = parent[isProjected(parent) ? info.path.key : info.fieldName];
  const offset = numberField(parent, '__offset');
  return Array.isArray(page) ? page.map((edge: Projected, index) => ({ ...edge, __cursor: encodeCursor(offset + index) })) : [];
}

export const connectionResolvers = {
  totalCount: (parent: Projected): number => numberField(parent, '__total'),
  pageInfo,
  edges,
};

export const edgeResolvers = {
  cursor: (parent: Projected): string => String(parent.__cursor),
};
