/**
 * `npm run test:fault`: Neo4j is killed (SIGKILL) while the API is under a mixed read and write
 * load, stays down for a while, and is started again. Reported: how requests failed during the
 * outage and how fast, how long the API took to answer again once Neo4j was back, whether /ready
 * said so, how many acknowledged writes were lost (must be none) and whether the API process
 * stayed up. `--small` is the short version CI runs. Exits 1 when a requirement is not met.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createDriver } from '../src/database.js';
import { logger } from '../src/log.js';
import { ARTIFACTS, instanceSettings, killNeo4j, option, percentile, sleep, startApi, startNeo4j } from './service.js';

const small = process.argv.includes('--small');
const warmupMs = Number(option('warmup', small ? '4' : '15')) * 1000;
const outageMs = Number(option('outage', small ? '4' : '15')) * 1000;
const afterMs = Number(option('after', small ? '6' : '20')) * 1000;
const concurrency = Number(option('concurrency', small ? '4' : '8'));
const boltPort = Number(option('bolt-port', '7717'));
/** How long after Neo4j is back the API may take to answer again before the test gives up. */
const RECOVERY_LIMIT_MS = 120_000;
/** Requests must fail fast while Neo4j is down; this bounds how long any one may take. */
const REQUEST_TIMEOUT_MS = 30_000;

const TOKEN = 'fault-test-editor-token-0123456789';
const run = Date.now().toString(36);
const EN_QUOTE = { source: 'source:nanjing-2008-en', quote: 'SIPO Deputy Commissioner Zhang Qin' };

interface Sample {
  readonly kind: 'read' | 'write';
  readonly start: number;
  readonly end: number;
  readonly ok: boolean;
  /** The error code, the HTTP status, or the network failure, for failures. */
  readonly failure?: string;
}

const settings = instanceSettings('fault', boltPort, (line) => logger.info(line));
let neo4j = await startNeo4j(settings);
const api = await startApi(neo4j.uri, 'fault', { API_TOKENS: `fault:editor:${TOKEN}` });
logger.info('Fault test: API up', { url: api.url, neo4j: neo4j.uri, small });

const samples: Sample[] = [];
const acknowledged: string[] = [];
const readiness: { at: number; status: number }[] = [];
let serial = 0;
let stopAt = Number.POSITIVE_INFINITY;

async function request(kind: Sample['kind']): Promise<void> {
  const id = `person:fault-${run}-${++serial}`;
  const body =
    kind === 'read'
      ? { query: '{ node(id: "person:zhang-qin") { id } people(first: 5) { totalCount } }' }
      : {
          query: 'mutation($i: CreateEntityInput!) { createEntity(input: $i) { id } }',
          variables: { i: { kind: 'PERSON', id, nameEn: `Fault ${serial}`, sources: [EN_QUOTE] } },
        };
  const start = Date.now();
  try {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const answer = (await response.json()) as { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] };
    const ok = response.status === 200 && !answer.errors;
    if (ok && kind === 'write') acknowledged.push(id);
    samples.push({ kind, start, end: Date.now(), ok, ...(ok ? {} : { failure: answer.errors?.[0]?.extensions?.code ?? `HTTP ${response.status}` }) });
  } catch (error) {
    samples.push({ kind, start, end: Date.now(), ok: false, failure: error instanceof Error ? error.name : 'network' });
  }
}

async function worker(index: number): Promise<void> {
  for (let turn = index; Date.now() < stopAt; turn++) await request(turn % 3 === 0 ? 'write' : 'read');
}

async function pollReadiness(): Promise<void> {
  while (Date.now() < stopAt) {
    try {
      const response = await fetch(`${api.base}/ready`, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
      readiness.push({ at: Date.now(), status: response.status });
    } catch {
      readiness.push({ at: Date.now(), status: 0 });
    }
    await sleep(200);
  }
}

const workers = [...Array.from({ length: concurrency }, (_, index) => worker(index)), pollReadiness()];
await sleep(warmupMs);
const killedAt = Date.now();
const killed = killNeo4j(settings);
logger.info('Fault test: Neo4j killed', { pids: killed });
await sleep(outageMs);
const restartAt = Date.now();
neo4j = await startNeo4j(settings);
const upAt = Date.now();
logger.info('Fault test: Neo4j is back', { startedInMs: upAt - restartAt });
// The load goes on until the API answers again (or it is clearly not going to), then `after` more.
const recoveryDeadline = upAt + RECOVERY_LIMIT_MS;
while (!samples.some((sample) => sample.ok && sample.start >= upAt) && Date.now() < recoveryDeadline) await sleep(100);
stopAt = Date.now() + afterMs;
await Promise.all(workers);

// What the load saw, in three windows: done before the kill; in flight at the kill or sent while
// Neo4j was down; sent after Neo4j was back and the API answered again.
const before = samples.filter((sample) => sample.end < killedAt);
const outage = samples.filter((sample) => sample.end >= killedAt && sample.start < upAt);
const failedInOutage = outage.filter((sample) => !sample.ok);
const firstSuccessAfterUp = samples.filter((sample) => sample.ok && sample.start >= upAt).sort((a, b) => a.end - b.end)[0];
const recoveredAt = firstSuccessAfterUp?.end;
const afterRecovery = recoveredAt === undefined ? [] : samples.filter((sample) => sample.start > recoveredAt);
const failuresByCode = Object.fromEntries(
  [...new Set(failedInOutage.map((sample) => sample.failure ?? '?'))].map((code) => [code, failedInOutage.filter((sample) => sample.failure === code).length]),
);
const readyDuringOutage = readiness.filter((probe) => probe.at > killedAt + 1000 && probe.at < restartAt);
const readyAfter = readiness.filter((probe) => recoveredAt !== undefined && probe.at > recoveredAt + 1000);

// Every write the API acknowledged must be in the database Neo4j recovered.
const driver = createDriver({ uri: neo4j.uri, username: 'neo4j', password: 'unused', database: undefined });
async function countAcknowledged(): Promise<number> {
  try {
    const result = await driver.executeQuery('MATCH (p:Person) WHERE p.id IN $ids RETURN count(p) AS n', { ids: acknowledged }, { routing: 'READ' });
    return Number(result.records[0]?.get('n'));
  } finally {
    await driver.close();
  }
}
const found = await countAcknowledged();

const health = await fetch(`${api.base}/health`).then(
  (response) => response.status,
  () => 0,
);
const processUp = api.child.exitCode === null && health === 200;
const report = {
  small,
  concurrency,
  outageSeconds: (upAt - killedAt) / 1000,
  neo4jRestartSeconds: (upAt - restartAt) / 1000,
  requests: samples.length,
  beforeKill: { requests: before.length, failed: before.filter((sample) => !sample.ok).length },
  duringOutage: {
    requests: outage.length,
    failed: failedInOutage.length,
    failuresByCode,
    failureLatencyMs: {
      p50: percentile(
        failedInOutage.map((s) => s.end - s.start),
        50,
      ),
      p99: percentile(
        failedInOutage.map((s) => s.end - s.start),
        99,
      ),
      max: Math.max(0, ...failedInOutage.map((s) => s.end - s.start)),
    },
    readyStatuses: [...new Set(readyDuringOutage.map((probe) => probe.status))],
  },
  recoverySeconds: recoveredAt === undefined ? null : (recoveredAt - upAt) / 1000,
  afterRecovery: {
    requests: afterRecovery.length,
    failed: afterRecovery.filter((sample) => !sample.ok).length,
    readyStatuses: [...new Set(readyAfter.map((probe) => probe.status))],
  },
  writes: { acknowledged: acknowledged.length, found, lost: acknowledged.length - found },
  processUp,
};
const exitCode = await api.stop();
await neo4j.stop();

const file = path.join(ARTIFACTS, `fault-${small ? 'small' : 'full'}.json`);
writeFileSync(file, `${JSON.stringify({ ...report, apiExitCode: exitCode }, null, 2)}\n`);
const problems = [
  report.writes.lost > 0 ? `${report.writes.lost} acknowledged writes were lost` : '',
  processUp ? '' : 'the API process did not stay up',
  recoveredAt === undefined ? 'the API did not answer again after Neo4j returned' : '',
  report.afterRecovery.failed > 0 ? `${report.afterRecovery.failed} requests failed after recovery` : '',
  report.duringOutage.failed === 0 ? 'no request failed while Neo4j was down: the outage was not observed' : '',
  Object.keys(failuresByCode).some((code) => code !== 'SERVICE_UNAVAILABLE')
    ? `failures other than SERVICE_UNAVAILABLE: ${JSON.stringify(failuresByCode)}`
    : '',
  report.duringOutage.readyStatuses.includes(200) ? '/ready said 200 while Neo4j was down' : '',
].filter(Boolean);
process.stdout.write(`${JSON.stringify(report, null, 2)}\nReport: ${path.relative(process.cwd(), file)}\n`);
if (problems.length > 0) process.stdout.write(`FAILED: ${problems.join('; ')}\n`);
process.exit(problems.length > 0 ? 1 : 0);
