import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { EXAMPLES } from '../web/src/examples.js';
import { data, startApi, type RunningApi } from './helpers.js';

/**
 * The explorer, dashboard and GraphiQL pages in a real headless Chromium (Debian's package),
 * against the real API and Neo4j. Screenshots go to test-artifacts/.
 */
const ARTIFACTS = 'test-artifacts';

/** The browser globals that the functions passed to page.evaluate use: they run in Chromium, not Node. */
interface Collection {
  readonly length: number;
  nodes(): Collection;
}
declare const window: {
  explorer: {
    cy: {
      nodes(selector?: string): Collection;
      $(selector: string): Collection;
      getElementById(id: string): { renderedPosition(): { x: number; y: number } };
    };
  };
};
declare const document: { activeElement: { id: string } | null; body: { hasAttribute(name: string): boolean } };
let api: RunningApi;
let browser: Browser;

before(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  api = await startApi();
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    // The machine's network is closed: background services would only fail.
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});
after(async () => {
  await browser.close();
  await api.close();
});

async function newPage(): Promise<{ page: Page; errors: string[]; scripts: Map<string, Buffer> }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  const errors: string[] = [];
  const scripts = new Map<string, Buffer>();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('requestfailed', (request) => errors.push(`${request.url()} failed`));
  page.on('response', async (response) => {
    const url = response.url();
    if (!url.startsWith(api.base)) errors.push(`request outside the server: ${url}`);
    if (url.endsWith('.js')) scripts.set(url, await response.body());
  });
  return { page, errors, scripts };
}

function gzippedKb(scripts: Map<string, Buffer>): number {
  return [...scripts.values()].reduce((sum, body) => sum + gzipSync(body).length, 0) / 1024;
}

async function nodeCount(page: Page): Promise<number> {
  return page.evaluate(() => window.explorer.cy.nodes().length);
}

describe('the explorer', () => {
  it('finds 张勤 as you type, opens him, expands, finds a path to Jiangsu, and keeps it all in the URL', async () => {
    const { page, errors, scripts } = await newPage();
    await page.goto(`${api.base}/`);

    // Keyboard only: the search box is reachable by Tab and found by its label.
    await page.keyboard.press('Tab');
    const search = page.getByLabel('Search', { exact: true });
    await search.focus();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'search');
    await page.keyboard.type('张勤');
    const suggestion = page.getByRole('option').first();
    await suggestion.waitFor();
    assert.match((await suggestion.textContent()) ?? '', /Zhang Qin 张勤/);
    await page.keyboard.press('Enter');

    await page.locator('#details h2', { hasText: 'Zhang Qin' }).waitFor();
    assert.match((await page.locator('#details').textContent()) ?? '', /國家知識産權局副局長張勤/, 'the Chinese quote is shown');
    const opened = await nodeCount(page);
    assert.equal(opened, 10, 'Zhang Qin and his nine neighbours');
    assert.match(page.url(), /e=person%3Azhang-qin%3A1/);

    // The exact quote, marked in the document's own text.
    await page.getByRole('button', { name: 'Show in document' }).nth(1).click();
    assert.equal(await page.locator('.document mark').textContent(), '國家知識産權局副局長張勤');

    // Expand the conference by double-clicking it on the canvas.
    const position = await page.evaluate(() => window.explorer.cy.getElementById('event:nanjing-2008-conference').renderedPosition());
    const box = await page.locator('#graph').boundingBox();
    assert.ok(box);
    await page.mouse.dblclick(box.x + position.x, box.y + position.y);
    await page.waitForFunction((count) => window.explorer.cy.nodes().length > count, opened);
    const around = await data<{ a: { nodes: { node: { id: string } }[] }; b: { nodes: { node: { id: string } }[] } }>(
      api.url,
      `{ a: neighborhood(id: "person:zhang-qin", limit: 25) { nodes { node { id } } }
         b: neighborhood(id: "event:nanjing-2008-conference", limit: 25) { nodes { node { id } } } }`,
    );
    const union = new Set([...around.a.nodes, ...around.b.nodes].map((entry) => entry.node.id));
    assert.equal(await nodeCount(page), union.size, 'the conference and its neighbours join the view');
    assert.doesNotMatch(page.url(), /[?&]p=/, 'a double-click expands without pinning');

    // Path to Jiangsu, each hop with its sources.
    await page.getByLabel('From', { exact: true }).fill('Zhang Qin');
    await page.getByRole('option', { name: /Zhang Qin 张勤 · person/ }).click();
    await page.getByLabel('To', { exact: true }).fill('Jiangsu');
    await page.getByRole('option', { name: /Jiangsu 江苏 · region/ }).click();
    await page.getByRole('button', { name: 'Find path' }).click();
    await page.locator('#path-result .hops li').first().waitFor();
    assert.equal(await page.locator('#path-result .hops > li').count(), 3);
    assert.equal(await page.evaluate(() => window.explorer.cy.$('.path').nodes().length), 4);
    await page.screenshot({ path: `${ARTIFACTS}/explorer.png` });

    // The link reproduces the view.
    const link = page.url();
    assert.match(link, /path=person%3Azhang-qin%2Cregion%3Ajiangsu/);
    const again = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await again.goto(link);
    await again.locator('#path-result .hops li').first().waitFor();
    await again.waitForFunction(() => !document.body.hasAttribute('aria-busy'));
    assert.equal(await nodeCount(again), await nodeCount(page));
    await again.close();

    assert.deepEqual(errors, []);
    assert.ok(gzippedKb(scripts) < 1024, `first load is ${gzippedKb(scripts).toFixed(0)} KB of gzipped JavaScript`);
    await page.close();
  });

  it('pages through a highly connected node, filters by kind, pins and removes', async () => {
    // A hub with 60 events: more than two pages of neighbours.
    const session = api.driver.session();
    await session.executeWrite((tx) =>
      tx.run(`CREATE (hub:Entity:Person {id: 'person:test-hub', nameEn: 'Test hub', origin: 'test'})
              WITH hub UNWIND range(1, 60) AS e
              CREATE (hub)-[:ATTENDED {id: 'rel:test-hub-' + e, origin: 'test'}]->(:Entity:Event {id: 'event:test-' + e, nameEn: 'Test event ' + e, origin: 'test'})`),
    );
    try {
      const { page, errors } = await newPage();
      await page.goto(`${api.base}/?e=${encodeURIComponent('person:test-hub:1')}&s=${encodeURIComponent('person:test-hub')}`);
      await page.locator('#details h2', { hasText: 'Test hub' }).waitFor();
      assert.equal(await nodeCount(page), 26, 'the hub and its first 25 neighbours');
      assert.match((await page.locator('#details .degree').textContent()) ?? '', /25 of 60 relationships shown/);
      await page.getByRole('button', { name: 'Show 25 more' }).click();
      await page.waitForURL(/person%3Atest-hub%3A2/);
      assert.equal(await nodeCount(page), 51);

      await page.getByRole('checkbox', { name: 'Event' }).uncheck();
      assert.equal(await page.evaluate(() => window.explorer.cy.nodes('.hidden').length), 50);
      assert.match(page.url(), /hk=Event/);

      await page.getByRole('button', { name: 'Pin' }).click();
      assert.match(page.url(), /p=person%3Atest-hub/);
      await page.getByRole('button', { name: 'Remove' }).click();
      assert.equal(await nodeCount(page), 50);
      assert.match(page.url(), /r=person%3Atest-hub/);
      assert.deepEqual(errors, []);
      await page.close();
    } finally {
      await session.executeWrite((tx) => tx.run("MATCH (n:Entity {origin: 'test'}) DETACH DELETE n"));
      await session.close();
    }
  });
});

describe('the dashboard', () => {
  it('shows the same numbers as the API, links to the explorer and exports CSV and PNG', async () => {
    const { page, errors, scripts } = await newPage();
    await page.goto(`${api.base}/dashboard`);
    await page.locator('#counts .tile').first().waitFor();

    const expected = await data<{ entityCounts: { kind: string; count: number }[]; coverageBySourceCount: { sources: number; nodes: number }[] }>(
      api.url,
      '{ entityCounts { kind count } coverageBySourceCount { sources nodes } }',
    );
    for (const { kind, count } of expected.entityCounts) {
      assert.equal(await page.locator(`.tile[data-kind="${kind}"] strong`).textContent(), String(count), kind);
    }
    assert.equal(await page.locator('td[data-award="ADVANCED_COLLECTIVE"]').textContent(), '68');
    assert.equal(await page.locator('td[data-award="ADVANCED_INDIVIDUAL"]').textContent(), '76');
    for (const { sources, nodes } of expected.coverageBySourceCount) {
      assert.equal(await page.locator(`td[data-sources="${sources}"]`).textContent(), String(nodes));
    }
    assert.equal(await page.locator('#designation-table tbody tr').count(), 23);
    await page.getByLabel('Filter').fill('Jiangsu');
    assert.equal(await page.locator('#designation-table tbody tr').count(), 5);
    await page.getByLabel('Filter').fill('');
    // Sorting: the table opens by year, ascending; a second click on Year reverses it.
    const firstYear = (): Promise<string | null> => page.locator('#designation-table tbody tr td:nth-child(5)').first().textContent();
    assert.equal(await firstYear(), '2010');
    await page.getByRole('button', { name: 'Year' }).click();
    assert.equal(await firstYear(), '2013');
    assert.equal(await page.locator('th[aria-sort="descending"]').textContent(), 'Year');
    await page.getByRole('button', { name: 'Year' }).click();
    await page.screenshot({ path: `${ARTIFACTS}/dashboard.png`, fullPage: true });

    const csv = page.waitForEvent('download');
    await page.getByRole('button', { name: 'CSV (by-province)' }).click();
    const csvText = readFileSync(await (await csv).path(), 'utf8');
    assert.match(csvText, /region:jiangsu,Jiangsu,5,5/);
    const png = page.waitForEvent('download');
    await page.getByRole('button', { name: 'PNG (by-province)' }).click();
    const pngBytes = readFileSync(await (await png).path());
    assert.equal(pngBytes.subarray(1, 4).toString(), 'PNG');

    await page.locator('#by-province .bar-rect').first().click();
    await page.locator('#details h2', { hasText: 'Jiangsu' }).waitFor();
    assert.match(page.url(), /s=region%3Ajiangsu/);
    assert.deepEqual(errors, []);
    assert.ok(gzippedKb(scripts) < 1024);
    await page.close();
  });
});

describe('GraphiQL', () => {
  it('is served from the package with the README examples prefilled', async () => {
    const readme = readFileSync('README.md', 'utf8');
    const fromReadme = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]);
    assert.deepEqual([...EXAMPLES], fromReadme);

    const { page, errors } = await newPage();
    // GraphiQL runs nothing until its introspection query has answered.
    const introspected = page.waitForResponse((response) => response.url().endsWith('/graphql'));
    await page.goto(`${api.base}/graphiql`);
    await introspected;
    await page.getByText('PersonWithPosts').first().waitFor();
    const executed = page.waitForResponse((response) => (response.request().postData() ?? '').includes('PersonWithPosts'));
    await page.locator('.graphiql-execute-button').click();
    assert.match(await (await executed).text(), /Deputy Commissioner/);
    await page.locator('.result-window', { hasText: 'person:zhang-qin' }).waitFor();
    await page.screenshot({ path: `${ARTIFACTS}/graphiql.png` });
    assert.deepEqual(errors, []);
    await page.close();
  });
});
