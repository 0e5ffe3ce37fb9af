import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { PROJECT_ROOT } from '../src/config.js';
import { DEFAULT_LIMITS } from '../src/config.js';
import { loadManifest } from '../src/persisted.js';
import { DashboardDocument, NodeDetailsDocument } from '../web/src/__generated__/graphql.js';
import { launchBrowser, newPage } from './browser.js';
import { data, startApi, testDriver, type RunningApi } from './helpers.js';

/**
 * Persisted operations: the web pages' operations by hash (the manifest codegen writes), automatic
 * persisted queries for every other client, and the safelist that runs nothing else.
 */

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
const hashOf = (document: { __meta__?: Record<string, unknown> }): string => String(document.__meta__?.hash).replace(/^sha256:/, '');

interface Answer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

async function post(api: RunningApi, payload: Record<string, unknown>): Promise<Answer> {
  const response = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

const byHash = (hash: string, variables: Record<string, unknown> = {}): Record<string, unknown> => ({
  variables,
  extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
});

let open: RunningApi;
let safe: RunningApi;
before(async () => {
  open = await startApi();
  safe = await startApi(testDriver(), { limits: { ...DEFAULT_LIMITS, safelist: true } });
});
after(async () => {
  await open.close();
  await safe.close();
});

describe('persisted operations', () => {
  it('hold every operation of the web pages under the SHA-256 of its text, as codegen wrote them', () => {
    const manifest = loadManifest();
    assert.ok(manifest.size >= 8, `${manifest.size} operations`);
    for (const [hash, text] of manifest) assert.equal(sha256(text), hash, text.slice(0, 60));
    // The generated documents carry the same hashes the pages send.
    const generated = readFileSync(path.join(PROJECT_ROOT, 'web', 'src', '__generated__', 'graphql.ts'), 'utf8');
    const embedded = [...generated.matchAll(/\{"hash":"sha256:([0-9a-f]{64})"\}/g)].map((match) => match[1]);
    assert.deepEqual(new Set(embedded), new Set(manifest.keys()));
  });

  it("answer a page's operation sent by hash alone as they answer its text", async () => {
    const variables = { id: 'region:320583' };
    const viaHash = await post(open, byHash(hashOf(NodeDetailsDocument), variables));
    assert.equal(viaHash.status, 200);
    assert.equal(viaHash.body.errors, undefined);
    assert.deepEqual(viaHash.body.data, await data(open.url, String(NodeDetailsDocument), variables));
  });

  it('register any other operation by hash (automatic persisted queries), and say when a hash is unknown', async () => {
    const query = `{ node(id: "person:zhang-qin") { id nameEn } } # ${Date.now()}`;
    const unknown = await post(open, byHash(sha256(query)));
    assert.equal(unknown.body.errors?.[0]?.extensions?.code, 'PERSISTED_QUERY_NOT_FOUND');
    const registered = await post(open, { query, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(query) } } });
    assert.equal(registered.body.errors, undefined);
    const again = await post(open, byHash(sha256(query)));
    assert.deepEqual(again.body.data, registered.body.data);
    // A hash that does not match the text is refused.
    const forged = await post(open, { query, extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ __typename }') } } });
    assert.equal(forged.status, 400);
  });

  it('with the safelist on, run only the pages’ operations and let nothing be registered', async () => {
    const dashboard = await post(safe, byHash(hashOf(DashboardDocument)));
    assert.equal(dashboard.body.errors, undefined, JSON.stringify(dashboard.body.errors));
    assert.ok(dashboard.body.data?.entityCounts);
    // The manifest's own text, sent in full, is one of them too.
    const text = loadManifest().get(hashOf(NodeDetailsDocument)) ?? '';
    assert.equal((await post(safe, { query: text, variables: { id: 'region:320583' } })).body.errors, undefined);

    const query = '{ node(id: "person:zhang-qin") { id } }';
    const refused = await post(safe, { query });
    assert.equal(refused.status, 400);
    assert.equal(refused.body.errors?.[0]?.extensions?.code, 'PERSISTED_QUERY_NOT_ALLOWED');
    assert.equal(refused.body.data, undefined);
    const register = await post(safe, { query, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(query) } } });
    assert.equal(register.body.errors?.[0]?.extensions?.code, 'PERSISTED_QUERY_NOT_ALLOWED');
    const later = await post(safe, byHash(sha256(query)));
    assert.equal(later.body.errors?.[0]?.extensions?.code, 'PERSISTED_QUERY_NOT_FOUND');
    // A page's operation with its text reworded is not the same operation.
    const reworded = await post(safe, { query: String(NodeDetailsDocument), variables: { id: 'region:320583' } });
    assert.equal(reworded.body.errors?.[0]?.extensions?.code, 'PERSISTED_QUERY_NOT_ALLOWED');
  });

  it('let the explorer and the dashboard work against a server with the safelist on', async () => {
    const browser: Browser = await launchBrowser();
    try {
      const sent: string[] = [];
      const visit = async (url: string, ready: string): Promise<void> => {
        const { page, errors } = await newPage(browser, safe.base);
        page.on('request', (request) => {
          if (request.url().endsWith('/graphql')) sent.push(request.postData() ?? '');
        });
        await page.goto(url);
        await page.locator(ready).first().waitFor({ timeout: 90_000 });
        assert.equal(await page.locator('.error:visible').count(), 0, (await page.locator('.error:visible').allTextContents()).join(' '));
        assert.deepEqual(errors, []);
        await page.close();
      };
      await visit(`${safe.base}/dashboard`, '#dashboard:not([aria-busy]) #province-map[data-drawn="true"]');
      await visit(`${safe.base}/?e=${encodeURIComponent('region:320583:1')}&s=${encodeURIComponent('region:320583')}`, '#details h2:has-text("Kunshan")');
      assert.ok(sent.length > 2);
      for (const body of sent) assert.ok(!('query' in (JSON.parse(body) as object)), 'only hashes are sent');
    } finally {
      await browser.close();
    }
  });
});
