import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Neo4jError } from 'neo4j-driver';
import { parseTokens } from '../src/auth.js';
import { ErrorCode, translateDatabaseError, WriteConflictError } from '../src/errors.js';
import { countOf, graphChecksum, startApi, testDriver, type GraphQLResponse, type RunningApi, reloadSeed } from './helpers.js';

/**
 * Writes that race: identical creates end as exactly one record and CONFLICT for the others,
 * concurrent edits of different fields all survive, and a deadlock is a retryable
 * WRITE_CONFLICT, not an outage. Every race is run many times.
 */
const EDITOR = 'editor-token-for-concurrency-tests';
const AS_EDITOR = { authorization: `Bearer ${EDITOR}` };
const AUTH = { tokens: parseTokens(`ed:editor:${EDITOR}`), anonymousRead: true };
const EN_QUOTE = { source: 'source:nanjing-2008-en', quote: 'SIPO Deputy Commissioner Zhang Qin' };
const ZH_QUOTE = { source: 'source:nanjing-2008-zh', quote: '國家知識産權局副局長張勤' };
const PERSON = 'person:race-test';
const ROUNDS = 10;
const RACERS = 4;

const CREATE_ENTITY = 'mutation($input: CreateEntityInput!) { createEntity(input: $input) { id auditId } }';
const UPDATE_ENTITY = 'mutation($input: UpdateEntityInput!) { updateEntity(input: $input) { id auditId } }';
const CREATE_RELATIONSHIP = 'mutation($input: CreateRelationshipInput!) { createRelationship(input: $input) { id auditId } }';
const ATTACH_SOURCE = 'mutation($targetId: ID!, $citation: CitationInput!) { attachSource(targetId: $targetId, citation: $citation) { id auditId } }';

type Answer = GraphQLResponse<Record<string, { id: string; auditId: string }>>;

let api: RunningApi;
/** The graph outside curated records and the audit trail, which no race may change. */
let untouched: string;

before(async () => {
  api = await startApi(testDriver(), { auth: AUTH });
  untouched = await graphChecksum(api.driver, { exceptCuration: true });
  const created = await send(CREATE_ENTITY, { input: { kind: 'PERSON', id: PERSON, nameEn: 'Race Test', sources: [EN_QUOTE] } });
  assert.equal(created.errors, undefined, JSON.stringify(created.errors));
});
after(async () => {
  await reloadSeed(api.driver);
  await api.close();
});

async function send(query: string, variables: Record<string, unknown>): Promise<Answer> {
  const response = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...AS_EDITOR },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Answer;
}

/** Sends the requests at once; each must be answered within 3 s, and a plain query within 1 s after them. */
async function race(requests: readonly (() => Promise<Answer>)[]): Promise<Answer[]> {
  const answers = await Promise.all(
    requests.map(async (request) => {
      const started = performance.now();
      const answer = await request();
      const took = performance.now() - started;
      assert.ok(took < 3000, `answered after ${Math.round(took)} ms`);
      return answer;
    }),
  );
  const started = performance.now();
  const plain = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ node(id: "org:sipo") { id } }' }),
  });
  assert.equal(plain.status, 200);
  assert.ok(performance.now() - started < 1000, 'the server still answers other requests');
  return answers;
}

const codes = (answers: readonly Answer[]): string[] =>
  answers
    .map((answer) => answer.errors?.[0]?.extensions?.code)
    .map((code) => (typeof code === 'string' ? code : 'OK'))
    .sort();

describe('racing identical creates', () => {
  it(`end as exactly one relationship and CONFLICT for the others (${ROUNDS} rounds of ${RACERS})`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const input = { type: 'HOLDS_POST', from: PERSON, to: 'org:sipo', key: `race-${round}`, properties: { title: 'Adviser' }, sources: [EN_QUOTE] };
      const answers = await race(Array.from({ length: RACERS }, () => () => send(CREATE_RELATIONSHIP, { input })));
      assert.deepEqual(codes(answers), ['CONFLICT', 'CONFLICT', 'CONFLICT', 'OK'], JSON.stringify(answers));
      for (const answer of answers.filter((one) => one.errors)) {
        assert.equal(answer.errors?.[0]?.extensions?.argument, 'input.key');
        assert.match(answer.errors?.[0]?.message ?? '', /already exists/);
      }
      const id = `rel:holds_post:race-test:sipo:race-${round}`;
      assert.equal(await countOf(api.driver, `MATCH ()-[r:HOLDS_POST {id: '${id}'}]->() RETURN count(r)`), 1);
      assert.equal(await countOf(api.driver, `MATCH (a:AuditEntry {targetId: '${id}'}) RETURN count(a)`), 1, 'one audit entry: the losers wrote nothing');
    }
    assert.equal(await graphChecksum(api.driver, { exceptCuration: true }), untouched);
  });

  it(`end as exactly one entity and CONFLICT for the others, never an internal error (${ROUNDS} rounds of ${RACERS})`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const id = `person:race-entity-${round}`;
      const input = { kind: 'PERSON', id, nameEn: `Race Entity ${round}`, sources: [EN_QUOTE] };
      const answers = await race(Array.from({ length: RACERS }, () => () => send(CREATE_ENTITY, { input })));
      assert.deepEqual(codes(answers), ['CONFLICT', 'CONFLICT', 'CONFLICT', 'OK'], JSON.stringify(answers));
      assert.ok(answers.filter((one) => one.errors).every((one) => one.errors?.[0]?.extensions?.argument === 'input.id'));
      assert.equal(await countOf(api.driver, `MATCH (n:Entity {id: '${id}'}) RETURN count(n)`), 1);
      assert.equal(await countOf(api.driver, `MATCH (n:Entity {id: '${id}'})-[c:SUPPORTED_BY]->() RETURN count(c)`), 1);
      assert.equal(await countOf(api.driver, `MATCH (a:AuditEntry {targetId: '${id}'}) RETURN count(a)`), 1);
    }
    assert.equal(await graphChecksum(api.driver, { exceptCuration: true }), untouched);
  });
});

describe('racing edits of one entity', () => {
  it(`keep every field each edit changed (${ROUNDS} rounds of three edits at once)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const edits = [
        { id: PERSON, nameZh: `競賽${round}`, sources: [ZH_QUOTE] },
        { id: PERSON, note: `Note of round ${round}.`, sources: [EN_QUOTE] },
        { id: PERSON, aliases: [`Racer ${round}`], sources: [EN_QUOTE] },
      ];
      const answers = await race(edits.map((input) => () => send(UPDATE_ENTITY, { input })));
      assert.deepEqual(codes(answers), ['OK', 'OK', 'OK'], JSON.stringify(answers));
      const session = api.driver.session({ defaultAccessMode: 'READ' });
      try {
        const result = await session.run(
          'MATCH (n:Person {id: $id}) RETURN n.nameZh AS nameZh, n.note AS note, n.aliases AS aliases, n.searchText AS searchText',
          { id: PERSON },
        );
        const record = result.records[0];
        assert.equal(record?.get('nameZh'), `競賽${round}`);
        assert.equal(record?.get('note'), `Note of round ${round}.`);
        assert.deepEqual(record?.get('aliases'), [`Racer ${round}`]);
        const words = String(record?.get('searchText'));
        assert.ok(words.includes(`競賽${round}`) && words.includes(`Racer ${round}`), `the search words follow every change: ${words}`);
      } finally {
        await session.close();
      }
    }
    assert.equal(await countOf(api.driver, `MATCH (a:AuditEntry {targetId: '${PERSON}', action: 'updateEntity'}) RETURN count(a)`), ROUNDS * 3);
    assert.equal(await graphChecksum(api.driver, { exceptCuration: true }), untouched);
  });

  it(`attach every citation sent at once, each at its own position (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const id = `person:race-entity-${round}`;
      const citations = [
        { ...ZH_QUOTE, note: `round ${round} a` },
        { ...ZH_QUOTE, fields: ['nameEn'] },
        { ...EN_QUOTE, fields: ['nameEn'] },
      ];
      const answers = await race(citations.map((citation) => () => send(ATTACH_SOURCE, { targetId: id, citation })));
      assert.deepEqual(codes(answers), ['OK', 'OK', 'OK'], JSON.stringify(answers));
      const positions = await api.driver.executeQuery('MATCH (:Entity {id: $id})-[c:SUPPORTED_BY]->() RETURN collect(c.position) AS positions', { id });
      assert.deepEqual([...(positions.records[0]?.get('positions') as number[])].sort(), [0, 1, 2, 3]);
    }
  });
});

describe('a deadlock', () => {
  it('reaches the client as a retryable WRITE_CONFLICT, not as SERVICE_UNAVAILABLE', async () => {
    // Two transactions that take two locks in opposite orders: Neo4j ends one of them.
    const [first, second] = [api.driver.session(), api.driver.session()];
    const [one, two] = [await first.beginTransaction(), await second.beginTransaction()];
    const lock = (tx: typeof one, id: string): Promise<unknown> => tx.run('MATCH (n:Entity {id: $id}) SET n.__lock = true REMOVE n.__lock', { id });
    try {
      await lock(one, 'person:race-entity-0');
      await lock(two, 'person:race-entity-1');
      const outcomes = await Promise.allSettled([lock(one, 'person:race-entity-1'), lock(two, 'person:race-entity-0')]);
      const failed = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason as unknown] : []));
      assert.equal(failed.length, 1, 'Neo4j ended one of the two');
      const [deadlock] = failed;
      assert.ok(deadlock instanceof Neo4jError);
      assert.equal(deadlock.code, 'Neo.TransientError.Transaction.DeadlockDetected');
      const translated = translateDatabaseError(deadlock);
      assert.ok(translated instanceof WriteConflictError);
      assert.equal(translated.extensions.code, ErrorCode.WRITE_CONFLICT);
      assert.equal(translated.extensions.retryable, true);
    } finally {
      await Promise.allSettled([one.rollback(), two.rollback()]);
      await Promise.all([first.close(), second.close()]);
    }
  });
});
