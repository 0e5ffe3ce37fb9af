/**
 * `npm run bench`: in ONE run against the SAME Neo4j and data, the named operations of
 * bench/queries through (a) this server with its query cache off and (a') on, (b) the Neo4j
 * GraphQL Library serving an equivalent schema, (c) a bare HTTP handler running hand-written
 * Cypher; at each scale given.
 *
 *   npm run bench -- --nodes 10000,100000,1000000 --seconds 12 --rounds 4 --concurrency 4
 *     [--update-baseline] [--tolerance 0.1] [--out dir] [--bolt-port 7698] [--operations a,b] [--send-text]
 *
 * Writes bench/results/<date>.json, .md and SVG plots. The synthetic graph goes into its own
 * local Neo4j instance per scale (`.neo4j/<version>/instances/bench-<nodes>`), never the seed's.
 * Every query our server sends is also PROFILEd and compared with bench/profile-baseline.json;
 * the run fails when database hits or rows grow beyond the tolerance.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { PROJECT_ROOT, loadConfig } from '../src/config.js';
import { createDriver } from '../src/database.js';
import { logger } from '../src/log.js';
import { startLocalNeo4j } from '../src/neo4j-local/server.js';
import { generate, type SyntheticGraph } from './generate.js';
import { loadSynthetic, settleStatistics, type LoadReport } from './load.js';
import { OPERATIONS, TARGETS, document, type Operation, type Target } from './operations.js';
import { checkProfile, profileOperations, readBaseline, writeBaseline, type ProfileCheck } from './profile.js';
import { writeReport, type Measurement, type Row } from './report.js';
import { option } from '../scripts/service.js';

const scales = option('nodes', '10000').split(',').map(Number);
const seconds = Number(option('seconds', '10'));
const rounds = Math.max(1, Number(option('rounds', '3')));
const concurrency = Number(option('concurrency', '8'));
const seed = Number(option('seed', '42'));
const tolerance = Number(option('tolerance', '0.1'));
const updateBaseline = process.argv.includes('--update-baseline');
const outDir = option('out', path.join(PROJECT_ROOT, 'bench', 'results'));
const boltPort = Number(option('bolt-port', '7698'));
const chosen = option('operations', '');
const sendText = process.argv.includes('--send-text');
const operations = chosen ? OPERATIONS.filter((operation) => chosen.split(',').includes(operation.name)) : OPERATIONS;
if (operations.length === 0) throw new Error(`--operations ${chosen}: none of ${OPERATIONS.map((operation) => operation.name).join(', ')}`);

interface Server {
  readonly port: number;
  readonly child: ChildProcess;
}

async function serve(target: Target, boltUri: string, count: boolean): Promise<Server> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(PROJECT_ROOT, 'bench', 'serve.ts'), target, '0', boltUri, ...(count ? ['--count'] : [])],
    {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      const ready = /ready (\d+)/.exec(chunk.toString());
      if (ready) resolve(Number(ready[1]));
    });
    child.once('exit', (code) => reject(new Error(`${target} server exited with ${code}`)));
  });
  return { port, child };
}

async function stop(server: Server): Promise<void> {
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  await exited;
}

/**
 * Connections kept open between requests, as a client under load keeps them. node:http rather
 * than fetch: on this 2-core machine fetch alone tops out near 1,400 requests a second against a
 * server that answers a constant, below what a cached target can serve, while node:http sends
 * several times that (README, "Benchmark").
 */
const agent = new http.Agent({ keepAlive: true });

/** What a target answered: whether with a 2xx status, and the parsed body. */
interface Answer {
  readonly ok: boolean;
  readonly body: { readonly errors?: readonly { readonly extensions?: { readonly code?: unknown } }[] };
}

function post(port: number, pathname: string, payload: unknown): Promise<Answer> {
  const body = JSON.stringify(payload);
  return new Promise((resolve, reject) => {
    const sent = http.request(
      {
        host: '127.0.0.1',
        port,
        path: pathname,
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('error', reject);
        response.on('end', () => {
          try {
            const status = response.statusCode ?? 0;
            resolve({ ok: status >= 200 && status < 300, body: JSON.parse(text) as Answer['body'] });
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
      },
    );
    sent.on('error', reject);
    sent.end(body);
  });
}

const hashes = new Map<string, string>();

/** The SHA-256 of a document's text in hex: its automatic persisted query's hash. */
function persistedHash(text: string): string {
  const known = hashes.get(text);
  if (known !== undefined) return known;
  const hash = createHash('sha256').update(text).digest('hex');
  hashes.set(text, hash);
  return hash;
}

/**
 * The GraphQL targets are sent an operation as a client using automatic persisted queries sends
 * it: its hash, and the text once, when the server answers PERSISTED_QUERY_NOT_FOUND (Apollo's
 * protocol, on in our server and in the library's Apollo Server alike). The bare handler keeps
 * its statements on its side too, so no target pays for shipping a document with every request.
 * With --send-text every request carries the whole text instead.
 */
async function request(target: Target, port: number, operation: Operation, variables: Record<string, unknown>): Promise<Answer> {
  if (target === 'bare') return post(port, `/cypher/${operation.name}`, { ...variables, ...operation.bare?.(variables) });
  const query = document(target, operation.name);
  if (sendText) return post(port, '/graphql', { query, variables });
  const extensions = { persistedQuery: { version: 1, sha256Hash: persistedHash(query) } };
  const answer = await post(port, '/graphql', { extensions, variables });
  const notFound = answer.body.errors?.some((error) => error.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND') ?? false;
  return notFound ? post(port, '/graphql', { query, extensions, variables }) : answer;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** What one stretch of load produced; stretches of the same target are summed. */
interface Sample {
  readonly latencies: number[];
  errors: number;
  elapsed: number;
}

/** `concurrency` workers send requests back to back for `duration` seconds; latencies in milliseconds. */
async function load(target: Target, port: number, operation: Operation, graph: SyntheticGraph, duration: number, into: Sample, offset: number): Promise<void> {
  let counter = offset;
  const end = performance.now() + duration * 1000;
  const worker = async (): Promise<void> => {
    while (performance.now() < end) {
      const variables = operation.variables(graph, counter++);
      const started = performance.now();
      const { ok, body } = await request(target, port, operation, variables);
      into.latencies.push(performance.now() - started);
      if (!ok || body.errors) into.errors += 1;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  into.elapsed += (performance.now() - started) / 1000;
}

function summarise(sample: Sample): Measurement {
  const sorted = [...sample.latencies].sort((a, b) => a - b);
  return {
    requests: sorted.length,
    errors: sample.errors,
    throughput: sorted.length / sample.elapsed,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
  };
}

async function queriesPerOperation(target: Target, boltUri: string, graph: SyntheticGraph, operations: readonly Operation[]): Promise<Map<string, number>> {
  const server = await serve(target, boltUri, true);
  const counts = new Map<string, number>();
  try {
    const read = async (): Promise<number> => ((await (await fetch(`http://127.0.0.1:${server.port}/__queries`)).json()) as { queries: number }).queries;
    for (const operation of operations) {
      // The first request of a fresh driver may also fetch server details; warm up before counting.
      // The cached target is counted on a third request: it keeps a query from its second sight on,
      // so that one sends what a cache hit sends.
      await request(target, server.port, operation, operation.variables(graph, target === 'cached' ? 1 : 0));
      if (target === 'cached') {
        await request(target, server.port, operation, operation.variables(graph, 1));
        // Past the window in which one read of the graph's version serves later requests, so that
        // the hit counted sends what a hit sends at most: that read. Within it, it sends nothing.
        await new Promise((resolve) => setTimeout(resolve, config.cacheWindowMs + 10));
      }
      const before = await read();
      const { body } = await request(target, server.port, operation, operation.variables(graph, 1));
      if (body.errors) throw new Error(`${target} ${operation.name} answered errors: ${JSON.stringify(body.errors).slice(0, 500)}`);
      counts.set(operation.name, (await read()) - before);
    }
  } finally {
    await stop(server);
  }
  return counts;
}

/**
 * Measures one scale. The three targets run side by side and take turns: each operation is
 * measured in `rounds` stretches per target, the order of targets rotating each round, so that
 * the JVM's warm-up, the page cache and background work weigh on all of them alike.
 */
/** The cached target's query cache lookups so far. */
async function cacheLookups(port: number): Promise<{ hits: number; misses: number }> {
  return (await (await fetch(`http://127.0.0.1:${port}/__cache`)).json()) as { hits: number; misses: number };
}

async function measureScale(scale: number, boltUri: string, graph: SyntheticGraph): Promise<Row[]> {
  const counts = new Map<Target, Map<string, number>>();
  for (const target of TARGETS) {
    counts.set(target, await queriesPerOperation(target, boltUri, graph, operations));
  }
  const servers = new Map<Target, Server>();
  for (const target of TARGETS) servers.set(target, await serve(target, boltUri, false));
  const rows: Row[] = [];
  try {
    const stretch = seconds / rounds;
    for (const operation of operations) {
      const samples = new Map<Target, Sample>(TARGETS.map((target) => [target, { latencies: [], errors: 0, elapsed: 0 }]));
      // A warm-up stretch per target, not recorded: plans compiled, caches filled.
      for (const target of TARGETS) await load(target, servers.get(target)?.port ?? 0, operation, graph, stretch, { latencies: [], errors: 0, elapsed: 0 }, 0);
      const cachedPort = servers.get('cached')?.port ?? 0;
      const lookupsBefore = await cacheLookups(cachedPort);
      for (let round = 0; round < rounds; round++) {
        for (let turn = 0; turn < TARGETS.length; turn++) {
          const target = TARGETS[(round + turn) % TARGETS.length] as Target;
          await load(target, servers.get(target)?.port ?? 0, operation, graph, stretch, samples.get(target) as Sample, round * 100_003);
        }
      }
      const lookupsAfter = await cacheLookups(cachedPort);
      const hits = lookupsAfter.hits - lookupsBefore.hits;
      const looked = hits + lookupsAfter.misses - lookupsBefore.misses;
      for (const target of TARGETS) {
        const measured = summarise(samples.get(target) as Sample);
        const hitRate = target === 'cached' && looked > 0 ? hits / looked : null;
        rows.push({ scale, operation: operation.name, target, queries: counts.get(target)?.get(operation.name) ?? null, hitRate, ...measured });
        logger.info(`${scale} ${operation.name} ${target}`, { ...measured });
      }
    }
  } finally {
    for (const server of servers.values()) await stop(server);
  }
  return rows;
}

const rows: Row[] = [];
const loads: (LoadReport & { scale: number })[] = [];
const checks: ProfileCheck[] = [];
const baseline = readBaseline();
let neo4jVersion = 'unknown';
const config = loadConfig();
const root = config.database.kind === 'local' ? config.database.rootDir : path.join(PROJECT_ROOT, '.neo4j');
for (const scale of scales) {
  const big = scale > 200_000;
  const neo4j = await startLocalNeo4j({
    rootDir: root,
    instance: `bench-${scale}`,
    boltPort,
    heapSize: big ? '3g' : '1g',
    pageCacheSize: big ? '3g' : '512m',
    startTimeoutMs: 180_000,
    log: (line) => logger.info(line),
  });
  neo4jVersion = neo4j.version;
  try {
    const graph = generate(scale, seed);
    const driver = createDriver({ uri: neo4j.uri, username: 'neo4j', password: 'unused', database: undefined });
    try {
      const loaded = await loadSynthetic(driver, graph, { nodes: scale, seed });
      loads.push({ ...loaded, scale });
      logger.info(loaded.skipped ? `Scale ${scale}: data already loaded` : `Scale ${scale}: loaded`, { ...loaded });
      await settleStatistics(driver);
      const profiles = await profileOperations(driver, graph, operations);
      for (const [operation, profile] of profiles) {
        checks.push(checkProfile(scale, operation, profile, baseline[neo4j.version]?.[`${scale}/${operation}`], tolerance));
      }
    } finally {
      await driver.close();
    }
    rows.push(...(await measureScale(scale, neo4j.uri, graph)));
  } finally {
    await neo4j.stop();
  }
}

if (updateBaseline) {
  const entries = { ...baseline[neo4jVersion] };
  for (const check of checks) entries[`${check.scale}/${check.operation}`] = check.profile;
  writeBaseline({ ...baseline, [neo4jVersion]: entries });
  logger.info(`Profile baseline updated for Neo4j ${neo4jVersion}`);
}

const stamp = new Date().toISOString().replace(/[:.]/g, '-');
mkdirSync(outDir, { recursive: true });
const report = writeReport(outDir, stamp, {
  date: new Date().toISOString(),
  neo4j: neo4jVersion,
  seconds,
  rounds,
  concurrency,
  documents: sendText ? 'text' : 'hash',
  seed,
  loads,
  rows,
  profiles: checks,
});
process.stdout.write(`${report}\n`);
const failed = rows.some((row) => (row.errors ?? 0) > 0);
const regressed = !updateBaseline && checks.some((check) => check.regression !== null);
if (regressed)
  logger.error('Query profile regressions against bench/profile-baseline.json', {
    regressions: checks.filter((check) => check.regression).map((check) => `${check.scale}/${check.operation}: ${check.regression}`),
  });
process.exitCode = failed || regressed ? 1 : 0;
