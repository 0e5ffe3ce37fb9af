import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BoltRecorder } from '../bench/bolt-recorder.js';
import { MAX_KEYED_BODY } from '../src/answers.js';
import { parseTokens } from '../src/auth.js';
import { registry } from '../src/metrics.js';
import { gql, startApi, testDriver, type RunningApi } from './helpers.js';

/**
 * The answer cache (src/answers.ts): a repeated read is answered whole, before Express and
 * Apollo, after a read of the graph's version and nothing else; what it may not answer still
 * gets Apollo's answer, every time.
 */

const READER = 'reader-token-for-answer-tests';
const EDITOR = 'editor-token-for-answer-tests';
const AUTH = { tokens: parseTokens(`rd:reader:${READER},ed:editor:${EDITOR}`), anonymousRead: false };
const AS_READER = { authorization: `Bearer ${READER}` };
const AS_EDITOR = { authorization: `Bearer ${EDITOR}` };

interface Sent {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
}

/** The number an operation's series of a metric shows now. */
async function metric(name: string, labels: Record<string, string>): Promise<number> {
  const values = (await registry.getSingleMetric(name)?.get())?.values ?? [];
  return values.find((value) => Object.entries(labels).every(([key, wanted]) => value.labels[key] === wanted))?.value ?? 0;
}

describe('the answer cache', () => {
  let recorder: BoltRecorder;
  let api: RunningApi;
  /** Sends a body as it is, and returns what came back with the Cypher statements it cost. */
  const send = async (body: string, headers: Record<string, string> = AS_READER): Promise<Sent & { statements: string[] }> => {
    let sent: Sent | undefined;
    const statements = await recorder.during(async () => {
      const response = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
      sent = { status: response.status, headers: response.headers, text: await response.text() };
    });
    assert.ok(sent);
    return { ...sent, statements };
  };
  const operation = (query: string, variables?: Record<string, unknown>, operationName?: string): string => JSON.stringify({ query, variables, operationName });

  before(async () => {
    recorder = await BoltRecorder.start(process.env.NEO4J_URI ?? '');
    // No window: every request reads the version itself, so each step sends what it says.
    api = await startApi(testDriver(recorder.uri), { auth: AUTH, cacheWindowMs: 0 });
  });
  after(async () => {
    await api.close();
    await recorder.close();
  });

  it('answers a repeated read whole, with the bytes Apollo sent, after a read of the version and nothing else', async () => {
    const body = operation('query Region($id: ID!) { node(id: $id) { id nameEn } tiers { tier designations } }', { id: 'region:320583' }, 'Region');
    const first = await send(body);
    const second = await send(body);
    assert.ok(second.statements.some((text) => text.includes('GraphVersion')));
    const operations = await metric('graphql_operations_total', { operation: 'Region', outcome: 'ok' });
    const hits = await metric('graph_cache_lookups_total', { outcome: 'hit' });
    const served = await metric('graphql_answers_from_cache_total', {});
    const third = await send(body, { ...AS_READER, 'x-request-id': 'answer-test-3' });
    assert.equal(await metric('graphql_answers_from_cache_total', {}), served + 1);
    assert.equal(third.statements.length, 1, third.statements.join('\n---\n'));
    assert.match(third.statements[0] ?? '', /GraphVersion/);
    assert.equal(third.status, 200);
    assert.equal(third.text, second.text);
    assert.equal(third.text, first.text);
    assert.equal(third.headers.get('content-type'), second.headers.get('content-type'));
    assert.equal(third.headers.get('cache-control'), 'no-store');
    assert.equal(third.headers.get('x-request-id'), 'answer-test-3');
    // Counted as the operation it answers, its two root fields as hits.
    assert.equal(await metric('graphql_operations_total', { operation: 'Region', outcome: 'ok' }), operations + 1);
    assert.equal(await metric('graph_cache_lookups_total', { outcome: 'hit' }), hits + 2);
    assert.ok(
      api.logged.some((line) => line.includes('"requestId":"answer-test-3"') && line.includes('"status":200')),
      'the request is logged',
    );
    // Another Accept header may get another media type: not the same request.
    const accepting = await send(body, { ...AS_READER, accept: 'application/graphql-response+json' });
    assert.equal(await metric('graphql_answers_from_cache_total', {}), served + 1);
    assert.equal(accepting.status, 200);
  });

  it('serves no kept answer to a caller the server would refuse', async () => {
    const body = operation('{ tiers { tier designations } }');
    for (let round = 0; round < 3; round++) assert.equal((await send(body)).status, 200);
    const anonymous = await send(body, {});
    assert.equal(anonymous.status, 401);
    assert.match(anonymous.text, /UNAUTHENTICATED/);
    const forged = await send(body, { authorization: 'Bearer not-a-token' });
    assert.equal(forged.status, 401);
  });

  it('keeps no answer with an error, from outside the versioned reads, or to a mutation, and still reads JSON as Express would', async () => {
    const served = (): Promise<number> => metric('graphql_answers_from_cache_total', {});
    const before = await served();
    // An error: refused by the cost limit every time, by Apollo.
    const costly = operation(
      '{ people(first: 100) { edges { node { posts(first: 100) { edges { node { postHolders(first: 100) { edges { node { id } } } } } } } } } }',
    );
    for (let round = 0; round < 3; round++) {
      const refused = await send(costly);
      assert.equal(refused.status, 400, refused.text);
      assert.match(refused.text, /cost limit/i);
    }
    // The audit trail is read by the curation store, outside the versioned path: it runs each time.
    const audit = operation('{ auditTrail(first: 1) { totalCount } }');
    for (let round = 0; round < 3; round++) {
      const answered = await send(audit);
      assert.equal(answered.status, 200, answered.text);
      assert.ok(
        answered.statements.some((text) => text.includes('AuditEntry')),
        `round ${round}: ${answered.statements.join('\n---\n')}`,
      );
    }
    // A root __typename reads no graph, so no one version stands for the whole answer.
    const typed = operation('{ __typename tiers { tier } }');
    for (let round = 0; round < 3; round++) assert.match((await send(typed)).text, /"__typename":"Query"/);
    // A mutation is Apollo's every time: a reader is refused, an editor's bad input refused with its own message.
    const mutation = operation('mutation { deleteEntity(id: "person:no-such-person", reason: "answer test") { id } }');
    for (let round = 0; round < 2; round++) assert.equal((await send(mutation)).status, 403);
    for (let round = 0; round < 2; round++) assert.match((await send(mutation, AS_EDITOR)).text, /No entity has the id person:no-such-person/);
    // A body that is not JSON gets the parser's answer; one too large for the cache goes to Express whole.
    const broken = await send('{"query": "{ tiers { tier } }"');
    assert.equal(broken.status, 400);
    assert.match(broken.text, /not valid JSON/);
    const padded = operation(`{ tiers { tier } } # ${'x'.repeat(MAX_KEYED_BODY)}`);
    for (let round = 0; round < 3; round++) {
      const answered = await send(padded);
      assert.equal(answered.status, 200, answered.text);
    }
    assert.equal(await served(), before, 'none of these was answered from the answer cache');
    // A request small enough is, from its third sight: first it runs alone, then it is kept.
    const small = operation('{ tiers { designations } }');
    for (let round = 0; round < 3; round++) assert.equal((await send(small)).status, 200);
    assert.equal(await served(), before + 1);
  });

  it('is off with the query cache', async () => {
    const off = await startApi(testDriver(recorder.uri), { cacheBytes: 0, auth: AUTH });
    try {
      const body = operation('{ tiers { tier } }');
      for (let round = 0; round < 3; round++) {
        const response = await fetch(off.url, { method: 'POST', headers: { 'content-type': 'application/json', ...AS_READER }, body });
        assert.equal(response.status, 200);
      }
      const statements = await recorder.during(() => gql(off.url, '{ tiers { tier } }', undefined, AS_READER));
      assert.equal(statements.length, 1);
      assert.doesNotMatch(statements[0] ?? '', /GraphVersion/);
    } finally {
      await off.close();
    }
  });
});
