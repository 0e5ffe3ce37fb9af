/**
 * `npm run bench`: in ONE run against the SAME Neo4j and data, the named operations of
 * bench/queries through (a) this server, (b) the Neo4j GraphQL Library serving an equivalent
 * schema, (c) a bare HTTP handler running hand-written Cypher; at each scale given.
 *
 *   npm run bench -- --nodes 10000,100000 --seconds 10 --concurrency 8
 *
 * Writes bench/results/<date>.json and .md. The synthetic graph goes into its own local Neo4j
 * instance per scale (`.neo4j/<version>/instances/bench-<nodes>`), never the seed's.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT, loadConfig } from '../src/config.js';
import { createDriver } from '../src/db/driver.js';
import { logger } from '../src/log.js';
import { startLocalNeo4j } from '../src/neo4j-local/server.js';
import { generate, type SyntheticGraph } from './generate.js';
import { loadSynthetic, type LoadReport } from './load.js';

type Target = 'ours' | 'library' | 'bare';
const TARGETS: readonly Target[] = ['ours', 'library', 'bare'];

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

const scales = option('nodes', '10000').split(',').map(Number);
const seconds = Number(option('seconds', '10'));
const concurrency = Number(option('concurrency', '8'));
const seed = Number(option('seed', '42'));
const outDir = option('out', path.join(PROJECT_ROOT, 'bench', 'results'));
const boltPort = Number(option('bolt-port', '7698'));

interface Operation {
  readonly name: string;
  /** Variables for the i-th request, drawn from the generated graph. */
  variables(graph: SyntheticGraph, i: number): Record<string, unknown>;
  /** Extra parameters the hand-written Cypher needs beyond the GraphQL variables. */
  bare?(variables: Record<string, unknown>): Record<string, unknown>;
  readonly library: boolean;
}

const at = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;
const OPERATIONS: Operation[] = [
  { name: 'entity-nested', library: true, variables: (g, i) => ({ id: at(g.samples.people, i * 7919) }) },
  { name: 'list-filtered', library: true, variables: (g, i) => ({ province: at(g.samples.provinces, i) }) },
  { name: 'search', library: false, variables: (g, i) => ({ text: at(g.samples.surnames, i) }), bare: (v) => ({ query: `(${String(v.text)} OR ${String(v.text)}*)` }) },
  { name: 'neighborhood-1', library: false, variables: (g, i) => ({ id: at(g.samples.people, i * 7919) }) },
  { name: 'neighborhood-2', library: false, variables: (g, i) => ({ id: at(g.samples.people, i * 7919) }) },
  { name: 'shortest-path', library: false, variables: (g, i) => ({ from: at(g.samples.people, i * 7919), to: at(g.samples.people, i * 104729 + 1) }) },
  { name: 'dashboard', library: false, variables: () => ({}) },
];

function document(target: Target, operation: string): string {
  const dir = target === 'library' ? 'neo4j-graphql' : 'queries';
  return readFileSync(path.join(PROJECT_ROOT, 'bench', dir, `${operation}.graphql`), 'utf8');
}

interface Server {
  readonly port: number;
  readonly child: ChildProcess;
}

let nextPort = 4700;
async function serve(target: Target, boltUri: string, count: boolean): Promise<Server> {
  const port = nextPort++;
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'bench', 'serve.ts'), target, String(port), boltUri, ...(count ? ['--count'] : [])], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
    child.once('exit', (code) => reject(new Error(`${target} server exited with ${code}`)));
  });
  return { port, child };
}

async function stop(server: Server): Promise<void> {
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  await exited;
}

function request(target: Target, port: number, operation: Operation, variables: Record<string, unknown>): Promise<Response> {
  if (target === 'bare') {
    return fetch(`http://127.0.0.1:${port}/cypher/${operation.name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...variables, ...operation.bare?.(variables) }),
    });
  }
  return fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: document(target, operation.name), variables }),
  });
}

interface Measurement {
  readonly requests: number;
  readonly errors: number;
  readonly throughput: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** `concurrency` workers send requests back to back for `seconds`; latencies in milliseconds. */
async function load(target: Target, port: number, operation: Operation, graph: SyntheticGraph): Promise<Measurement> {
  const latencies: number[] = [];
  let errors = 0;
  let counter = 0;
  const end = performance.now() + seconds * 1000;
  const worker = async (): Promise<void> => {
    while (performance.now() < end) {
      const variables = operation.variables(graph, counter++);
      const started = performance.now();
      const response = await request(target, port, operation, variables);
      const body = (await response.json()) as { errors?: unknown[] };
      latencies.push(performance.now() - started);
      if (!response.ok || body.errors) errors += 1;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, errors, throughput: latencies.length / elapsed, p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99) };
}

interface Row extends Partial<Measurement> {
  readonly scale: number;
  readonly operation: string;
  readonly target: Target;
  readonly queries: number | null;
  readonly skipped?: string;
}

async function queriesPerOperation(target: Target, boltUri: string, graph: SyntheticGraph, operations: Operation[]): Promise<Map<string, number>> {
  const server = await serve(target, boltUri, true);
  const counts = new Map<string, number>();
  try {
    const read = async (): Promise<number> => ((await (await fetch(`http://127.0.0.1:${server.port}/__queries`)).json()) as { queries: number }).queries;
    for (const operation of operations) {
      // The first request of a fresh driver may also fetch server details; warm up before counting.
      await request(target, server.port, operation, operation.variables(graph, 0));
      const before = await read();
      const response = await request(target, server.port, operation, operation.variables(graph, 1));
      const body = (await response.json()) as { errors?: unknown[] };
      if (body.errors) throw new Error(`${target} ${operation.name} answered errors: ${JSON.stringify(body.errors).slice(0, 500)}`);
      counts.set(operation.name, (await read()) - before);
    }
  } finally {
    await stop(server);
  }
  return counts;
}

const rows: Row[] = [];
const loads: (LoadReport & { scale: number })[] = [];
const config = loadConfig();
const root = config.database.kind === 'local' ? config.database.rootDir : path.join(PROJECT_ROOT, '.neo4j');
for (const scale of scales) {
  const neo4j = await startLocalNeo4j({
    rootDir: root,
    instance: `bench-${scale}`,
    boltPort,
    heapSize: scale > 200_000 ? '2g' : '1g',
    pageCacheSize: scale > 200_000 ? '2g' : '512m',
    startTimeoutMs: 180_000,
    log: (line) => logger.info(line),
  });
  try {
    const graph = generate(scale, seed);
    const driver = createDriver({ uri: neo4j.uri, username: 'neo4j', password: 'unused', database: undefined });
    const loaded = await loadSynthetic(driver, graph, { nodes: scale, seed });
    await driver.close();
    loads.push({ ...loaded, scale });
    logger.info(loaded.skipped ? `Scale ${scale}: data already loaded` : `Scale ${scale}: loaded`, { ...loaded });
    for (const target of TARGETS) {
      const operations = OPERATIONS.filter((operation) => target !== 'library' || operation.library);
      const counts = await queriesPerOperation(target, neo4j.uri, graph, operations);
      const server = await serve(target, neo4j.uri, false);
      try {
        for (const operation of OPERATIONS) {
          if (!operations.includes(operation)) {
            rows.push({ scale, operation: operation.name, target, queries: null, skipped: 'not expressible without custom @cypher resolvers' });
            continue;
          }
          await load(target, server.port, operation, graph); // warm-up, not recorded
          const measured = await load(target, server.port, operation, graph);
          rows.push({ scale, operation: operation.name, target, queries: counts.get(operation.name) ?? null, ...measured });
          logger.info(`${scale} ${operation.name} ${target}`, { ...measured });
        }
      } finally {
        await stop(server);
      }
    }
  } finally {
    await neo4j.stop();
  }
}

function ratio(scale: number, operation: string, of: Target, to: Target, field: 'throughput' | 'p50'): number | null {
  const a = rows.find((row) => row.scale === scale && row.operation === operation && row.target === of)?.[field];
  const b = rows.find((row) => row.scale === scale && row.operation === operation && row.target === to)?.[field];
  return a !== undefined && b !== undefined && b > 0 ? a / b : null;
}

const stamp = new Date().toISOString().replace(/[:.]/g, '-');
mkdirSync(outDir, { recursive: true });
const result = { date: new Date().toISOString(), seconds, concurrency, seed, loads, rows };
writeFileSync(path.join(outDir, `${stamp}.json`), `${JSON.stringify(result, null, 2)}\n`);
const fmt = (value: number | null | undefined, digits = 1): string => (value === null || value === undefined ? '—' : value.toFixed(digits));
const lines = [
  `# Benchmark ${result.date}`,
  '',
  `${concurrency} concurrent clients, ${seconds} s per operation and target after a warm-up of the same length; one 2-core machine runs Neo4j, the targets and the load.`,
  '',
  '| scale | operation | target | req/s | p50 ms | p95 ms | p99 ms | errors | Cypher queries | ours/(b) req/s | ours/(c) p50 |',
  '|---|---|---|---|---|---|---|---|---|---|---|',
  ...rows.map((row) =>
    row.skipped
      ? `| ${row.scale} | ${row.operation} | ${row.target} | — | — | — | — | — | — | | (${row.skipped}) |`
      : `| ${row.scale} | ${row.operation} | ${row.target} | ${fmt(row.throughput)} | ${fmt(row.p50)} | ${fmt(row.p95)} | ${fmt(row.p99)} | ${row.errors} | ${row.queries ?? '—'} | ${
          row.target === 'ours' ? fmt(ratio(row.scale, row.operation, 'ours', 'library', 'throughput'), 2) : ''
        } | ${row.target === 'ours' ? fmt(ratio(row.scale, row.operation, 'ours', 'bare', 'p50'), 2) : ''} |`,
  ),
  '',
  '| scale | nodes | relationships | load s | nodes/s | relationships/s |',
  '|---|---|---|---|---|---|',
  ...loads.map((entry) => `| ${entry.scale} | ${entry.nodes} | ${entry.relationships} | ${entry.skipped ? 'already loaded' : fmt(entry.seconds)} | ${entry.skipped ? '—' : fmt(entry.nodesPerSecond, 0)} | ${entry.skipped ? '—' : fmt(entry.relationshipsPerSecond, 0)} |`),
  '',
];
writeFileSync(path.join(outDir, `${stamp}.md`), lines.join('\n'));
process.stdout.write(`${lines.join('\n')}\nWrote ${path.join(outDir, `${stamp}.json`)}\n`);
const failed = rows.some((row) => (row.errors ?? 0) > 0);
process.exitCode = failed ? 1 : 0;
