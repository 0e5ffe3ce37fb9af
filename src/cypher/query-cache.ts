import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { cacheLookup } from '../metrics.js';
import type { CypherQuery } from './translate/scope.js';

/** Queries remembered as seen once, by a digest of their text and parameters (about 15 MB when full). */
const SEEN_QUERIES = 100_000;

/**
 * Answers of translated queries, each kept under the graph version it was read at (see
 * readGraphVersion in src/database.ts). A query's text and parameters are the whole of what it
 * asks, since the translator builds them from the root field's selection and arguments alone; an
 * answer is served again only to a request that reads the same version, so never after a write.
 * Bounded by the approximate size of the answers, least recently used first out.
 *
 * A query is kept from its second sight on. The first time, it runs on its own, as with the
 * cache off: a version read would cost it a round trip, and most queries seen once (a long tail
 * of ids) are never asked again.
 */
export class QueryCache {
  private readonly entries: LRUCache<string, { readonly value: unknown; readonly size: number }>;
  private readonly seen = new LRUCache<string, true>({ max: SEEN_QUERIES });
  /**
   * Each translation's key and its digest, worked out once: the translator hands out the same
   * object for a repeated request, so a hit neither serialises the parameters nor hashes again.
   */
  private readonly keys = new WeakMap<CypherQuery, { readonly key: string; readonly digest: string }>();

  /**
   * @param windowMs how long one read of the graph's version serves later requests, and so how
   * long every write waits after its commit (src/cypher/version-reads.ts); 0 reads it per request.
   */
  constructor(
    maxBytes: number,
    readonly windowMs = 0,
  ) {
    this.entries = new LRUCache({ maxSize: maxBytes, sizeCalculation: (entry, key) => entry.size + key.length });
  }

  private identify(query: CypherQuery): { readonly key: string; readonly digest: string } {
    let known = this.keys.get(query);
    if (known === undefined) {
      const key = `${query.text}\n${JSON.stringify(query.params)}`;
      known = { key, digest: createHash('sha256').update(key).digest('base64') };
      this.keys.set(query, known);
    }
    return known;
  }

  /** Whether `query` was seen before, and so is worth a version read and a place; a first sight is counted as a miss. */
  wanted(query: CypherQuery): boolean {
    const { digest } = this.identify(query);
    if (this.seen.has(digest)) return true;
    this.seen.set(digest, true);
    cacheLookup('miss');
    return false;
  }

  /** The answer held for `query` at `version`, counted as a hit or a miss. */
  get(version: string, query: CypherQuery): { readonly value: unknown } | undefined {
    const entry = this.entries.get(`${version}\n${this.identify(query).key}`);
    cacheLookup(entry ? 'hit' : 'miss');
    return entry;
  }

  /** Keeps an answer read at `version`; frozen, since every later request shares it. */
  set(version: string, query: CypherQuery, value: unknown): void {
    this.entries.set(`${version}\n${this.identify(query).key}`, { value: deepFreeze(value), size: JSON.stringify(value ?? null).length });
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}
