import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { parse, type OperationDefinitionNode } from 'graphql';
import { BoltRecorder } from '../bench/bolt-recorder.js';
import { parseTokens } from '../src/auth.js';
import { registry } from '../src/metrics.js';
import { compiledOperation, preparable, preparedRequest } from '../src/prepared.js';
import { resolvers } from '../src/resolvers/index.js';
import { checkedTypeDefs } from '../src/schema.js';
import { graphChecksum, startApi, testDriver, type RunningApi } from './helpers.js';

/**
 * Prepared operations (src/prepared.ts): a query Apollo has answered without an error is run
 * again by the server itself, compiled (graphql-jit) or by graphql-js. Its answer must be the one
 * Apollo gives, byte for byte, and every request the prepared path must not answer still gets
 * Apollo's answer.
 */

const READER = 'reader-token-for-prepared-tests';
const AUTH = { tokens: parseTokens(`rd:reader:${READER}`), anonymousRead: false };
const AS_READER = { authorization: `Bearer ${READER}` };

const REGION = 'query Region($id: ID!, $first: Int) { node(id: $id) { id nameEn ... on Region { designations(first: $first) { edges { node { tier } } } } } }';

interface Sent {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  /** Requests answered on the prepared path while this one was. */
  readonly prepared: number;
  /** The Cypher statements it cost. */
  readonly statements: readonly string[];
}

async function preparedSoFar(): Promise<number> {
  return (await registry.getSingleMetric('graphql_prepared_answers_total')?.get())?.values[0]?.value ?? 0;
}

/** The sum of the durations recorded for an operation so far, in seconds. */
async function secondsTimed(operation: string): Promise<number> {
  const text = await registry.getSingleMetricAsString('graphql_operation_duration_seconds');
  const line = text.split('\n').find((candidate) => candidate.startsWith(`graphql_operation_duration_seconds_sum{operation="${operation}"}`));
  return line ? Number(line.split(' ').at(-1)) : 0;
}

async function operationsCounted(operation: string): Promise<number> {
  const values = (await registry.getSingleMetric('graphql_operations_total')?.get())?.values ?? [];
  return values.find((value) => value.labels.operation === operation && value.labels.outcome === 'ok')?.value ?? 0;
}

describe('prepared operations', () => {
  let recorder: BoltRecorder;
  let api: RunningApi;
  const send = async (payload: unknown, headers: Record<string, string> = AS_READER): Promise<Sent> => {
    const before = await preparedSoFar();
    let sent: Omit<Sent, 'prepared' | 'statements'> | undefined;
    const statements = await recorder.during(async () => {
      const response = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(payload) });
      sent = { status: response.status, headers: response.headers, text: await response.text() };
    });
    assert.ok(sent);
    return { ...sent, prepared: (await preparedSoFar()) - before, statements };
  };

  before(async () => {
    recorder = await BoltRecorder.start(process.env.NEO4J_URI ?? '');
    // The answer cache off: every answer below is computed, on one path or the other.
    api = await startApi(testDriver(recorder.uri), { auth: AUTH, cacheBytes: 0 });
  });
  after(async () => {
    await api.close();
    await recorder.close();
  });

  it("answers a query Apollo answered before on the prepared path, with Apollo's bytes, headers and metrics, in one Cypher statement", async () => {
    const payload = { query: REGION, variables: { id: 'region:320583', first: 3 }, operationName: 'Region' };
    const first = await send(payload);
    assert.equal(first.status, 200);
    assert.equal(first.prepared, 0, 'Apollo answers an operation the first time');
    const counted = await operationsCounted('Region');
    const second = await send(payload, { ...AS_READER, 'x-request-id': 'prepared-test-2' });
    assert.equal(second.prepared, 1);
    assert.equal(second.status, 200);
    assert.equal(second.text, first.text);
    assert.match(second.text, /"nameEn":"Kunshan"/);
    assert.equal(second.headers.get('content-type'), first.headers.get('content-type'));
    assert.equal(second.headers.get('cache-control'), 'no-store');
    assert.equal(second.headers.get('x-request-id'), 'prepared-test-2');
    assert.equal(second.statements.length, 1, second.statements.join('\n---\n'));
    assert.equal(await operationsCounted('Region'), counted + 1);
    assert.ok(api.logged.some((line) => line.includes('"requestId":"prepared-test-2"') && line.includes('"status":200')));

    // Other variables run the same prepared operation, and answer what Apollo answers for them:
    // the same text with a space more is another operation to the prepared path, so Apollo runs it.
    const other = { id: 'region:320583', first: 1 };
    const prepared = await send({ ...payload, variables: other });
    const byApollo = await send({ ...payload, query: `${REGION} `, variables: other });
    assert.equal(prepared.prepared, 1);
    assert.equal(byApollo.prepared, 0);
    assert.equal(prepared.text, byApollo.text);
    assert.notEqual(prepared.text, first.text);
  });

  it("answers every kind of read on the prepared path with Apollo's bytes: compiled, or by graphql-js where it aliases a record's field or has @include", async () => {
    const operations: [string, Record<string, unknown>?][] = [
      [
        '{ node(id: "person:zhang-qin") { __typename id nameEn nameZh aliases ... on Person { posts(first: 3) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } ' +
          'edges { cursor relationship { __typename ... on HoldsPost { title asOf startId endId } } node { __typename id nameEn } } } sources { __typename quote checked fields layer source { id title } } } } }',
      ],
      [
        'query ($after: String) { regions(where: { kind: PREFECTURE_LEVEL_CITY }, orderBy: [{ field: NAME_EN, direction: DESC }], first: 5, after: $after) ' +
          '{ totalCount edges { node { id nameEn kind designations { totalCount edges { node { tier year } } } } } } }',
        { after: null },
      ],
      ['query ($text: String!) { search(text: $text, first: 5) { score node { __typename id nameEn } } }', { text: 'kun' }],
      [
        '{ neighborhood(id: "region:320583", depth: 2, limit: 10) { truncated nodes { distance degree node { __typename id nameEn } } relationships { __typename id type startId endId } } }',
      ],
      ['{ shortestPath(from: "person:zhang-qin", to: "region:320583") { length nodes { __typename id } relationships { __typename type } } }'],
      ['{ designationsByProvince { province { id nameEn } designations holders } tiers { tier designations } }'],
      [
        '{ node(id: "event:nanjing-2008-conference") { ... on Event { startDate attendees(first: 5) { edges { node { __typename id ... on Person { nameZh } } } } } } }',
      ],
      ['{ kunshan: node(id: "region:320583") { id } zhang: node(id: "person:zhang-qin") { id } }'],
      [
        '{ node(id: "region:320583") { id name: nameEn ... on Region { first: designations(first: 1) { edges { node { tier } } } all: designations { totalCount } } } }',
      ],
      ['query ($with: Boolean!) { node(id: "region:320583") { id nameEn @include(if: $with) } }', { with: false }],
      [
        'query ($where: RegionWhere) { regions(where: $where, first: 3) { totalCount edges { node { id } } } }',
        { where: { OR: [{ name: 'kun' }, { name: 'su' }] } },
      ],
    ];
    for (const [query, variables] of operations) {
      const first = await send({ query, variables });
      const second = await send({ query, variables });
      assert.equal(first.status, 200, first.text);
      assert.doesNotMatch(first.text, /"errors"/, query);
      assert.deepEqual([first.prepared, second.prepared], [0, 1], query);
      assert.equal(second.text, first.text, query);
    }
  });

  it('compiles an operation unless it aliases a field read from a record, or has @skip or @include', () => {
    const schema = makeExecutableSchema({ typeDefs: checkedTypeDefs(), resolvers });
    const compiled = (query: string): boolean => compiledOperation(schema, parse(query), undefined) !== null;
    assert.ok(compiled('{ node(id: "x:y") { id ... on Region { designations { edges { cursor node { tier } } } } } }'));
    // Root fields and connection fields have resolvers of their own, which read by response key.
    assert.ok(compiled('{ a: node(id: "x:y") { id } b: regions { all: totalCount page: edges { node { id } } } }'));
    assert.ok(!compiled('{ node(id: "x:y") { id name: nameEn } }'));
    assert.ok(!compiled('{ regions { edges { node { ... on Region { label: nameEn } } } } }'));
    assert.ok(!compiled('query ($s: Boolean!) { node(id: "x:y") { id nameEn @skip(if: $s) } }'));
    assert.ok(!compiled('query ($i: Boolean!) { node(id: "x:y") { id ... @include(if: $i) { nameEn } } }'));
    // A filter holds itself (AND, OR, related nodes): as a variable, graphql-jit would unroll it without end.
    assert.ok(!compiled('query ($where: RegionWhere) { regions(where: $where) { totalCount } }'));
    assert.ok(compiled('query ($province: ID!) { regions(where: { partOf: { id: $province } }) { totalCount } }'));
  });

  it('keeps one prepared operation per Accept header, answered with the media type Apollo chose for it', async () => {
    const payload = { query: '{ tiers { tier } }' };
    const accept = { ...AS_READER, accept: 'application/graphql-response+json' };
    const json = [await send(payload), await send(payload)];
    const graphql = [await send(payload, accept), await send(payload, accept)];
    assert.deepEqual(
      [...json, ...graphql].map((sent) => sent.prepared),
      [0, 1, 0, 1],
    );
    assert.equal(json[1]?.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.equal(graphql[1]?.headers.get('content-type'), 'application/graphql-response+json; charset=utf-8');
    assert.equal(graphql[1]?.text, json[1]?.text);
  });

  it('leaves every request that would not answer plain data to Apollo, which answers it as it would the first time, and changes nothing', async () => {
    const checksum = await graphChecksum(api.driver);
    const payload = { query: REGION, variables: { id: 'region:320583', first: 2 }, operationName: 'Region' };
    await send(payload);
    assert.equal((await send(payload)).prepared, 1);
    // Variables of the wrong type, a page past the limit, a malformed id and a foreign cursor:
    // refused by graphql-js, by the cost check, by the argument check and by a resolver.
    const refusals: [Record<string, unknown>, string][] = [
      [{ id: 'region:320583', first: 'three' }, 'BAD_USER_INPUT'],
      [{ id: 'region:320583', first: 100_000 }, 'QUERY_LIMIT'],
      [{ id: 'not an id', first: 1 }, 'BAD_USER_INPUT'],
    ];
    for (const [variables, code] of refusals) {
      const refused = await send({ ...payload, variables });
      const fresh = await send({ ...payload, query: `${REGION}  `, variables });
      assert.equal(refused.prepared, 0, JSON.stringify(variables));
      assert.equal(refused.status, fresh.status);
      assert.equal(refused.status, 400, refused.text);
      assert.equal(refused.text, fresh.text);
      assert.equal((JSON.parse(refused.text) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code, code, refused.text);
    }
    // Variables that graphql-js coerces or refuses get the same answer from the compiled operation.
    for (const variables of [
      { id: 'region:320583', first: 1.5 },
      { id: 'region:320583', first: '2' },
      { id: 'region:320583', first: 2 ** 31 },
      { id: null, first: 1 },
      { first: 1 },
      { id: 320583, first: 1 },
      { id: 'region:320583', first: 2.0 },
    ]) {
      const compiled = await send({ ...payload, variables });
      const fresh = await send({ ...payload, query: `${REGION}   `, variables });
      assert.equal(compiled.status, fresh.status, JSON.stringify(variables));
      assert.equal(compiled.text, fresh.text, JSON.stringify(variables));
      assert.equal(compiled.prepared, fresh.status === 200 ? 1 : 0, JSON.stringify(variables));
    }
    const cursorQuery = 'query Page($after: String) { regions(first: 1, after: $after) { edges { node { id } } } }';
    await send({ query: cursorQuery, variables: {} });
    assert.equal((await send({ query: cursorQuery, variables: {} })).prepared, 1);
    const foreign = await send({ query: cursorQuery, variables: { after: 'not-a-cursor' } });
    const foreignFresh = await send({ query: `${cursorQuery} `, variables: { after: 'not-a-cursor' } });
    assert.equal(foreign.prepared, 0);
    assert.equal(foreign.status, foreignFresh.status);
    assert.equal(foreign.text, foreignFresh.text);
    assert.match(foreign.text, /"errors":\[\{"message":"[^"]*cursor/);
    // Without a token the request is Apollo's to refuse, prepared or not.
    const anonymous = await send(payload, {});
    assert.equal(anonymous.prepared, 0);
    assert.equal(anonymous.status, 401);
    assert.equal(await graphChecksum(api.driver), checksum);
  });

  it('asks the database once when a prepared run fails: Apollo answers with the outcome of that run', async () => {
    const payload = { query: '{ node(id: "region:320583") { id nameEn } }' };
    await send(payload);
    assert.equal((await send(payload)).prepared, 1);
    recorder.failNext(/Entity/, 'Neo.ClientError.Statement.SyntaxError');
    const failed = await send(payload);
    assert.equal(failed.prepared, 0);
    assert.equal(failed.statements.length, 1, failed.statements.join('\n---\n'));
    assert.equal((JSON.parse(failed.text) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code, 'INTERNAL_SERVER_ERROR', failed.text);
    assert.ok(api.logged.some((line) => line.includes('Unexpected error while answering a request')));
    const again = await send(payload);
    assert.equal(again.prepared, 1);
    assert.match(again.text, /"nameEn":"Kunshan"/);
  });

  it('times a request that a failed prepared run handed to Apollo from the start of that run', async () => {
    const payload = { query: 'query Retried { node(id: "region:320583") { id } }' };
    await send(payload);
    assert.equal((await send(payload)).prepared, 1);
    const timed = await secondsTimed('Retried');
    // Failures that may pass are retried within the window, on the prepared run: a second or more.
    recorder.failNext(/Entity/, 'Neo.TransientError.General.DatabaseUnavailable', 100);
    const started = performance.now();
    const failed = await send(payload);
    const elapsed = (performance.now() - started) / 1000;
    recorder.failNext(/Entity/, 'Neo.TransientError.General.DatabaseUnavailable', 0);
    assert.equal((JSON.parse(failed.text) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code, 'SERVICE_UNAVAILABLE', failed.text);
    assert.ok(elapsed >= 0.75, `answered after ${elapsed} s`);
    const recorded = (await secondsTimed('Retried')) - timed;
    assert.ok(recorded >= 0.75 && recorded <= elapsed, `timed ${recorded} s of ${elapsed} s`);
  });

  it('answers an automatic persisted query sent by its hash alone, once Apollo has run it by that hash', async () => {
    const query = '{ tiers { tier designations } }';
    const hash = createHash('sha256').update(query).digest('hex');
    const byHash = { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } };
    const registered = await send({ query, ...byHash });
    assert.equal(registered.status, 200);
    const first = await send(byHash);
    const second = await send(byHash);
    assert.deepEqual([registered.prepared, first.prepared, second.prepared], [0, 0, 1]);
    assert.equal(second.text, registered.text);
  });

  it('prepares no mutation, and leaves batches and unknown members to Apollo', async () => {
    const mutation = parse('mutation Forget { deleteNode(id: "x:y") { id } }').definitions[0] as OperationDefinitionNode;
    const query = parse('query Q { tiers { tier } }');
    assert.equal(preparable(query, mutation, 'hash'), undefined);
    assert.ok(preparable(query, query.definitions[0] as OperationDefinitionNode, 'hash'));
    assert.equal(preparedRequest(undefined, [{ query: '{ tiers { tier } }' }]), null);
    assert.equal(preparedRequest(undefined, { query: '{ tiers { tier } }', extra: 1 }), null);
    assert.equal(preparedRequest(undefined, { query: '{ tiers { tier } }', variables: [1] }), null);
    assert.equal(preparedRequest(undefined, { query: '{ a }', extensions: { persistedQuery: { version: 1, sha256Hash: 'h' } } }), null);
    assert.deepEqual(preparedRequest('*/*', { query: '{ a }', variables: null, operationName: null }), { key: '*/*\n\nquery:{ a }', variables: {} });
    const unknown = { query: '{ tiers { tier } }', extra: true };
    const sent = [await send(unknown), await send(unknown)];
    assert.deepEqual(
      sent.map((answer) => answer.prepared),
      [0, 0],
    );
    assert.equal(sent[1]?.status, 200);
  });
});
