import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BoltRecorder } from '../bench/bolt-recorder.js';
import { parseTokens } from '../src/auth.js';
import { ConfigError, DEFAULT_CACHE_WINDOW_MS, loadConfig } from '../src/config.js';
import { registry } from '../src/metrics.js';
import { data, gql, startApi, testDriver, type RunningApi } from './helpers.js';

/**
 * The query cache: a repeated read is answered without its query, every write is seen by the very
 * next read on this instance and on another one sharing the database, and the cache turns off.
 */

const EDITOR = 'editor-token-for-cache-tests';
const AS_EDITOR = { authorization: `Bearer ${EDITOR}` };
const AUTH = { tokens: parseTokens(`ed:editor:${EDITOR}`), anonymousRead: true };
const QUOTE = { source: 'source:nanjing-2008-en', quote: 'SIPO Deputy Commissioner Zhang Qin' };
const PERSON = 'person:cache-test';

/** Cache lookups so far in this process, by outcome (both instances of a test count here). */
async function lookups(): Promise<{ hit: number; miss: number }> {
  const metric = await registry.getSingleMetric('graph_cache_lookups_total')?.get();
  const count = (outcome: string): number => metric?.values.find((value) => value.labels.outcome === outcome)?.value ?? 0;
  return { hit: count('hit'), miss: count('miss') };
}

async function edit(api: RunningApi, query: string, variables: Record<string, unknown>): Promise<void> {
  const response = await gql(api.url, query, variables, AS_EDITOR);
  assert.equal(response.errors, undefined, JSON.stringify(response.errors));
}

const READ = `query ($id: ID!) { node(id: $id) { id nameEn ... on Person { note } } people(first: 0) { totalCount }
  search(text: "Cache test", kinds: [PERSON], first: 5) { node { id } } }`;
type Read = { node: { id: string; nameEn: string; note: string | null } | null; people: { totalCount: number }; search: { node: { id: string } }[] };

describe('the query cache', () => {
  let recorder: BoltRecorder;
  let one: RunningApi;
  let other: RunningApi;
  before(async () => {
    recorder = await BoltRecorder.start(process.env.NEO4J_URI ?? '');
    one = await startApi(testDriver(recorder.uri), { auth: AUTH });
    // Another instance on the same database, with a driver (and bookmarks) of its own.
    other = await startApi(testDriver(), { auth: AUTH });
  });
  after(async () => {
    const cleanup = await gql(one.url, 'mutation ($id: ID!) { deleteEntity(id: $id, reason: "cache test over") { id } }', { id: PERSON }, AS_EDITOR);
    assert.ok(cleanup.errors === undefined || cleanup.errors[0]?.extensions?.code === 'NOT_FOUND');
    await one.close();
    await other.close();
    await recorder.close();
  });

  it('answers a repeated read with no query but an auto-commit read of the graph version', async () => {
    // With no window, every request reads the version: each step below sends what it says.
    const strict = await startApi(testDriver(recorder.uri), { auth: AUTH, cacheWindowMs: 0 });
    try {
      await repeatedReads(strict);
    } finally {
      await strict.close();
    }
  });

  async function repeatedReads(one: RunningApi): Promise<void> {
    const query = '{ node(id: "region:320583") { id nameEn ... on Region { designations { totalCount } } } }';
    // Seen for the first time, the query just runs: no version read, nothing kept.
    const first = await recorder.during(() => data(one.url, query));
    assert.equal(first.length, 1, first.join('\n---\n'));
    assert.doesNotMatch(first[0] ?? '', /GraphVersion/);
    // Seen again, it runs after a read of the version, and its answer is kept under that version.
    const second = await recorder.during(() => data(one.url, query));
    assert.deepEqual(
      second.map((text) => text.includes('GraphVersion')),
      [true, false],
      second.join('\n---\n'),
    );
    const before = await lookups();
    const begins = recorder.begins;
    let answer: unknown;
    const again = await recorder.during(async () => {
      answer = await data(one.url, query);
    });
    assert.equal(again.length, 1, again.join('\n---\n'));
    assert.match(again[0] ?? '', /GraphVersion/);
    // An auto-commit read: one round trip, without a BEGIN and a COMMIT of its own.
    assert.equal(recorder.begins, begins);
    assert.deepEqual(answer, await data(other.url, query));
    assert.equal((await lookups()).hit, before.hit + 1);
    // A dashboard's many root fields share that one read of the version.
    const dashboard = '{ entityCounts { kind count } tiers { tier designations } designationsByProvince { designations } sourceCoverage { nodes } }';
    await data(one.url, dashboard);
    await data(one.url, dashboard);
    const repeated = await recorder.during(() => data(one.url, dashboard));
    assert.equal(repeated.length, 1, repeated.join('\n---\n'));
  }

  it('lets one version read serve the requests within its window, and holds every write until no such read serves', async () => {
    const session = testDriver();
    const windowOf = async (): Promise<number> => {
      const result = await session.executeQuery("MATCH (v:GraphVersion {key: 'graph'}) RETURN v.readWindowMs AS window");
      return Number(result.records[0]?.get('window') ?? 0);
    };
    const before = await windowOf();
    // A window long enough that a slow machine still sends the reads below inside it.
    const windowed = await startApi(testDriver(recorder.uri), { auth: AUTH, cacheWindowMs: 1_000 });
    const person = 'person:cache-window-test';
    const read = async (): Promise<{ note: string | null; sent: string[] }> => {
      let note: string | null = null;
      const sent = await recorder.during(async () => {
        note = (await data<Read>(windowed.url, READ, { id: person })).node?.note ?? null;
      });
      return { note, sent };
    };
    try {
      await edit(other, 'mutation ($input: CreateEntityInput!) { createEntity(input: $input) { id } }', {
        input: { kind: 'PERSON', id: person, nameEn: 'Cache window test', note: 'first', sources: [QUOTE] },
      });
      await read();
      // The first read of the version finds the graph carrying a shorter window, and announces this one.
      await read();
      for (let tries = 0; (await windowOf()) < 1_000; tries++) {
        assert.ok(tries < 100, 'the window was never announced');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      // Past the window the graph carried before, the next request reads the version again.
      await new Promise((resolve) => setTimeout(resolve, before + 10));
      const fresh = await read();
      assert.equal(fresh.note, 'first');
      assert.ok(
        fresh.sent.some((text) => text.includes('GraphVersion')),
        fresh.sent.join('\n---\n'),
      );
      // Within the window of that read, a repeated request sends nothing at all.
      const served = await read();
      assert.equal(served.note, 'first');
      assert.deepEqual(served.sent, []);
      // Another instance writes. It returns only once that read has stopped serving, so the next
      // request here reads the version again and sees the write.
      await edit(other, 'mutation ($input: UpdateEntityInput!) { updateEntity(input: $input) { id } }', {
        input: { id: person, note: 'second', sources: [{ ...QUOTE, fields: ['note'] }] },
      });
      const after = await read();
      assert.equal(after.note, 'second');
      assert.ok(
        after.sent.some((text) => text.includes('GraphVersion')),
        after.sent.join('\n---\n'),
      );
    } finally {
      await edit(other, 'mutation ($id: ID!) { deleteEntity(id: $id, reason: "cache window test over") { id } }', { id: person });
      await windowed.close();
      // Windows only grow; the rest of the suite's writes would wait this one out.
      await session.executeQuery("MATCH (v:GraphVersion {key: 'graph'}) SET v.readWindowMs = $before", { before });
      await session.close();
    }
  });

  it('shows every write to the very next read, on the writing instance and on another one, round after round', async () => {
    await edit(one, 'mutation ($input: CreateEntityInput!) { createEntity(input: $input) { id } }', {
      input: { kind: 'PERSON', id: PERSON, nameEn: 'Cache test', note: 'round 0', sources: [QUOTE] },
    });
    const people = (await data<Read>(one.url, READ, { id: PERSON })).people.totalCount;
    // Both instances have seen the read once, so that each keeps it from the first round on.
    await data<Read>(other.url, READ, { id: PERSON });
    const before = await lookups();
    let present = true;
    let note = 'round 0';
    let writes = 0;
    for (let round = 1; round <= 30; round++) {
      // Writes alternate between the instances, and every fifth round the entity goes or comes back.
      const writer = round % 2 === 0 ? one : other;
      if (round % 5 === 0) {
        if (present) await edit(writer, 'mutation ($id: ID!) { deleteEntity(id: $id, reason: "cache test") { id } }', { id: PERSON });
        else {
          await edit(writer, 'mutation ($input: CreateEntityInput!) { createEntity(input: $input) { id } }', {
            input: { kind: 'PERSON', id: PERSON, nameEn: 'Cache test', note: `round ${round}`, sources: [QUOTE] },
          });
          note = `round ${round}`;
        }
        present = !present;
        writes++;
      } else if (present) {
        await edit(writer, 'mutation ($input: UpdateEntityInput!) { updateEntity(input: $input) { id } }', {
          input: { id: PERSON, note: `round ${round}`, sources: [{ ...QUOTE, fields: ['note'] }] },
        });
        note = `round ${round}`;
        writes++;
      }
      // Each instance reads twice: the first read after a write is fresh, the second a hit; both must be right.
      for (const reader of [one, other, one, other]) {
        const seen = await data<Read>(reader.url, READ, { id: PERSON });
        const where = `round ${round}, ${reader === one ? 'one' : 'other'}`;
        assert.equal(seen.node?.note, present ? note : undefined, where);
        assert.deepEqual(
          seen.search.map((hit) => hit.node.id),
          present ? [PERSON] : [],
          where,
        );
        assert.equal(seen.people.totalCount, present ? people : people - 1, where);
      }
    }
    const after = await lookups();
    // The repeated reads were served from the cache: not a test of an empty cache.
    // Three root fields; after each write, each instance's first read misses and its second hits.
    assert.ok(after.hit - before.hit >= 30 * 2 * 3, `hits ${after.hit - before.hit}`);
    assert.ok(after.miss - before.miss >= writes * 2 * 3, `misses ${after.miss - before.miss} for ${writes} writes`);
  });

  it('translates a repeated operation once per set of variables, and answers each set with its own query', async () => {
    const off = await startApi(testDriver(recorder.uri), { cacheBytes: 0 });
    try {
      const query = 'query ($id: ID!, $more: Boolean!) { node(id: $id) { id ... on Region @include(if: $more) { designations { totalCount } } } }';
      type Answer = { node: { id: string; designations?: { totalCount: number } } };
      const read = async (id: string, more: boolean): Promise<{ answer: Answer; sent: string[] }> => {
        let answer: Answer | undefined;
        const sent = await recorder.during(async () => {
          answer = await data<Answer>(off.url, query, { id, more });
        });
        assert.ok(answer);
        return { answer, sent };
      };
      const plain = await read('region:320583', false);
      const more = await read('region:320583', true);
      assert.equal(plain.answer.node.designations, undefined);
      assert.ok((more.answer.node.designations?.totalCount ?? 0) > 0);
      assert.notEqual(plain.sent[0], more.sent[0], 'a variable that shapes the selection shapes the Cypher');
      const other = await read('region:320581', true);
      assert.equal(other.answer.node.id, 'region:320581');
      assert.deepEqual((await read('region:320583', true)).answer, more.answer);
      assert.deepEqual((await read('region:320583', false)).answer, plain.answer);
    } finally {
      await off.close();
    }
  });

  it('turns off with GRAPHQL_CACHE_MB=0, and refuses a size or a window that is not a number or too long', async () => {
    assert.equal(loadConfig({ GRAPHQL_CACHE_WINDOW_MS: '0' }).cacheWindowMs, 0);
    assert.equal(loadConfig({}).cacheWindowMs, DEFAULT_CACHE_WINDOW_MS);
    for (const bad of ['-5', 'soon', '1001']) assert.throws(() => loadConfig({ GRAPHQL_CACHE_WINDOW_MS: bad }), ConfigError, bad);
    assert.equal(loadConfig({ GRAPHQL_CACHE_MB: '0' }).cacheBytes, 0);
    assert.equal(loadConfig({ GRAPHQL_CACHE_MB: '8' }).cacheBytes, 8 * 1024 * 1024);
    assert.ok(loadConfig({}).cacheBytes > 0, 'on by default');
    for (const bad of ['-1', 'lots', '1.5']) assert.throws(() => loadConfig({ GRAPHQL_CACHE_MB: bad }), ConfigError, bad);

    const off = await startApi(testDriver(recorder.uri), { cacheBytes: 0 });
    try {
      const query = '{ node(id: "region:320583") { id } }';
      await data(off.url, query);
      const before = await lookups();
      const sent = await recorder.during(() => data(off.url, query));
      assert.equal(sent.length, 1);
      assert.doesNotMatch(sent[0] ?? '', /GraphVersion/);
      assert.deepEqual(await lookups(), before);
    } finally {
      await off.close();
    }
  });
});
