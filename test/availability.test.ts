import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Neo4jError, type ManagedTransaction } from 'neo4j-driver';
import { readTransaction } from '../src/cypher/run.js';
import { ServiceUnavailableError } from '../src/errors.js';
import { freePort, gql, startApi, testDriver, type GraphQLResponse, type RunningApi } from './helpers.js';

describe('when Neo4j cannot be reached', () => {
  let api: RunningApi;
  before(async () => {
    api = await startApi(testDriver(`bolt://127.0.0.1:${await freePort()}`));
  });
  after(async () => {
    await api.close();
  });

  it('answers SERVICE_UNAVAILABLE within seconds, for every root field', async () => {
    for (const query of ['{ node(id: "person:zhang-qin") { id } }', '{ people { totalCount } }', '{ search(text: "zhang") { score } }']) {
      const started = Date.now();
      const response = await gql(api.url, query);
      assert.equal(response.errors?.[0]?.extensions?.code, 'SERVICE_UNAVAILABLE', query);
      assert.match(response.errors?.[0]?.message ?? '', /unavailable/);
      assert.ok(Date.now() - started < 10_000, 'fails fast instead of hanging');
    }
  });

  it('reports it on /health with status 503', async () => {
    const response = await fetch(`${api.base}/health`);
    assert.equal(response.status, 503);
    const body = (await response.json()) as { status: string; neo4j: { reachable: boolean } };
    assert.equal(body.status, 'unavailable');
    assert.equal(body.neo4j.reachable, false);
  });
});

describe('when Neo4j is up', () => {
  let api: RunningApi;
  before(async () => {
    api = await startApi();
  });
  after(async () => {
    await api.close();
  });

  it('reports it on /health with status 200 and the server version', async () => {
    const response = await fetch(`${api.base}/health`);
    assert.equal(response.status, 200);
    const body = (await response.json()) as { status: string; neo4j: { reachable: boolean; version: string } };
    assert.equal(body.status, 'ok');
    assert.match(body.neo4j.version, /^Neo4j\//);
  });

  it('masks unexpected errors in the response and logs them', async () => {
    // A Cypher failure the API does not expect: a property of an unsupported type, read back.
    const session = api.driver.session();
    try {
      await session.executeWrite((tx) => tx.run("MATCH (p:Person {id: 'person:he-hua'}) SET p.nameEn = point({x: 1, y: 2})"));
      const response = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'masking-test-1' },
        body: JSON.stringify({ query: '{ node(id: "person:he-hua") { nameEn } }' }),
      });
      const body = (await response.json()) as GraphQLResponse<unknown>;
      assert.equal(body.errors?.[0]?.extensions?.code, 'INTERNAL_SERVER_ERROR');
      assert.equal(body.errors?.[0]?.message, 'Internal server error');
      assert.equal(JSON.stringify(body).includes('stack'), false);
      const logged = api.logged.map((line) => JSON.parse(line) as { level: string; message: string; requestId?: string; stack?: string });
      const cause = logged.find((line) => line.message === 'Unexpected error while answering a request');
      assert.ok(cause, 'the cause is logged');
      assert.equal(cause.level, 'error');
      assert.equal(cause.requestId, 'masking-test-1', 'with the id of the request it happened in');
      assert.ok(cause.stack, 'with its stack, for the operator only');
    } finally {
      await session.executeWrite((tx) => tx.run("MATCH (p:Person {id: 'person:he-hua'}) SET p.nameEn = 'He Hua'"));
      await session.close();
    }
  });
});

describe('failing fast', () => {
  it('is kept per server address: one server found unreachable does not refuse transactions to another', async () => {
    const unreachable = `bolt://127.0.0.1:${await freePort()}`;
    const down = testDriver(unreachable);
    const sameServer = testDriver(unreachable);
    const up = testDriver();
    const one = async (tx: ManagedTransaction): Promise<unknown> => (await tx.run('RETURN 1 AS one')).records[0]?.get('one');
    try {
      await assert.rejects(readTransaction(down, undefined, one), (error: unknown) => error instanceof Neo4jError && error.code === 'ServiceUnavailable', 'the first one tries');
      await assert.rejects(readTransaction(down, undefined, one), ServiceUnavailableError, 'the next one to that server fails at once');
      await assert.rejects(readTransaction(sameServer, undefined, one), ServiceUnavailableError, 'whichever driver sends it');
      assert.equal(await readTransaction(up, undefined, one), 1, 'the other server is still asked');
    } finally {
      await Promise.all([down.close(), sameServer.close(), up.close()]);
    }
  });
});
