import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.js';
import { applySchema } from '../cypher/setup.js';
import { seedDigest, seedIsCurrent, writeSeed, type Tally } from '../cypher/seed.js';
import { lastTransaction, type Database } from '../database.js';
import { divisionsFromSources, type Divisions } from '../divisions/codes.js';
import { PlaceResolver } from '../divisions/resolve.js';
import type { Logger } from '../log.js';
import { completePlan, planRecords, type Plan } from '../records/plan.js';
import { readRecordFile, RecordsError, type RawRecord, type RecordIssue } from '../records/read.js';
import { sourceCatalogue, SOURCES_FILE, type KnownSource } from '../records/sources.js';

/** A validated seed, ready to write: every place resolved, every reference defined, every quote in its source. */
export interface Seed {
  readonly sources: readonly KnownSource[];
  readonly plan: Plan;
}

/** What the seed and imports both need: the citable sources and the division codes. */
export interface Catalogue {
  readonly sources: Map<string, KnownSource>;
  readonly divisions: Divisions;
  readonly resolver: PlaceResolver;
}

/** Reads seed/sources.yaml, the texts it names and the division codes; throws RecordsError listing every problem. */
export function loadCatalogue(seedDir: string): Catalogue {
  const sources = sourceCatalogue(seedDir);
  const divisions = divisionsFromSources(sources);
  return { sources, divisions, resolver: new PlaceResolver(divisions) };
}

/** Every record file under the seed folder (YAML and CSV), documents and the sources file aside, in path order. */
function recordFiles(seedDir: string, folder = ''): string[] {
  return readdirSync(path.join(seedDir, folder))
    .sort()
    .flatMap((entry) => {
      const relative = path.join(folder, entry);
      if (statSync(path.join(seedDir, relative)).isDirectory()) return relative === 'documents' ? [] : recordFiles(seedDir, relative);
      return /\.(ya?ml|csv)$/.test(entry) && relative !== SOURCES_FILE ? [relative] : [];
    });
}

/** Reads, validates and cross-checks every seed file under `seedDir`. Throws RecordsError listing every problem. */
export function loadSeed(seedDir: string, catalogue = loadCatalogue(seedDir)): Seed {
  const issues: RecordIssue[] = [];
  const records: RawRecord[] = recordFiles(seedDir).flatMap((file) => readRecordFile(path.join(seedDir, file), file, issues));
  const planned = planRecords(records, { ...catalogue, sources: new Map(catalogue.sources), allRegions: true, seedDir });
  issues.push(...planned.issues);
  // The seed stands alone: whatever it names, it states.
  for (const [id, reference] of planned.plan.references) {
    issues.push({ file: reference.record.file, line: reference.record.line, record: reference.record.name, field: reference.field, message: `unknown ${reference.label} ${id}` });
  }
  issues.push(...completePlan(planned.plan, new Map()));
  if (issues.length > 0) throw new RecordsError(issues, 'The seed is invalid');
  return { sources: [...catalogue.sources.values()], plan: planned.plan };
}

/** The seed read and checked, with what it needs beside it and the digest of what it writes. */
export interface SeedToLoad {
  readonly catalogue: Catalogue;
  readonly seed: Seed;
  readonly digest: string;
}

/** Reads and checks the seed (no database needed, so it can run while Neo4j starts). Throws RecordsError listing every problem. */
export function readSeed(seedDir: string): SeedToLoad {
  const catalogue = loadCatalogue(seedDir);
  const seed = loadSeed(seedDir, catalogue);
  return { catalogue, seed, digest: seedDigest(seed.sources, seed.plan) };
}

/**
 * Where a start keeps, beside the project's own Neo4j, the digest of the seed it found current and
 * the database's last transaction at that moment. While both are unchanged, the seed is confirmed
 * without a query: nothing was committed since, so the graph is the one that read checked.
 */
const CONFIRMATION_FILE = 'seed-confirmed.json';

interface Confirmation {
  readonly digest: string;
  readonly transaction: string;
}

/** The confirmation kept in `dir`, or undefined where there is none it can read (then the seed is read). */
function keptConfirmation(dir: string): Confirmation | undefined {
  try {
    const kept: unknown = JSON.parse(readFileSync(path.join(dir, CONFIRMATION_FILE), 'utf8'));
    if (typeof kept !== 'object' || kept === null || !('digest' in kept) || !('transaction' in kept)) return undefined;
    const { digest, transaction } = kept;
    return typeof digest === 'string' && typeof transaction === 'string' ? { digest, transaction } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether the seed with this digest is current, by the one read of its state, and, where it is and
 * no transaction committed while it was read, that read's transaction kept in `dir` for the next start.
 */
async function confirmByReading(database: Database, digest: string): Promise<boolean> {
  const dir = database.localDir;
  const before = dir === undefined ? undefined : await lastTransaction(database.driver, database.name);
  const current = await seedIsCurrent(database.driver, database.name, digest);
  if (current && dir !== undefined) {
    const after = await lastTransaction(database.driver, database.name);
    if (after === before) writeFileSync(path.join(dir, CONFIRMATION_FILE), `${JSON.stringify({ digest, transaction: after } satisfies Confirmation)}\n`);
  }
  return current;
}

/**
 * Brings the database to the seed. On the project's own Neo4j, when nothing was committed since a
 * start found this very seed current, that is confirmed without a query (see CONFIRMATION_FILE).
 * Otherwise, when the database records this seed's digest and still holds what that load left,
 * one read confirms it; else constraints and indexes are applied and the seed is loaded
 * (idempotently). `force` always loads. Returns the sources and division codes read.
 */
export async function prepareGraph(
  database: Database,
  config: Config,
  logger: Logger,
  { toLoad = readSeed(config.seedDir), force = false }: { toLoad?: SeedToLoad; force?: boolean } = {},
): Promise<Catalogue> {
  const { catalogue, seed, digest } = toLoad;
  const kept = database.localDir === undefined ? undefined : keptConfirmation(database.localDir);
  const unchangedSince = !force && kept?.digest === digest && kept.transaction === (await lastTransaction(database.driver, database.name));
  if (unchangedSince || (!force && (await confirmByReading(database, digest)))) {
    const unchanged = (count: number): Tally => ({ created: 0, updated: 0, unchanged: count, deleted: 0, kept: 0 });
    logger.info('Seed unchanged', {
      sources: unchanged(seed.sources.length),
      nodes: unchanged(seed.plan.nodes.size),
      relationships: unchanged(seed.plan.relationships.size),
      digest,
      confirmedBy: unchangedSince ? 'no transaction since the last confirmation' : 'reading the seed state',
    });
    return catalogue;
  }
  await applySchema(database.driver, database.name);
  const report = await writeSeed(database.driver, database.name, seed.sources, seed.plan);
  logger.info('Seed loaded', { ...report, digest });
  // Read once more, for the confirmation the next start relies on.
  if (database.localDir !== undefined) await confirmByReading(database, digest);
  return catalogue;
}
