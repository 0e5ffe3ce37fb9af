import type { GraphQLResolveInfo } from 'graphql';
import type { Driver, Record as Neo4jRecord } from 'neo4j-driver';
import { translateDatabaseError } from '../errors.js';
import { markProjected, type Projected } from '../graph/records.js';
import { committedWrites, graphVersionIn, readGraphVersion, readTransaction } from '../database.js';
import type { QueryCache } from './query-cache.js';
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

/**
 * The boundary between the API and Neo4j: every root field becomes exactly ONE Cypher query,
 * translated from its whole selection set, and runs in a read transaction; with the query cache
 * on, beside a read of the graph's version, and not at all when the cache holds its answer.
 */
export class GraphStore {
  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
    private readonly options: TranslateOptions,
    private readonly cache: QueryCache | null = null,
  ) {}

  /**
   * This store as one request sees it: with the cache on, the graph's version is read once for
   * the request's root fields together (and again after a write the process committed since).
   */
  forRequest(): this {
    if (!this.cache) return this;
    const view = Object.create(this) as this;
    let read: { readonly writes: number; readonly version: Promise<string | null> } | null = null;
    view.requestVersion = () => {
      if (!read || read.writes !== committedWrites()) read = { writes: committedWrites(), version: readGraphVersion(this.driver, this.database) };
      return read.version;
    };
    return view;
  }

  /** The graph's version as the current request sees it; outside a request, read each time. */
  protected requestVersion(): Promise<string | null> {
    return readGraphVersion(this.driver, this.database);
  }

  /** Runs one translated query. Protected so that the benchmark can profile exactly these queries. */
  protected records(query: CypherQuery): Promise<Neo4jRecord[]> {
    return readTransaction(this.driver, this.database, async (tx) => (await tx.run(query.text, query.params)).records);
  }

  private async result<T>(query: CypherQuery): Promise<T | null> {
    try {
      return (this.cache ? await this.cached(this.cache, query) : resultOf(await this.records(query))) as T | null;
    } catch (error) {
      throw translateDatabaseError(error);
    }
  }

  /**
   * A held answer when the request's version matches the one it was read at. Otherwise the
   * query runs in one transaction with a read of the version before it, so the answer is at
   * least as new as the version it is kept under.
   */
  private async cached(cache: QueryCache, query: CypherQuery): Promise<unknown> {
    if (cache.hasCandidate(query)) {
      const version = await this.requestVersion();
      const hit = version === null ? undefined : cache.get(version, query);
      if (hit) return hit.value;
    }
    const [version, value] = await readTransaction(this.driver, this.database, async (tx) => {
      // Both statements go out together: the version costs no round trip of its own.
      const versionRead = graphVersionIn(tx);
      const answer = tx.run(query.text, query.params);
      return [await versionRead, resultOf((await answer).records)] as const;
    });
    if (version !== null) cache.set(version, query, value);
    return value;
  }

  node(info: GraphQLResolveInfo, id: string): Promise<Projected | null> {
    return this.result(nodeQuery(info, id, this.options));
  }

  source(info: GraphQLResolveInfo, id: string): Promise<Projected | null> {
    return this.result(sourceQuery(info, id, this.options));
  }

  async list(info: GraphQLResolveInfo, label: string): Promise<Projected> {
    return (await this.result<Projected>(listQuery(info, label, this.options))) ?? {};
  }

  async search(info: GraphQLResolveInfo, args: Parameters<typeof searchQuery>[1]): Promise<Projected[]> {
    return (await this.result<Projected[]>(searchQuery(info, args, this.options))) ?? [];
  }

  neighborhood(info: GraphQLResolveInfo, args: Parameters<typeof neighborhoodQuery>[1]): Promise<Projected | null> {
    return this.result(neighborhoodQuery(info, args, this.options));
  }

  designationHistory(info: GraphQLResolveInfo, id: string): Promise<Projected[] | null> {
    return this.result(designationHistoryQuery(info, id, this.options));
  }

  shortestPath(info: GraphQLResolveInfo, args: Parameters<typeof shortestPathQuery>[1]): Promise<Projected | null> {
    return this.result(shortestPathQuery(info, args, this.options));
  }

  private async rows(query: CypherQuery): Promise<Projected[]> {
    return (await this.result<Projected[]>(query)) ?? [];
  }

  entityCounts(info: GraphQLResolveInfo): Promise<Projected[]> {
    return this.rows(entityCountsQuery(info, this.options));
  }

  designationsByProvince(info: GraphQLResolveInfo, filter: Omit<DesignationFilter, 'province'>): Promise<Projected[]> {
    return this.rows(designationsByProvinceQuery(info, filter, this.options));
  }

  designationsByProvinceAndTier(info: GraphQLResolveInfo, filter: DesignationFilter): Promise<Projected[]> {
    return this.rows(designationsByProvinceAndTierQuery(info, filter, this.options));
  }

  tiers(info: GraphQLResolveInfo): Promise<Projected[]> {
    return this.rows(tiersQuery(info, this.options));
  }

  batchCoverage(info: GraphQLResolveInfo, filter: DesignationFilter): Promise<Projected[]> {
    return this.rows(batchCoverageQuery(info, filter, this.options));
  }

  designationsByYearAndTier(info: GraphQLResolveInfo, filter: DesignationFilter): Promise<Projected[]> {
    return this.rows(designationsByYearAndTierQuery(info, filter, this.options));
  }

  sourceCoverage(info: GraphQLResolveInfo): Promise<Projected[]> {
    return this.rows(sourceCoverageQuery(info, this.options));
  }

  coverageBySourceCount(info: GraphQLResolveInfo): Promise<Projected[]> {
    return this.rows(coverageBySourceCountQuery(info, this.options));
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
