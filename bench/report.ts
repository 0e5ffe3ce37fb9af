import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadReport } from './load.js';
import { TARGETS, type Target } from './operations.js';
import { groupedBarChart, lineChart } from './plots.js';
import type { ProfileCheck } from './profile.js';

export interface Measurement {
  readonly requests: number;
  readonly errors: number;
  readonly throughput: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
}

export interface Row extends Measurement {
  readonly scale: number;
  readonly operation: string;
  readonly target: Target;
  /** Cypher statements one request sent; for the cached target, a repeated request's. */
  readonly queries: number | null;
  /** The cached target's share of root fields answered from its cache while measured. */
  readonly hitRate?: number | null;
}

export interface BenchResult {
  readonly date: string;
  readonly neo4j: string;
  readonly seconds: number;
  readonly rounds: number;
  readonly concurrency: number;
  /** How the GraphQL targets were sent each operation: its persisted-query hash, or its whole text. */
  readonly documents: 'hash' | 'text';
  readonly seed: number;
  readonly loads: readonly (LoadReport & { scale: number })[];
  readonly rows: readonly Row[];
  readonly profiles: readonly ProfileCheck[];
}

/**
 * The performance targets; the report says for each whether it was met and by how much. Repeated
 * reads from the cache: at least this many times the bare handler's throughput, from
 * CACHED_SCALE nodes up.
 */
const TARGET_CACHED_VS_BARE = 5;
const CACHED_OPERATIONS = ['dashboard', 'entity-by-id', 'entity-nested'];
const CACHED_SCALE = 100_000;
/** The dashboard from the cache, warm, at about a million nodes. */
const TARGET_CACHED_DASHBOARD_P95_MS = 50;
/** Uncached: the server's own work at most a tenth of a request, and never behind the library. */
const TARGET_P50_VS_BARE = 1.1;
const TARGET_THROUGHPUT_VS_LIBRARY = 1;
const TARGET_P95_MS = 20;
const P95_OPERATIONS = ['entity-by-id', 'search', 'neighborhood-1'];
/** "About a million nodes": the p95 targets apply from this scale up. */
const P95_SCALE = 500_000;

const fmt = (value: number | null | undefined, digits = 1): string =>
  value === null || value === undefined || !Number.isFinite(value) ? '—' : value.toFixed(digits);
const scaleLabel = (scale: number): string => (scale >= 1_000_000 ? `${scale / 1_000_000}M` : scale >= 1000 ? `${scale / 1000}k` : String(scale));
const TARGET_NAMES: Record<Target, string> = {
  ours: 'this server, uncached',
  cached: 'this server, cached',
  library: 'Neo4j GraphQL Library',
  bare: 'bare Cypher',
};

function find(rows: readonly Row[], scale: number, operation: string, target: Target): Row | undefined {
  return rows.find((row) => row.scale === scale && row.operation === operation && row.target === target);
}

function ratio(rows: readonly Row[], scale: number, operation: string, from: Target, to: Target, field: 'throughput' | 'p50'): number | null {
  const a = find(rows, scale, operation, from)?.[field];
  const b = find(rows, scale, operation, to)?.[field];
  return a !== undefined && b !== undefined && b > 0 ? a / b : null;
}

/** The server's own time in a request: its p50 less the bare handler's, in ms. */
function overhead(rows: readonly Row[], scale: number, operation: string, from: Target): number | null {
  const a = find(rows, scale, operation, from)?.p50;
  const b = find(rows, scale, operation, 'bare')?.p50;
  return a !== undefined && b !== undefined ? a - b : null;
}

function targetLine(
  scale: number,
  what: string,
  target: string,
  value: number | null,
  unit: string,
  met: (value: number) => boolean,
  miss: (value: number) => string,
): string {
  if (value === null) return `| ${scaleLabel(scale)} | ${what} | ${target} | — | not measured |`;
  return `| ${scaleLabel(scale)} | ${what} | ${target} | ${fmt(value, unit === '×' ? 2 : 1)}${unit === '×' ? '×' : ` ${unit}`} | ${met(value) ? 'met' : miss(value)} |`;
}

function targetLines(result: BenchResult): string[] {
  const lines: string[] = [];
  const scales = [...new Set(result.rows.map((row) => row.scale))];
  const operations = [...new Set(result.rows.map((row) => row.operation))];
  for (const scale of scales) {
    if (scale >= CACHED_SCALE) {
      for (const operation of CACHED_OPERATIONS) {
        lines.push(
          targetLine(
            scale,
            `${operation} cached throughput vs bare`,
            `≥ ${TARGET_CACHED_VS_BARE}×`,
            ratio(result.rows, scale, operation, 'cached', 'bare', 'throughput'),
            '×',
            (value) => value >= TARGET_CACHED_VS_BARE,
            (value) => `missed by ${fmt(TARGET_CACHED_VS_BARE / value, 2)}×`,
          ),
        );
      }
    }
    if (scale >= P95_SCALE) {
      lines.push(
        targetLine(
          scale,
          'dashboard cached p95',
          `< ${TARGET_CACHED_DASHBOARD_P95_MS} ms`,
          find(result.rows, scale, 'dashboard', 'cached')?.p95 ?? null,
          'ms',
          (value) => value < TARGET_CACHED_DASHBOARD_P95_MS,
          (value) => `missed by ${fmt(value - TARGET_CACHED_DASHBOARD_P95_MS)} ms`,
        ),
      );
    }
    for (const operation of operations) {
      lines.push(
        targetLine(
          scale,
          `${operation} uncached p50 vs bare`,
          `≤ ${TARGET_P50_VS_BARE}×`,
          ratio(result.rows, scale, operation, 'ours', 'bare', 'p50'),
          '×',
          (value) => value <= TARGET_P50_VS_BARE,
          (value) => `missed by ${fmt(value / TARGET_P50_VS_BARE, 2)}×`,
        ),
        targetLine(
          scale,
          `${operation} uncached throughput vs library`,
          `≥ ${TARGET_THROUGHPUT_VS_LIBRARY}×`,
          ratio(result.rows, scale, operation, 'ours', 'library', 'throughput'),
          '×',
          (value) => value >= TARGET_THROUGHPUT_VS_LIBRARY,
          (value) => `missed by ${fmt(TARGET_THROUGHPUT_VS_LIBRARY / value, 2)}×`,
        ),
      );
    }
    if (scale >= P95_SCALE) {
      for (const operation of P95_OPERATIONS) {
        lines.push(
          targetLine(
            scale,
            `${operation} uncached p95`,
            `< ${TARGET_P95_MS} ms`,
            find(result.rows, scale, operation, 'ours')?.p95 ?? null,
            'ms',
            (value) => value < TARGET_P95_MS,
            (value) => `missed by ${fmt(value - TARGET_P95_MS)} ms`,
          ),
        );
      }
    }
    const many = result.rows.filter((row) => row.scale === scale && row.target === 'ours' && row.queries !== 1);
    lines.push(
      `| ${scaleLabel(scale)} | Cypher queries per root field (uncached) | 1 | ${many.length === 0 ? '1 for every operation' : many.map((row) => `${row.operation}: ${row.queries ?? '?'}`).join(', ')} | ${many.length === 0 ? 'met' : 'missed'} |`,
    );
  }
  return lines;
}

/** Writes <stamp>.json, <stamp>.md and the SVG plots it links; returns the Markdown. */
export function writeReport(outDir: string, stamp: string, result: BenchResult): string {
  writeFileSync(path.join(outDir, `${stamp}.json`), `${JSON.stringify(result, null, 2)}\n`);
  const scales = [...new Set(result.rows.map((row) => row.scale))];
  const operations = [...new Set(result.rows.map((row) => row.operation))];
  const plots: string[] = [];
  const plot = (name: string, title: string, svg: string): void => {
    const file = `${stamp}-${name}.svg`;
    writeFileSync(path.join(outDir, file), `${svg}\n`);
    plots.push(`![${title}](${file})`);
  };
  for (const scale of scales) {
    for (const [field, unit, label] of [
      ['throughput', 'requests/s', 'Throughput'],
      ['p50', 'ms', 'p50 latency'],
    ] as const) {
      plot(
        `${field}-${scaleLabel(scale)}`,
        `${label} at ${scaleLabel(scale)} nodes`,
        groupedBarChart({
          title: `${label} at ${scaleLabel(scale)} nodes, ${result.concurrency} concurrent clients`,
          unit,
          series: TARGETS.map((target) => TARGET_NAMES[target]),
          groups: operations.map((operation) => ({
            label: operation,
            values: TARGETS.map((target) => find(result.rows, scale, operation, target)?.[field] ?? null),
          })),
        }),
      );
    }
  }
  if (scales.length > 1) {
    plot(
      'p95-by-scale',
      'p95 latency of this server by graph size',
      lineChart({
        title: 'This server: p95 latency of the operations with a p95 target, by graph size',
        xLabel: 'nodes',
        yLabel: 'p95 ms',
        logX: true,
        threshold: { y: TARGET_P95_MS, label: `target ${TARGET_P95_MS} ms (id lookup, search, depth-1 neighbourhood)` },
        series: P95_OPERATIONS.map((operation) => ({
          name: operation,
          points: scales.flatMap((scale) => {
            const value = find(result.rows, scale, operation, 'ours')?.p95;
            return value === undefined ? [] : [{ x: scale, y: value }];
          }),
        })),
      }),
    );
  }

  const lines = [
    `# Benchmark ${result.date}`,
    '',
    `Neo4j ${result.neo4j}. ${result.concurrency} concurrent clients; per operation and target ${fmt(result.seconds / result.rounds)} s of warm-up, then ${result.rounds} measured stretches of ${fmt(result.seconds / result.rounds)} s with the order of targets rotating, so each target is measured ${fmt(result.seconds)} s. One 2-core machine runs Neo4j, the four targets and the load. Targets: (a) this server with its query cache off ("ours"), (a') with it on ("cached"; its warm-up fills the cache with the variable sets it then meets again), (b) the Neo4j GraphQL Library, (c) bare Cypher. ${result.documents === 'hash' ? 'The GraphQL targets were sent each operation by its automatic persisted query hash (the text once), as the bare handler keeps its statements on its side' : 'The GraphQL targets were sent each operation with its whole text'}. Overhead is a target's p50 less bare Cypher's.`,
    '',
    '## Targets',
    '',
    '| scale | what | target | measured | verdict |',
    '|---|---|---|---|---|',
    ...targetLines(result),
    '',
    '## Measurements',
    '',
    '| scale | operation | target | req/s | p50 ms | p95 ms | p99 ms | errors | Cypher queries | cache hits | ÷(b) req/s | ÷(c) req/s | ÷(c) p50 | overhead ms |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...result.rows.map((row) => {
      const own = row.target === 'ours' || row.target === 'cached';
      const compared = (value: number | null, digits = 2): string => (own ? fmt(value, digits) : '');
      return `| ${row.scale} | ${row.operation} | ${row.target} | ${fmt(row.throughput)} | ${fmt(row.p50)} | ${fmt(row.p95)} | ${fmt(row.p99)} | ${row.errors} | ${row.queries ?? '—'} | ${
        row.hitRate === null || row.hitRate === undefined ? '' : `${fmt(row.hitRate * 100, 0)} %`
      } | ${compared(ratio(result.rows, row.scale, row.operation, row.target, 'library', 'throughput'))} | ${compared(
        ratio(result.rows, row.scale, row.operation, row.target, 'bare', 'throughput'),
      )} | ${compared(ratio(result.rows, row.scale, row.operation, row.target, 'bare', 'p50'))} | ${compared(overhead(result.rows, row.scale, row.operation, row.target))} |`;
    }),
    '',
    ...plots.flatMap((line) => [line, '']),
    '## Query profiles (this server)',
    '',
    'PROFILE of the Cypher our server sends, mean over 20 requests with different variables, against bench/profile-baseline.json.',
    '',
    '| scale | operation | db hits | rows | baseline db hits | baseline rows | regression |',
    '|---|---|---|---|---|---|---|',
    ...result.profiles.map(
      (check) =>
        `| ${check.scale} | ${check.operation} | ${check.profile.dbHits} | ${check.profile.rows} | ${check.baseline?.dbHits ?? '—'} | ${check.baseline?.rows ?? '—'} | ${
          check.baseline === null ? 'no baseline' : (check.regression ?? 'none')
        } |`,
    ),
    '',
    '## Loading',
    '',
    '| scale | nodes | relationships | load s | nodes/s | relationships/s |',
    '|---|---|---|---|---|---|',
    ...result.loads.map(
      (entry) =>
        `| ${entry.scale} | ${entry.nodes} | ${entry.relationships} | ${entry.skipped ? 'already loaded' : fmt(entry.seconds)} | ${entry.skipped ? '—' : fmt(entry.nodesPerSecond, 0)} | ${
          entry.skipped ? '—' : fmt(entry.relationshipsPerSecond, 0)
        } |`,
    ),
    '',
  ];
  const markdown = lines.join('\n');
  writeFileSync(path.join(outDir, `${stamp}.md`), markdown);
  return markdown;
}
