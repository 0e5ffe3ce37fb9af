import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parseTokens } from '../src/auth.js';
import { startApi, type RunningApi } from './helpers.js';

/** GET /metrics as Prometheus scrapes it, against the real server and Neo4j. */
let api: RunningApi;
const EDITOR = 'metrics-editor-token-0123456789';
before(async () => {
  api = await startApi(undefined, { auth: { tokens: parseTokens(`ed:editor:${EDITOR}`), anonymousRead: true } });
});
after(async () => {
  await api.close();
});

async function scrape(): Promise<string> {
  const response = await fetch(`${api.base}/metrics`);
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type') ?? '', /^text\/plain; version=0\.0\.4/);
  return response.text();
}

/** The value of one sample, 0 when the series does not exist yet. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const present = (match[2] ?? '').split(',').filter(Boolean);
    if (wanted.length === present.length && wanted.every((label) => present.includes(label))) return Number(match[3]);
  }
  return 0;
}

const post = (body: unknown, headers: Record<string, string> = {}): Promise<Response> =>
  fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('/metrics', () => {
  it("counts and times operations by name, and each root field's Neo4j transaction", async () => {
    const before = await scrape();
    for (let i = 0; i < 2; i++) assert.equal((await post({ query: 'query MetricsPeople { people(first: 1) { totalCount } }' })).status, 200);
    await post({ query: '{ __typename }' });
    const after = await scrape();
    assert.equal(sample(after, 'graphql_operations_total', { operation: 'MetricsPeople', outcome: 'ok' }), 2);
    assert.equal(sample(after, 'graphql_operation_duration_seconds_count', { operation: 'MetricsPeople' }), 2);
    assert.equal(sample(after, 'graphql_operation_duration_seconds_bucket', { operation: 'MetricsPeople', le: '+Inf' }), 2);
    assert.ok(sample(after, 'graphql_operation_duration_seconds_sum', { operation: 'MetricsPeople' }) > 0);
    const anonymous = { operation: '(anonymous)', outcome: 'ok' };
    assert.equal(sample(after, 'graphql_operations_total', anonymous) - sample(before, 'graphql_operations_total', anonymous), 1);
    const reads = { mode: 'read', outcome: 'ok' };
    // One transaction per root field. With the query cache on, the first request runs its query
    // alone (seen once); the second reads the graph's version, then runs it and keeps the answer.
    assert.equal(
      sample(after, 'neo4j_transaction_duration_seconds_count', reads) - sample(before, 'neo4j_transaction_duration_seconds_count', reads),
      1 + 2,
      'one transaction per root field, and the version read',
    );
    assert.equal(sample(after, 'neo4j_sessions_open', { mode: 'read' }), 0, 'every session is closed');
  });

  it('counts errors by the code the client saw, wherever the request was refused', async () => {
    const codes = ['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'UNAUTHENTICATED', 'BAD_REQUEST', 'BAD_USER_INPUT'];
    const before = await scrape();
    await post({ query: 'query Nope { nope }' });
    await post({ query: '{' });
    // Refused by a plugin once the operation is known, and refused while the context is built.
    await post({ query: 'mutation Delete { deleteEntity(id: "person:zhang-qin", reason: "x") { id } }' });
    await post({ query: '{ __typename }' }, { authorization: 'Bearer not-a-known-token-at-all' });
    await post('{"query": ');
    await post({ query: 'query Bad { node(id: "no id") { id } }' });
    const after = await scrape();
    const added = Object.fromEntries(
      codes.map((code) => [code, sample(after, 'graphql_errors_total', { code }) - sample(before, 'graphql_errors_total', { code })]),
    );
    assert.deepEqual(added, { GRAPHQL_VALIDATION_FAILED: 1, GRAPHQL_PARSE_FAILED: 1, UNAUTHENTICATED: 2, BAD_REQUEST: 1, BAD_USER_INPUT: 1 });
    assert.equal(sample(after, 'graphql_operations_total', { operation: 'Delete', outcome: 'error' }), 1);
    assert.equal(sample(after, 'graphql_operations_total', { operation: 'Bad', outcome: 'error' }), 1);
    assert.ok(
      sample(after, 'graphql_operations_total', { operation: '(invalid)', outcome: 'error' }) >= 2,
      'a document that does not parse or validate has no operation',
    );
  });

  it('keeps the number of operation names bounded, whatever names clients send', async () => {
    for (let i = 0; i < 250; i++) await post({ query: `query Flood${i} { __typename }` });
    const text = await scrape();
    const names = new Set(
      [...text.matchAll(/^graphql_operations_total\{operation="([^"]+)"/gm)].map((match) => match[1] ?? '').filter((name) => !name.startsWith('(')),
    );
    assert.equal(names.size, 200);
    assert.ok(sample(text, 'graphql_operations_total', { operation: '(other)', outcome: 'ok' }) >= 50);
  });

  it("carries Node's process metrics", async () => {
    const text = await scrape();
    for (const name of ['process_cpu_user_seconds_total', 'process_resident_memory_bytes', 'nodejs_eventloop_lag_seconds', 'nodejs_heap_size_used_bytes']) {
      assert.match(text, new RegExp(`^${name} `, 'm'), name);
    }
  });
});
