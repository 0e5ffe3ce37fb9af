/**
 * `npm run test:load`: the API (its own process, its own Neo4j instance with the seed) under
 * autocannon on loopback. A probe at full speed finds the rate the machine sustains; then a
 * steady run of `--duration` seconds (default 60) holds 90% of it. Reported: the rate reached,
 * p50/p99 latency, and errors of any kind (connection errors, timeouts, non-2xx, GraphQL errors),
 * which must be zero. Exits 1 when there were errors or the rate fell short of the target.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { logger } from '../src/log.js';
import { ARTIFACTS, instanceSettings, option, startApi, startNeo4j } from './service.js';

const durationSeconds = Number(option('duration', '60'));
const probeSeconds = Number(option('probe', '10'));
const connections = Number(option('connections', '16'));
const boltPort = Number(option('bolt-port', '7727'));
/** The steady run holds this share of the probed rate, so that it measures a rate the machine keeps up with. */
const HEADROOM = 0.9;

/** What explorer, dashboard and analysts send most: lookups, search, neighbourhoods, lists, a dashboard panel. */
const OPERATIONS = [
  '{ node(id: "person:zhang-qin") { id nameEn ... on Person { posts { edges { node { id nameEn } } } } } }',
  '{ search(text: "zhang", first: 10) { score kind node { id nameEn } } }',
  '{ neighborhood(id: "org:sipo", depth: 1, limit: 25) { truncated nodes { distance node { id nameEn } } relationships { type startId endId } } }',
  '{ regions(where: { kind: PROVINCE }, orderBy: [{ field: NAME_EN }], first: 20) { totalCount edges { node { id nameEn nameZh } } } }',
  '{ designationsByProvince { province { id nameEn } designations holders } }',
];

let graphqlErrors = 0;
const requests = OPERATIONS.map((query) => ({
  method: 'POST' as const,
  path: '/graphql',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query }),
  onResponse: (_status: number, body: string) => {
    if (body.includes('"errors"')) graphqlErrors += 1;
  },
}));

const settings = instanceSettings('load', boltPort, (line) => logger.info(line));
const neo4j = await startNeo4j(settings);
const api = await startApi(neo4j.uri, 'load');
try {
  // Every operation must work before it is measured.
  for (const request of requests) {
    const response = await fetch(api.url, { method: 'POST', headers: request.headers, body: request.body });
    const text = await response.text();
    if (response.status !== 200 || text.includes('"errors"')) throw new Error(`an operation fails before the load starts: ${text.slice(0, 300)}`);
  }
  const base = { url: api.base, connections, requests };
  await autocannon({ ...base, duration: 3 });
  const probe = await autocannon({ ...base, duration: probeSeconds });
  const target = Math.floor(probe.requests.mean * HEADROOM);
  logger.info('Load test: probed', { maxRate: probe.requests.mean, target });
  graphqlErrors = 0;
  const steady = await autocannon({ ...base, duration: durationSeconds, overallRate: target });
  const rate = steady.requests.total / durationSeconds;
  const errors = { connection: steady.errors, timeouts: steady.timeouts, non2xx: steady.non2xx, graphql: graphqlErrors };
  const report = {
    durationSeconds,
    connections,
    probedMaxRate: Math.round(probe.requests.mean),
    targetRate: target,
    rate: Math.round(rate),
    requests: steady.requests.total,
    latencyMs: { p50: steady.latency.p50, p99: steady.latency.p99, max: steady.latency.max },
    errors,
  };
  const file = path.join(ARTIFACTS, 'load.json');
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(report, null, 2)}\nReport: ${path.relative(process.cwd(), file)}\n`);
  const errorCount = Object.values(errors).reduce((sum, count) => sum + count, 0);
  const problems = [
    errorCount > 0 ? `${errorCount} errors` : '',
    rate < target * 0.95 ? `the rate ${Math.round(rate)}/s fell short of ${target}/s` : '',
  ].filter(Boolean);
  if (problems.length > 0) process.stdout.write(`FAILED: ${problems.join('; ')}\n`);
  process.exitCode = problems.length > 0 ? 1 : 0;
} finally {
  await api.stop();
  await neo4j.stop();
}
