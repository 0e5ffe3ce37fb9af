import { LRUCache } from 'lru-cache';
import { cacheLookup } from '../metrics.js';
import type { CypherQuery } from './translate/scope.js';

/**
 * Answers of translated queries, each kept under the graph version it was read at (see
 * readGraphVersion in src/database.ts). A query's text and parameters are the whole of what it
 * asks, since the translator builds them from the root field's selection and arguments alone; an
 * answer is served again only to a request that reads the same version, so never after a write.
 * Bounded by the approximate size of the answers, least recently used first out.
 */
export class QueryCache {
  private readonly entries: LRUCache<string, { readonly value: unknown; readonly size: number }>;
  /** The version most recently read: where a repeated query's answer is likely to be. */
  private latest: string | null = null;

  constructor(maxBytes: number) {
    this.entries = new LRUCache({ maxSize: maxBytes, sizeCalculation: (entry, key) => entry.size + key.length });
  }

  private static key(version: string, query: CypherQuery): string {
    return `${version}\n${query.text}\n${JSON.stringify(query.params)}`;
  }

  /**
   * Whether an answer to `query` is held under the latest version seen: only then is the version
   * worth reading first. Without one the lookup is a miss, counted here.
   */
  hasCandidate(query: CypherQuery): boolean {
    const held = this.latest !== null && this.entries.has(QueryCache.key(this.latest, query));
    if (!held) cacheLookup('miss');
    return held;
  }

  /** The answer held for `query` at `version`, counted as a hit or a miss. */
  get(version: string, query: CypherQuery): { readonly value: unknown } | undefined {
    const entry = this.entries.get(QueryCache.key(version, query));
    cacheLookup(entry ? 'hit' : 'miss');
    return entry;
  }

  /** Keeps an answer read at `version`; frozen, since every later request shares it. */
  set(version: string, query: CypherQuery, value: unknown): void {
    this.latest = version;
    this.entries.set(QueryCache.key(version, query), { value: deepFreeze(value), size: JSON.stringify(value ?? null).length });
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}
