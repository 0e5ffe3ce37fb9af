/** Page sizes of connections and search: defaults, and the translator's own ceiling. */

import { BadUserInputError } from '../../errors.js';

/** A connection's `first` when the query gives none, unless the configured maximum is lower. */
export const DEFAULT_PAGE_SIZE = 20;
/** Search's `first` when the query gives none, unless the configured maximum is lower. */
export const DEFAULT_SEARCH_HITS = 10;
/** The translator never pages more than this many items, whatever is configured. */
export const MAX_PAGE_SIZE = 100;

/** The page size: `first` as given, else the default shrunk to the configured maximum. */
export function pageSize(first: number | null | undefined, fallback: number, maxPageSize: number): number {
  const max = Math.min(maxPageSize, MAX_PAGE_SIZE);
  const size = first ?? Math.min(fallback, max);
  if (!Number.isInteger(size) || size < 0 || size > max) {
    throw new BadUserInputError(`first must be between 0 and ${max}, not ${String(first)}.`, 'first');
  }
  return size;
}
