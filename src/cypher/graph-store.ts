import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import type { Driver, Record as Neo4jRecord } from 'neo4j-driver';
import { translateDatabaseError } from '../errors.js';
import { markProjected, type Projected } from '../graph/records.js';
import { announceReadWindow, committedWrites, readGraphVersion, readQuery, type GraphVersion } from '../database.js';
import type { QueryCache } from './query-cache.js';
import { SharedVersionReads } from './version-reads.js';
import {
  batchCoverageQuery,
  coverageBySourceCountQuery,
  designationsByProvinceAndTierQuery,
  designationsByProvinceQuery,
  designationsByYearAndTierQuery,
  entityCountsQuery,
  sourceCoverageQuery,
  tiersQuery,
  type DesignationFilter,
} from './translate/aggregations.js';
import { designationHistoryQuery, listQuery, neighborhoodQuery, nodeQuery, searchQuery, shortestPathQuery, sourceQuery } from './translate/queries.js';
import type { CypherQuery, TranslateOptions } from './translate/scope.js';

/** A translated query's answer: its one record's `result`, marked as the translator's. */
function resultOf(records: readonly Neo4jRecord[]): unknown {
  const first = records[0];
  return first ? markProjected(first.get('result') as unknown) : null;
}

/** How often, at most, a store whose window the graph does not carry announces it again. */
const ANNOUNCE_EVERY_MS = 10_000;

/** Translations kept per root field node: enough for the variable sets a page repeats, bounded. */
const TRANSLATIONS_PER_FIELD = 256;

/**
 * The boundary between the API and Neo4j: every root field becomes exactly ONE Cypher query,
 * translated from its whole selection set, and runs in a read transaction (readQuery); with the
 * query cache on, after a read of the graph's version, and not at all when the cache holds its
 * answer.
 */
export class GraphStore {
  private readonly versions: SharedVersionReads;
  /** This process's committed writes when the version reads last heard of them. */
  private writesSeen: number;
  /** When this store last announced its window to the graph (announceWindow). */
  private announcedAt = -Infinity;
  /**
   * Translations by root field node and variable values. Apollo keeps each operation's parsed
   * and validated document, so a repeated operation brings the very same field nodes again, and
   * with the same variables (and this store's options) the translation is the same.
   */
  private readonly translations = new WeakMap<FieldNode, Map<string, CypherQuery>>();

  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
    private readonly options: TranslateOptions,
    private readonly cache: QueryCache | null = null,
  ) {
    this.writesSeen = committedWrites(driver);
    const windowMs = cache?.windowMs ?? 0;
    this.versions = new SharedVersionReads(async () => {
      const version = await readGraphVersion(driver, database);
      if (version && version.windowMs < windowMs) this.announceWindow(windowMs);
      return version;
    }, windowMs);
  }

  /**
   * Asks every writer to wait out this store's window (see BUMP_VERSION in src/database.ts).
   * Until a read shows the graph carrying it, reads are not shared over time; so the first reads
   * after a start, or after the version node was wiped by hand, announce it, in the background
   * and at most every ANNOUNCE_EVERY_MS, since a database that refuses the write (a read-only
   * user) only costs the cache that sharing.
   */
  private announceWindow(windowMs: number): void {
    const now = performance.now();
    if (now - this.announcedAt < ANNOUNCE_EVERY_MS) return;
    this.announcedAt = now;
    announceReadWindow(this.driver, this.database, windowMs).catch(() => undefined);
  }

  /**
   * This store as one request sees it: with the cache on, the graph's version is read once for
   * the request's root fields together (and again after a write the process committed since),
   * and the view remembers the versions its root fields were answered at (answerVersion).
   */
  forRequest(): this {
    if (!this.cache) return this;
    const view = Object.create(this) as this;
    let read: { readonly writes: number; readonly version: Promise<GraphVersion | null> } | null = null;
    let answered: { fields: number; token: string | null } | null = null;
    view.requestVersion = () => {
      if (!read || read.writes !== committedWrites(this.driver)) read = { writes: committedWrites(this.driver), version: this.latestVersion() };
      return read.version;
    };
    view.answeredAt = (token) => {
      // Two versions in one request (a write in between) make no one version the answer's.
      answered = answered === null ? { fields: 1, token } : { fields: answered.fields + 1, token: answered.token === token ? token : null };
    };
    view.answerVersion = (rootFields) => (answered !== null && answered.fields === rootFields ? answered.token : null);
    return view;
  }

  /** Notes that a root field of the request was answered at version `token`; only a request's view keeps count. */
  protected answeredAt(_token: string): void {}

  /**
   * The version at which all of a request's `rootFields` were answered, when each was answered
   * through the cache at that one version; otherwise null (and always outside a request's view).
   */
  answerVersion(_rootFields: number): string | null {
    return null;
  }

  /** The graph's version as the current request sees it; on the store itself, a shared read that may serve a request arriving now. */
  requestVersion(): Promise<GraphVersion | null> {
    return this.latestVersion();
  }

  /** A shared version read; none sent before this process's latest write, which this instance sees at once. */
  private latestVersion(): Promise<GraphVersion | null> {
    const writes = committedWrites(this.driver);
    if (writes !== this.writesSeen) {
      this.writesSeen = writes;
      this.versions.forget();
    }
    return this.versions.latest();
  }

  /** Runs one translated query. Protected so that the benchmark can profile exactly these queries. */
  protected records(query: CypherQuery): Promise<Neo4jRecord[]> {
    return readQuery(this.driver, this.database, query.text, query.params);
  }

  private translated(info: GraphQLResolveInfo, translate: () => CypherQuery): CypherQuery {
    const field = info.fieldNodes[0];
    if (!field) return translate();
    let known = this.translations.get(field);
    if (!known) this.translations.set(field, (known = new Map<string, CypherQuery>()));
    const variables = JSON.stringify(info.variableValues);
    let query = known.get(variables);
    if (!query) {
      if (known.size >= TRANSLATIONS_PER_FIELD) known.clear();
      query = translate();
      known.set(variables, query);
    }
    return query;
  }

  private async result<T>(info: GraphQLResolveInfo, translate: () => CypherQuery): Promise<T | null> {
    const query = this.translated(info, translate);
    try {
      return (this.cache ? await this.cached(this.cache, query) : resultOf(await this.records(query))) as T | null;
    } catch (error) {
      throw translateDatabaseError(error);
    }
  }

  /**
   * A held answer when the request's version matches the one it was read at. Otherwise the
   * query runs after the version read has answered, so the answer is at least as new as the
   * version it is kept under (it may be newer, which no later request can mistake for stale:
   * a write since then has replaced the version every later request reads). A query seen for
   * the first time just runs.
   */
  private async cached(cache: QueryCache, query: CypherQuery): Promise<unknown> {
    if (!cache.wanted(query)) return resultOf(await this.records(query));
    const version = (await this.requestVersion())?.token;
    if (version === undefined) return resultOf(await this.records(query));
    const hit = cache.get(version, query);
    const value = hit ? hit.value : resultOf(await this.records(query));
    if (!hit) cache.set(version, query, value);
    this.answeredAt(version);
    return value;
  }

  node(info: GraphQLResolveInfo, id: string): Promise<Projected | null> {
    return this.result(info, () => nodeQuery(info, id, this.options));
  }

  source(info: GraphQLResolveInfo, id: string): Promise<Projected | null> {
    return this.result(info, () => sourceQuery(info, id, this.options));
  }

  async list(info: GraphQLResolveInfo, label: string): Promise<Projected> {
    return (await this.result<Projected>(info, () => listQuery(info, label, this.options))) ?? {};
  }

  async search(info: GraphQLResolveInfo, args: Parameters<typeof searchQuery>[1]): Promise<Projected[]> {
    return (await this.result<Projected[]>(info, () => searchQuery(info, args, this.options))) ?? [];
  }

  neighborhood(info: GraphQLResolveInfo, args: Parameters<typeof neighborhoodQuery>[1]): Promise<Projected | null> {
    return this.result(info, () => neighborhoodQuery(info, args, this.options));
  }

  designationHistory(info: GraphQLResolveInfo, id: string): Promise<Projected[] | null> {
    return this.result(info, () => designationHistoryQuery(info, id, this.options));
  }

  shortestPath(info: GraphQLResolveInfo, args: Parameters<typeof shortestPathQuery>[1]): Promise<Projected | null> {
    return this.result(info, () => shortestPathQuery(info, args, this.options));
  }

  private async rows(info: GraphQLResolveInfo, translate: () => CypherQuery): Promise<Projected[]> {
    return (await this.result<Projected[]>(info, translate)) ?? [];
  }

  entityCounts(info: GraphQLResolveInfo): Promise<Projected[]> {
    return this.rows(info, () => entityCountsQuery(info, this.options));
  }

  designationsByProvince(info: GraphQLResolveInfo, filter: Omit<DesignationFilter, 'province'>): Promise<Projected[]> {
    return this.rows(info, () => designationsByProvinceQuery(info, filter, this.options));
  }

  designationsByProvinceAndTier(info: GraphQLResolveInfo, filter: DesignationFilter): Promise<Projected[]> {
    return this.rows(info, () => designationsByProvinceAndTierQuery(info, filter, this.options));
  }

  tiers(info: GraphQLResolveInfo): Promise<Projected[]> {
    return this.rows(info, () => tiersQuery(info, this.options));
  }

  batchCoverage(info: GraphQLResolveInfo, filter: DesignationFilter): Promise<Projected[]> {
    return this.rows(info, () => batchCoverageQuery(info, filter, this.options));
  }

  designationsByYearAndTier(info: GraphQLResolveInfo, filter: DesignationFilter): Promise<Projected[]> {
    return this.rows(info, () => designationsByYearAndTierQuery(info, filter, this.options));
  }

  sourceCoverage(info: GraphQLResolveInfo): Promise<Projected[]> {
    return this.rows(info, () => sourceCoverageQuery(info, this.options));
  }

  coverageBySourceCount(info: GraphQLResolveInfo): Promise<Projected[]> {
    return this.rows(info, () => coverageBySourceCountQuery(info, this.options));
  }

  /** Whether Neo4j answers, and which server it is, for the health endpoint. */
  async health(): Promise<{ reachable: boolean; version?: string; error?: string }> {
    try {
      const info = await this.driver.getServerInfo({ database: this.database });
      return { reachable: true, version: info.agent ?? 'unknown' };
    } catch (error) {
      return { reachable: false, error: error instanceof Error ? error.message : String(error) };
    }
  }
}
