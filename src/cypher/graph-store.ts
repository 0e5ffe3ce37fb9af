import type { GraphQLResolveInfo } from 'graphql';
import type { Driver, Record as Neo4jRecord } from 'neo4j-driver';
import { translateDatabaseError } from '../errors.js';
import { markProjected, type Projected } from '../graph/records.js';
import { readTransaction } from './run.js';
import {
  batchCoverageQuery,
  coverageBySourceCountQuery,
  designationsByProvinceQuery,
  designationsByYearAndTierQuery,
  entityCountsQuery,
  sourceCoverageQuery,
  tiersQuery,
} from './translate/aggregations.js';
import {
  listQuery,
  neighborhoodQuery,
  nodeQuery,
  searchQuery,
  shortestPathQuery,
  sourceQuery,
} from './translate/queries.js';
import type { CypherQuery } from './translate/scope.js';

/**
 * The boundary between the API and Neo4j: every root field becomes exactly ONE Cypher query,
 * translated from its whole selection set, and runs in a read transaction.
 */
export class GraphStore {
  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
  ) {}

  /** Runs one translated query. Protected so that the benchmark can profile exactly these queries. */
  protected records(query: CypherQuery): Promise<Neo4jRecord[]> {
    return readTransaction(this.driver, this.database, async (tx) => (await tx.run(query.text, query.params)).records);
  }

  private async result<T>(query: CypherQuery): Promise<T | null> {
    try {
      const records = await this.records(query);
      const first = records[0];
      return first ? markProjected(first.get('result') as T) : null;
    } catch (error) {
      throw translateDatabaseError(error);
    }
  }

  node(info: GraphQLResolveInfo, id: string): Promise<Projected | null> {
    return this.result(nodeQuery(info, id));
  }

  source(info: GraphQLResolveInfo, id: string): Promise<Projected | null> {
    return this.result(sourceQuery(info, id));
  }

  async list(info: GraphQLResolveInfo, label: string): Promise<Projected> {
    return (await this.result<Projected>(listQuery(info, label))) ?? {};
  }

  async search(info: GraphQLResolveInfo, args: Parameters<typeof searchQuery>[1]): Promise<Projected[]> {
    return (await this.result<Projected[]>(searchQuery(info, args))) ?? [];
  }

  neighborhood(info: GraphQLResolveInfo, args: Parameters<typeof neighborhoodQuery>[1]): Promise<Projected | null> {
    return this.result(neighborhoodQuery(info, args));
  }

  shortestPath(info: GraphQLResolveInfo, args: Parameters<typeof shortestPathQuery>[1]): Promise<Projected | null> {
    return this.result(shortestPathQuery(info, args));
  }

  private async rows(query: CypherQuery): Promise<Projected[]> {
    return (await this.result<Projected[]>(query)) ?? [];
  }

  entityCounts(info: GraphQLResolveInfo): Promise<Projected[]> {
    return this.rows(entityCountsQuery(info));
  }

  designationsByProvince(info: GraphQLResolveInfo, tier: string | null | undefined): Promise<Projected[]> {
    return this.rows(designationsByProvinceQuery(info, tier));
  }

  tiers(info: GraphQLResolveInfo): Promise<Projected[]> {
    return this.rows(tiersQuery(info));
  }

  batchCoverage(info: GraphQLResolveInfo, tier: string | null | undefined): Promise<Projected[]> {
    return this.rows(batchCoverageQuery(info, tier));
  }

  designationsByYearAndTier(info: GraphQLResolveInfo): Promise<Projected[]> {
    return this.rows(designationsByYearAndTierQuery(info));
  }

  sourceCoverage(info: GraphQLResolveInfo): Promise<Projected[]> {
    return this.rows(sourceCoverageQuery(info));
  }

  coverageBySourceCount(info: GraphQLResolveInfo): Promise<Projected[]> {
    return this.rows(coverageBySourceCountQuery(info));
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
