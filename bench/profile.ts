/**
 * PROFILE of the exact Cypher our server sends for each benchmark operation, and its comparison
 * with the committed baseline (bench/profile-baseline.json). Database hits and rows do not
 * depend on the machine's speed, so a rise in them is a regression in the query itself: a lost
 * index, a plan that expands more than it needs.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { Driver, Record as Neo4jRecord } from 'neo4j-driver';
import { PROJECT_ROOT, loadConfig } from '../src/config.js';
import { sourceCatalogue } from '../src/records/sources.js';
import { createContext, createServices } from '../src/context.js';
import { GraphStore } from '../src/cypher/graph-store.js';
import type { CypherQuery } from '../src/cypher/translate/scope.js';
import { DEFAULT_LIMITS } from '../src/config.js';
import { silentLogger } from '../src/log.js';
import { createApp } from '../src/server.js';
import type { SyntheticGraph } from './generate.js';
import { document, type Operation } from './operations.js';

export interface QueryProfile {
  /** Mean over the sampled requests. */
  readonly dbHits: number;
  /** Rows summed over every operator of the plan, a measure of intermediate work; mean over the samples. */
  readonly rows: number;
  readonly samples: number;
}

interface PlanNode {
  readonly dbHits: number;
  readonly rows: number;
  readonly children: readonly PlanNode[];
}

function totals(plan: PlanNode): { dbHits: number; rows: number } {
  return plan.children
    .map(totals)
    .reduce((sum, child) => ({ dbHits: sum.dbHits + child.dbHits, rows: sum.rows + child.rows }), { dbHits: plan.dbHits, rows: plan.rows });
}

/** Our graph store, with every query run under PROFILE and its totals kept. */
class ProfilingGraphStore extends GraphStore {
  readonly profiles: { dbHits: number; rows: number }[] = [];

  constructor(private readonly profilingDriver: Driver) {
    super(profilingDriver, undefined, { maxPageSize: DEFAULT_LIMITS.maxPageSize });
  }

  protected override async records(query: CypherQuery): Promise<Neo4jRecord[]> {
    const session = this.profilingDriver.session({ defaultAccessMode: 'READ' });
    try {
      const result = await session.executeRead((tx) => tx.run(`PROFILE ${query.text}`, query.params));
      const plan = result.summary.profile;
      if (plan) this.profiles.push(totals(plan));
      return result.records;
    } finally {
      await session.close();
    }
  }
}

/** Profiles each operation through our whole GraphQL stack, over `samples` variable sets. */
export async function profileOperations(
  driver: Driver,
  graph: SyntheticGraph,
  operations: readonly Operation[],
  samples = 20,
): Promise<Map<string, QueryProfile>> {
  const store = new ProfilingGraphStore(driver);
  const services = createServices(driver, undefined, sourceCatalogue(loadConfig().seedDir), { limits: DEFAULT_LIMITS, graph: store });
  const { apollo } = await createApp(services, http.createServer(), { logger: silentLogger, auth: { tokens: [], anonymousRead: true } });
  const profiles = new Map<string, QueryProfile>();
  try {
    for (const operation of operations) {
      store.profiles.length = 0;
      for (let i = 0; i < samples; i++) {
        const response = await apollo.executeOperation(
          { query: document('ours', operation.name), variables: operation.variables(graph, i) },
          { contextValue: createContext(services) },
        );
        if (response.body.kind !== 'single' || response.body.singleResult.errors) {
          throw new Error(`profiling ${operation.name}: ${JSON.stringify(response.body).slice(0, 500)}`);
        }
      }
      const mean = (pick: (entry: { dbHits: number; rows: number }) => number): number =>
        Math.round(store.profiles.reduce((sum, entry) => sum + pick(entry), 0) / store.profiles.length);
      profiles.set(operation.name, { dbHits: mean((entry) => entry.dbHits), rows: mean((entry) => entry.rows), samples: store.profiles.length });
    }
  } finally {
    await apollo.stop();
  }
  return profiles;
}

export const BASELINE_FILE = path.join(PROJECT_ROOT, 'bench', 'profile-baseline.json');

/** Baseline entries by Neo4j version, then `<scale>/<operation>`: plans differ between versions. */
type Baseline = Record<string, Record<string, QueryProfile>>;

export function readBaseline(file = BASELINE_FILE): Baseline {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Baseline) : {};
}

export function writeBaseline(baseline: Baseline, file = BASELINE_FILE): void {
  writeFileSync(file, `${JSON.stringify(baseline, null, 2)}\n`);
}

export interface ProfileCheck {
  readonly scale: number;
  readonly operation: string;
  readonly profile: QueryProfile;
  readonly baseline: QueryProfile | null;
  /** Why this profile is a regression, or null when it is not (or there is nothing to compare). */
  readonly regression: string | null;
}

/** A profile regresses when its database hits or rows exceed the baseline's by more than `tolerance`. */
export function checkProfile(scale: number, operation: string, profile: QueryProfile, baseline: QueryProfile | undefined, tolerance: number): ProfileCheck {
  if (!baseline) return { scale, operation, profile, baseline: null, regression: null };
  const reasons = (['dbHits', 'rows'] as const)
    .filter((measure) => profile[measure] > baseline[measure] * (1 + tolerance))
    .map((measure) => `${measure} ${baseline[measure]} → ${profile[measure]} (+${Math.round((profile[measure] / Math.max(1, baseline[measure]) - 1) * 100)}%)`);
  return { scale, operation, profile, baseline, regression: reasons.length > 0 ? reasons.join(', ') : null };
}
