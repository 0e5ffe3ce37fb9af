import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { README, regenerated } from '../scripts/readme.js';
import { loadSeed } from '../src/seed/load.js';
import { EXAMPLES } from '../web/src/examples.js';
import { gql, startApi, type RunningApi } from './helpers.js';

let api: RunningApi;
const readme = readFileSync(README, 'utf8');
before(async () => {
  api = await startApi();
});
after(async () => {
  await api.close();
});

/** Equal, but for Lucene scores, which may move in their last digits between Neo4j releases. */
function assertAnswer(actual: unknown, expected: unknown, path = 'data'): void {
  if (typeof expected === 'number' && path.endsWith('.score')) {
    assert.ok(typeof actual === 'number' && Math.abs(actual - expected) <= expected * 0.05, `${path}: ${String(actual)}, not about ${expected}`);
  } else if (Array.isArray(expected)) {
    assert.ok(Array.isArray(actual) && actual.length === expected.length, `${path}: ${JSON.stringify(actual)}`);
    expected.forEach((item, index) => assertAnswer((actual as unknown[])[index], item, `${path}.${index}`));
  } else if (typeof expected === 'object' && expected !== null) {
    assert.ok(typeof actual === 'object' && actual !== null, `${path}: ${JSON.stringify(actual)}`);
    assert.deepEqual(Object.keys(actual).sort(), Object.keys(expected).sort(), path);
    for (const [key, value] of Object.entries(expected)) assertAnswer((actual as Record<string, unknown>)[key], value, `${path}.${key}`);
  } else {
    assert.deepEqual(actual, expected, path);
  }
}

describe('the README', () => {
  it('tells the data model and the counts of the seed as they are now (npm run readme)', () => {
    assert.equal(regenerated(readme, loadSeed('seed')), readme, 'stale: run npm run readme');
  });

  it('shows for every example the answer the seeded graph gives', async () => {
    const pairs = [...readme.matchAll(/```graphql\n([\s\S]*?)```\n\n```json\n([\s\S]*?)```/g)];
    assert.deepEqual(
      pairs.map((pair) => pair[1]),
      [...EXAMPLES],
    );
    for (const [, query, answer] of pairs) {
      const response = await gql(api.url, query ?? '');
      assertAnswer(response.data, (JSON.parse(answer ?? '') as { data: unknown }).data);
      assert.equal(response.errors, undefined);
    }
  });
});
