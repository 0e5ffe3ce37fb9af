import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BoltRecorder } from '../bench/bolt-recorder.js';
import { data, gql, startApi, testDriver, type RunningApi } from './helpers.js';

/**
 * Single-statement reads are auto-commit transactions (readQuery in src/database.ts), which the
 * driver does not retry: we do, for the errors that may pass, within the driver's retry window.
 * The failures come from a Bolt proxy in front of the real Neo4j that answers chosen queries
 * with a FAILURE instead of passing them on.
 */
describe('single-statement reads', () => {
  let recorder: BoltRecorder;
  let api: RunningApi;
  const query = '{ node(id: "region:320583") { id nameEn } }';
  const translated = /\$id|Entity/;
  before(async () => {
    recorder = await BoltRecorder.start(process.env.NEO4J_URI ?? '');
    api = await startApi(testDriver(recorder.uri), { cacheBytes: 0 });
    // A connection at rest in the pool, which the injected failures need.
    await data(api.url, query);
  });
  after(async () => {
    await api.close();
    await recorder.close();
  });

  it('retry a transient failure and answer as if nothing happened', async () => {
    const expected = await data(api.url, query);
    recorder.failNext(translated, 'Neo.TransientError.General.DatabaseUnavailable');
    let answer: unknown;
    const sent = await recorder.during(async () => {
      answer = await data(api.url, query);
    });
    assert.deepEqual(answer, expected);
    assert.equal(sent.length, 2, `the failed statement, then its retry:\n${sent.join('\n---\n')}`);
    assert.equal(sent[0], sent[1]);
  });

  it('give up on a transient failure that outlasts the retry window, with SERVICE_UNAVAILABLE', async () => {
    recorder.failNext(translated, 'Neo.TransientError.General.DatabaseUnavailable', 100);
    const started = performance.now();
    const sent = await recorder.during(async () => {
      const response = await gql(api.url, query);
      assert.equal(response.errors?.[0]?.extensions?.code, 'SERVICE_UNAVAILABLE', JSON.stringify(response.errors));
    });
    const elapsed = performance.now() - started;
    // 250, 500 and 1000 ms apart: four tries fit the 2 s window (three when the box is slow), a fifth never.
    assert.ok(sent.length >= 3 && sent.length <= 4, `${sent.length} tries in ${Math.round(elapsed)} ms`);
    assert.ok(elapsed >= 750, `gave up after ${Math.round(elapsed)} ms`);
    recorder.failNext(translated, 'Neo.TransientError.General.DatabaseUnavailable', 0);
    assert.ok((await data(api.url, query)) !== null, 'answers again once the failures stop');
  });

  it('do not retry an error that will not pass', async () => {
    recorder.failNext(translated, 'Neo.ClientError.Statement.SyntaxError');
    const sent = await recorder.during(async () => {
      const response = await gql(api.url, query);
      assert.equal(response.errors?.[0]?.extensions?.code, 'INTERNAL_SERVER_ERROR', JSON.stringify(response.errors));
    });
    assert.equal(sent.length, 1);
  });
});
