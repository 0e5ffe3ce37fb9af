import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Neo4jError, type ManagedTransaction } from 'neo4j-driver';
import { readTransaction, writeTransaction } from '../src/database.js';
import { ServiceUnavailableError } from '../src/errors.js';
import { startApi, type Api } from '../scripts/service.js';
import { freePort, testDriver, type GraphQLResponse } from './helpers.js';

/**
 * What can be checked of a cluster or Aura on one local server: the API on a `neo4j://` URI
 * (client-side routing: the driver asks the server for its routing table and sends reads and
 * writes where it says), read-your-writes through the driver's bookmark manager, and the
 * fail-fast state kept per access mode with routing.
 */
const TOKEN = 'cluster-editor-token-0123456789';
const EN_QUOTE = { source: 'source:nanjing-2008-en', quote: 'SIPO Deputy Commissioner Zhang Qin' };

function routingUri(): string {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is not set: run the tests with `npm test`.');
  return uri.replace(/^bolt:/, 'neo4j:');
}

describe('the API on a neo4j:// URI', () => {
  let api: Api;
  const id = `person:cluster-check-${Date.now()}`;
  before(async () => {
    api = await startApi(routingUri(), 'cluster', { API_TOKENS: `cluster:editor:${TOKEN}` });
  });
  after(async () => {
    assert.equal(await api.stop(), 0);
    const driver = testDriver();
    try {
      await writeTransaction(driver, undefined, async (tx) => {
        await tx.run('MATCH (n {id: $id}) DETACH DELETE n', { id });
        await tx.run('MATCH (a:AuditEntry {targetId: $id}) DELETE a', { id });
      });
    } finally {
      await driver.close();
    }
  });

  const send = async (query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<Record<string, { id: string; nameEn?: string } | null>>> => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<Record<string, { id: string; nameEn?: string } | null>>;
  };

  it('started (schema and seed written through the routing driver) and answers reads', async () => {
    const answer = await send('{ node(id: "person:zhang-qin") { id nameEn } }');
    assert.deepEqual(answer, { data: { node: { id: 'person:zhang-qin', nameEn: 'Zhang Qin' } } });
  });

  it('writes, and the next request reads what was written', async () => {
    const created = await send('mutation($i: CreateEntityInput!) { createEntity(input: $i) { id } }', {
      i: { kind: 'PERSON', id, nameEn: 'Cluster Check', sources: [EN_QUOTE] },
    });
    assert.deepEqual(created, { data: { createEntity: { id } } });
    const read = await send('query($id: ID!) { node(id: $id) { id nameEn } }', { id });
    assert.deepEqual(read, { data: { node: { id, nameEn: 'Cluster Check' } } });
    const deleted = await send('mutation($id: ID!) { deleteEntity(id: $id, reason: "cluster test") { id } }', { id });
    assert.deepEqual(deleted, { data: { deleteEntity: { id } } });
    assert.deepEqual(await send('query($id: ID!) { node(id: $id) { id } }', { id }), { data: { node: null } });
  });
});

describe("the driver's bookmark manager", () => {
  it("is every transaction's with routing: a write's bookmark goes to it, and reads start from what it holds", async () => {
    const driver = testDriver(routingUri());
    const manager = driver.executeQueryBookmarkManager;
    try {
      const before = new Set(await manager.getBookmarks());
      await writeTransaction(driver, undefined, (tx) => tx.run('MERGE (m:BookmarkCheck {id: 1}) DELETE m'));
      const after = [...(await manager.getBookmarks())];
      assert.ok(after.length > 0 && after.some((bookmark) => !before.has(bookmark)), 'the write left its bookmark with the shared manager');

      // A bookmark the server never issued: a read that is sent the manager's bookmarks is refused for it.
      await manager.updateBookmarks([], ['not-a-bookmark']);
      await assert.rejects(
        readTransaction(driver, undefined, (tx) => tx.run('RETURN 1')),
        (error: unknown) => {
          assert.ok(error instanceof Neo4jError, String(error));
          assert.match(error.code, /InvalidBookmark/);
          return true;
        },
      );
      await manager.updateBookmarks(['not-a-bookmark'], []);
      const answer = await readTransaction(driver, undefined, async (tx) => (await tx.run('RETURN 1 AS one')).records[0]?.get('one') as number | undefined);
      assert.equal(answer, 1);
    } finally {
      await driver.close();
    }
  });

  it('is left out with one server, which has every write it committed', async () => {
    const driver = testDriver();
    try {
      await writeTransaction(driver, undefined, (tx) => tx.run('MERGE (m:BookmarkCheck {id: 1}) DELETE m'));
      assert.deepEqual(await driver.executeQueryBookmarkManager.getBookmarks(), [], 'the write left no bookmark with the manager');
      // A bookmark the server never issued, were it sent, would make the read fail.
      await driver.executeQueryBookmarkManager.updateBookmarks([], ['not-a-bookmark']);
      const answer = await readTransaction(driver, undefined, async (tx) => (await tx.run('RETURN 1 AS one')).records[0]?.get('one') as number | undefined);
      assert.equal(answer, 1);
    } finally {
      await driver.close();
    }
  });
});

describe('fail-fast with routing', () => {
  it('is kept per access mode: a cluster found without readers still tries writes', async () => {
    const driver = testDriver(`neo4j://127.0.0.1:${await freePort()}`);
    const work = (tx: ManagedTransaction): Promise<unknown> => tx.run('RETURN 1');
    try {
      await assert.rejects(readTransaction(driver, undefined, work), (error: unknown) => error instanceof Neo4jError && error.code === 'ServiceUnavailable');
      await assert.rejects(readTransaction(driver, undefined, work), ServiceUnavailableError, 'reads now fail at once');
      await assert.rejects(
        writeTransaction(driver, undefined, work),
        (error: unknown) => error instanceof Neo4jError && error.code === 'ServiceUnavailable',
        'writes still try',
      );
    } finally {
      await driver.close();
    }
  });
});
