import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { NeighborhoodDocument } from '../web/src/__generated__/graphql.js';
import { ARTIFACTS, launchBrowser, newPage as openPage, seriousViolations, type OpenPage } from './browser.js';
import { data, type RunningApi, startApi, writer } from './helpers.js';

/**
 * The explorer's search (Enter, misses and the nearest names), a place's designation history,
 * the exports of the graph on screen, the cap on what a shared link may load, and its
 * accessibility in each of those states: in headless Chromium against the real API and Neo4j.
 */

/** The browser globals the functions passed to page.evaluate use: they run in Chromium, not Node. */
interface Collection {
  readonly length: number;
  map<T>(each: (item: { id(): string; hasClass(name: string): boolean }) => T): T[];
}
declare const window: { explorer: { cy: { nodes(selector?: string): Collection; edges(selector?: string): Collection } } };
declare const document: { activeElement: { id: string } | null; body: { hasAttribute(name: string): boolean } };
declare class DOMParser {
  parseFromString(text: string, type: string): { getElementsByTagName(name: string): { length: number } };
}

let api: RunningApi;
let browser: Browser;
before(async () => {
  api = await startApi();
  browser = await launchBrowser();
});
after(async () => {
  await browser.close();
  await api.close();
});

const newPage = (): Promise<OpenPage> => openPage(browser, api.base);
const KUNSHAN = 'region:320583';

async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.body.hasAttribute('aria-busy'));
}

/** The ids of the nodes and relationships on screen (not hidden by a filter). */
async function onScreen(page: Page): Promise<{ nodes: string[]; edges: string[] }> {
  return page.evaluate(() => ({
    nodes: window.explorer.cy.nodes(':visible').map((node) => node.id()),
    edges: window.explorer.cy.edges(':visible').map((edge) => edge.id()),
  }));
}

async function downloadText(page: Page, button: string): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  return readFileSync(await (await download).path(), 'utf8');
}

interface HistoryStep {
  id: string;
  tier: string;
  year: number | null;
  sources: { quote: string | null; source: { title: string } }[];
  batches: { edges: { node: { year: number | null } }[] };
}

describe('explorer search', () => {
  for (const text of ['昆山', '崑山', 'Kunshan']) {
    it(`typing ${text} and pressing Enter at once opens Kunshan, its details first`, async () => {
      const { page, errors } = await newPage();
      await page.goto(`${api.base}/`);
      await settled(page);
      await page.getByLabel('Search', { exact: true }).focus();
      // No wait for the suggestions: Enter must not depend on them having arrived.
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
      await page.locator('#details h2', { hasText: 'Kunshan' }).waitFor();
      assert.match(page.url(), /s=region%3A320583/);
      await page.waitForURL(/e=region%3A320583%3A1/);
      await settled(page);
      assert.ok((await onScreen(page)).nodes.includes(KUNSHAN));
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  it('a miss says "No match for …" and offers the nearest names, which open by keyboard', async () => {
    const { page, errors } = await newPage();
    await page.goto(`${api.base}/`);
    await settled(page);
    await page.getByLabel('Search', { exact: true }).fill('Kunshnn');
    await page.getByLabel('Search', { exact: true }).press('Enter');
    await page.locator('#details', { hasText: 'No match for “Kunshnn”.' }).waitFor();
    const nearest = page.locator('#details .nearest button', { hasText: 'Kunshan' }).first();
    await nearest.waitFor();
    assert.deepEqual(await seriousViolations(page), [], 'no serious accessibility violation with the nearest names shown');
    await nearest.focus();
    await page.keyboard.press('Enter');
    await page.locator('#details h2', { hasText: 'Kunshan' }).waitFor();
    await page.waitForURL(/s=region%3A320583/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('suggestions: arrow keys move, Escape closes, and the open list passes the audit', async () => {
    const { page, errors } = await newPage();
    await page.goto(`${api.base}/`);
    await settled(page);
    const search = page.getByLabel('Search', { exact: true });
    await search.focus();
    await page.keyboard.type('Jiangsu');
    await page.getByRole('option').nth(1).waitFor();
    assert.equal(await page.getByRole('option').first().getAttribute('aria-selected'), 'true');
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.getByRole('option').nth(1).getAttribute('aria-selected'), 'true');
    assert.equal(await search.getAttribute('aria-activedescendant'), 'search-list-1');
    assert.deepEqual(await seriousViolations(page), [], 'no serious accessibility violation with the suggestions open');
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('#search-list').isHidden(), true);
    assert.equal(await search.getAttribute('aria-expanded'), 'false');
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('a place’s designation history', () => {
  it('shows Kunshan’s designations as an ordered timeline with each step’s year, quotes and source titles, as the API gives them', async () => {
    const { page, errors } = await newPage();
    await page.goto(`${api.base}/?e=${encodeURIComponent(`${KUNSHAN}:1`)}&s=${encodeURIComponent(KUNSHAN)}`);
    await page.locator('#details .timeline > li').first().waitFor();
    await settled(page);
    const { designationHistory: steps, tiers } = await data<{ designationHistory: HistoryStep[]; tiers: { tier: string; titleEn: string; titleZh: string }[] }>(
      api.url,
      `{ designationHistory(id: "${KUNSHAN}") { id tier year sources { quote source { title } } batches { edges { node { year } } } } tiers { tier titleEn titleZh } }`,
    );
    assert.ok(steps.length >= 2);
    const items = page.locator('#details .timeline > li');
    assert.equal(await items.count(), steps.length);
    for (const [index, step] of steps.entries()) {
      const item = items.nth(index);
      const year = step.year ?? step.batches.edges[0]?.node.year ?? null;
      assert.equal(await item.locator('.step-year').textContent(), year === null ? 'year not stated' : String(year));
      // The tier by the vocabulary's titles, English and Chinese, not by its name in the API.
      const title = tiers.find((candidate) => candidate.tier === step.tier);
      assert.ok(title, step.tier);
      assert.equal(await item.locator(`[data-tier="${step.tier}"] dd`).textContent(), `${title.titleEn} ${title.titleZh}`);
      assert.equal(await item.locator(`[data-tier="${step.tier}"] dd [lang="zh"]`).textContent(), title.titleZh);
      const text = (await item.textContent()) ?? '';
      for (const citation of step.sources) {
        assert.ok(text.includes(citation.source.title), `${step.id}: ${citation.source.title}`);
        if (citation.quote) assert.ok(text.replace(/\s+/g, ' ').includes(citation.quote.replace(/\s+/g, ' ')), `${step.id}: ${citation.quote}`);
      }
    }
    await page.locator('#details .history').screenshot({ path: `${ARTIFACTS}/explorer-history.png` });
    assert.deepEqual(await seriousViolations(page), [], 'no serious accessibility violation with the history shown');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('lists the visible nodes as a table whose Show buttons work by keyboard', async () => {
    const { page, errors } = await newPage();
    await page.goto(`${api.base}/?e=${encodeURIComponent(`${KUNSHAN}:1`)}&hk=Designation`);
    await settled(page);
    const shown = await onScreen(page);
    await page.getByText('Nodes on screen, as a table').focus();
    await page.keyboard.press('Enter');
    const rows = page.locator('#node-table-body tr');
    await rows.first().waitFor();
    assert.equal(await rows.count(), shown.nodes.length);
    assert.deepEqual(await seriousViolations(page), [], 'no serious accessibility violation with the table open');
    const last = rows.last();
    const name = (await last.locator('td').first().textContent()) ?? '';
    await last.getByRole('button', { name: 'Show' }).focus();
    await page.keyboard.press('Enter');
    await settled(page);
    assert.equal(
      (await page.locator('#details h2').textContent())
        ?.replace(/\s+/g, ' ')
        .replace(/ pinyin/, '')
        .trim(),
      name,
    );
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('steps through the canvas by keyboard: arrows select and show, Enter expands, Escape clears the selection and its details', async () => {
    const { page, errors } = await newPage();
    await page.goto(`${api.base}/?e=${encodeURIComponent(`${KUNSHAN}:1`)}`);
    await settled(page);
    const shownBefore = (await onScreen(page)).nodes.length;
    await page.locator('#graph').focus();
    await page.keyboard.press('ArrowRight');
    await settled(page);
    const selected = new URL(page.url()).searchParams.get('s');
    assert.ok(selected, 'a node is selected');
    await page.locator('#details h2').waitFor();
    assert.match((await page.locator('#graph-status').textContent()) ?? '', new RegExp(`^.+, 1 of ${shownBefore}$`));
    await page.keyboard.press('ArrowRight');
    await settled(page);
    const second = new URL(page.url()).searchParams.get('s');
    assert.notEqual(second, selected);
    assert.ok(second);
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`e=.*${encodeURIComponent(`${second}:1`)}`));
    await settled(page);
    const { neighborhood } = await data<{ neighborhood: { nodes: unknown[] } }>(api.url, `{ neighborhood(id: "${second}") { nodes { distance } } }`);
    assert.ok((await onScreen(page)).nodes.length >= Math.max(shownBefore, neighborhood.nodes.length));
    await page.locator('#details h2').waitFor();
    await page.keyboard.press('Escape');
    await page.waitForURL((url) => !url.searchParams.has('s'));
    await page.locator('#details', { hasText: 'Nothing selected.' }).waitFor();
    assert.equal(await page.locator('#details h2').count(), 0, 'the details panel no longer shows the node');
    assert.equal(await page.locator('#graph-status').textContent(), 'Nothing selected');
    assert.equal(await page.evaluate(() => window.explorer.cy.nodes(':selected').length + window.explorer.cy.edges(':selected').length), 0);
    assert.deepEqual(errors, []);
    await page.close();
  });
});

interface NodeLink {
  directed: boolean;
  multigraph: boolean;
  graph: Record<string, unknown>;
  nodes: { id: string; sourceIds: string[]; citations: { source: string; quote: string | null }[] }[];
  links: { source: string; target: string; key: string; sourceIds: string[] }[];
}

/** The CSV's rows, parsed by RFC 4180 (quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\ufeff/, '');
  for (let index = 0; index < body.length; index += 1) {
    const char = body[index];
    if (quoted) {
      if (char === '"' && body[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r') continue;
    else if (char === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
    } else cell += char;
  }
  return rows;
}

describe('exports of the graph on screen', () => {
  it('GraphML, node-link JSON and CSV hold exactly what is on screen, each fact with its sources', async () => {
    const { page, errors } = await newPage();
    await page.goto(`${api.base}/?e=${encodeURIComponent(`${KUNSHAN}:1`)}&s=${encodeURIComponent(KUNSHAN)}&hk=Designation`);
    await page.locator('#details h2', { hasText: 'Kunshan' }).waitFor();
    await settled(page);
    const shown = await onScreen(page);
    assert.ok(shown.nodes.length > 1 && shown.edges.length > 0);
    const hidden = await page.evaluate(() => window.explorer.cy.nodes('.hidden').length);
    assert.ok(hidden > 0, 'the Designation filter hides some nodes, which the exports leave out');

    await page.getByText('Export', { exact: true }).click();
    await page.getByRole('button', { name: 'GraphML (Gephi, yEd)' }).waitFor();
    assert.deepEqual(await seriousViolations(page), [], 'no serious accessibility violation with the export menu open');
    await page.screenshot({ path: `${ARTIFACTS}/explorer-export.png` });

    // GraphML: well-formed XML, every data key declared for its element kind, one element per node and edge on screen.
    const graphml = await downloadText(page, 'GraphML (Gephi, yEd)');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        errors: doc.getElementsByTagName('parsererror').length,
        nodes: doc.getElementsByTagName('node').length,
        edges: doc.getElementsByTagName('edge').length,
      };
    }, graphml);
    assert.deepEqual(parsed, { errors: 0, nodes: shown.nodes.length, edges: shown.edges.length });
    const declared = new Map(
      [...graphml.matchAll(/<key id="([^"]+)" for="(node|edge)" attr\.name="[^"]+" attr\.type="(string|boolean)"\/>/g)].map((match) => [match[1], match[2]]),
    );
    for (const element of graphml.matchAll(/<(node|edge) [^>]*>(.*?)<\/\1>/g)) {
      for (const key of (element[2] ?? '').matchAll(/<data key="([^"]+)">/g)) assert.equal(declared.get(key[1] ?? ''), element[1], `key ${key[1]}`);
    }
    assert.deepEqual([...graphml.matchAll(/<node id="([^"]+)">/g)].map((match) => match[1]).sort(), [...shown.nodes].sort());
    assert.match(graphml, new RegExp(`<node id="${KUNSHAN}">.*<data key="n_sourceIds">source:`));

    // Node-link JSON, networkx's format, with the sources the API gives each relationship.
    const nodeLink = JSON.parse(await downloadText(page, 'Node-link JSON (networkx)')) as NodeLink;
    assert.equal(nodeLink.directed, true);
    assert.equal(nodeLink.multigraph, true);
    assert.deepEqual(nodeLink.nodes.map((node) => node.id).sort(), [...shown.nodes].sort());
    assert.deepEqual(nodeLink.links.map((link) => link.key).sort(), [...shown.edges].sort());
    const ids = new Set(nodeLink.nodes.map((node) => node.id));
    for (const link of nodeLink.links) assert.ok(ids.has(link.source) && ids.has(link.target), link.key);
    const { neighborhood } = await data<{ neighborhood: { relationships: { id: string; sources: { source: { id: string } }[] }[] } }>(
      api.url,
      `{ neighborhood(id: "${KUNSHAN}") { relationships { id sources { source { id } } } } }`,
    );
    for (const link of nodeLink.links) {
      const rel = neighborhood.relationships.find((candidate) => candidate.id === link.key);
      assert.ok(rel, link.key);
      assert.deepEqual(link.sourceIds, [...new Set(rel.sources.map((citation) => citation.source.id))], link.key);
    }
    const kunshan = nodeLink.nodes.find((node) => node.id === KUNSHAN);
    assert.ok(kunshan && kunshan.sourceIds.length > 0 && kunshan.citations.every((citation) => citation.source.startsWith('source:')));

    // CSV of nodes and of relationships: a row each, with its sources.
    const nodesCsv = parseCsv(await downloadText(page, 'Nodes CSV'));
    assert.deepEqual(nodesCsv[0], ['id', 'kind', 'nameEn', 'nameZh', 'unverified', 'sourceIds', 'quotes']);
    assert.deepEqual(
      nodesCsv
        .slice(1)
        .map((row) => row[0])
        .sort(),
      [...shown.nodes].sort(),
    );
    const edgesCsv = parseCsv(await downloadText(page, 'Relationships CSV'));
    assert.deepEqual(edgesCsv[0], ['id', 'type', 'source', 'target', 'unverified', 'sourceIds', 'quotes']);
    assert.deepEqual(
      edgesCsv
        .slice(1)
        .map((row) => row[0])
        .sort(),
      [...shown.edges].sort(),
    );
    for (const row of edgesCsv.slice(1)) assert.equal(row[5], nodeLink.links.find((link) => link.key === row[0])?.sourceIds.join('; '), `${row[0]} sources`);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('makes names a spreadsheet would run as formulas inert in CSV, and escapes markup in GraphML', async () => {
    const session = writer(api.driver);
    await session.executeWrite((tx) =>
      tx.run(`CREATE (hub:Entity:Person {id: 'person:test-formula', nameEn: '=HYPERLINK("http://example.invalid","x")', nameZh: '<b>&amp;', layer: 'SYNTHETIC'})
              WITH hub UNWIND range(0, 2) AS i
              CREATE (hub)-[:ATTENDED {id: 'rel:test-formula-' + i, layer: 'SYNTHETIC'}]->(:Entity:Event {id: 'event:test-formula-' + i, nameEn: ['+1+2', '-2+3', '@SUM(1)'][i], layer: 'SYNTHETIC'})`),
    );
    try {
      const { page, errors } = await newPage();
      await page.goto(`${api.base}/?e=${encodeURIComponent('person:test-formula:1')}`);
      await settled(page);
      assert.equal((await onScreen(page)).nodes.length, 4);
      await page.getByText('Export', { exact: true }).click();
      const rows = parseCsv(await downloadText(page, 'Nodes CSV'));
      const names = rows
        .slice(1)
        .map((row) => row[2])
        .sort();
      assert.deepEqual(names, [`'+1+2`, `'-2+3`, `'=HYPERLINK("http://example.invalid","x")`, `'@SUM(1)`]);
      for (const row of rows) for (const cell of row) assert.doesNotMatch(cell, /^[=+\-@]/, cell);
      const graphml = await downloadText(page, 'GraphML (Gephi, yEd)');
      assert.match(graphml, /<data key="n_nameZh">&lt;b&gt;&amp;amp;<\/data>/);
      assert.deepEqual(errors, []);
      await page.close();
    } finally {
      await session.executeWrite((tx) =>
        tx.run(`MATCH (n:Entity) WHERE n.id STARTS WITH 'person:test-formula' OR n.id STARTS WITH 'event:test-formula' DETACH DELETE n`),
      );
      await session.close();
    }
  });
});

describe('a shared link', () => {
  /** The neighbourhood requests the page sends while it restores a link: the page sends the operation's persisted hash. */
  const neighborhood = String(NeighborhoodDocument.__meta__?.hash).replace(/^sha256:/, '');
  async function restoreCounting(link: string): Promise<{ page: Page; requests: number; errors: string[] }> {
    const { page, errors } = await newPage();
    let requests = 0;
    page.on('request', (request) => {
      if (request.method() === 'POST' && (request.postData() ?? '').includes(neighborhood)) requests += 1;
    });
    await page.goto(link);
    await settled(page);
    return { page, requests, errors };
  }

  it('expands at most 20 entities, drops the rest with a notice, and keeps only what it loaded in the URL', async () => {
    const { regions } = await data<{ regions: { edges: { node: { id: string } }[] } }>(api.url, '{ regions(first: 30) { edges { node { id } } } }');
    const ids = regions.edges.map((edge) => edge.node.id);
    assert.equal(ids.length, 30);
    const { page, requests, errors } = await restoreCounting(`${api.base}/?e=${encodeURIComponent(ids.map((id) => `${id}:1`).join(','))}`);
    assert.equal(requests, 20);
    assert.match((await page.locator('#notice').textContent()) ?? '', /at most 20 expanded entities .* 10 expanded entities were dropped/);
    assert.equal(await page.locator('#notice').isVisible(), true);
    const kept = (new URL(page.url()).searchParams.get('e') ?? '').split(',');
    assert.deepEqual(
      kept,
      ids.slice(0, 20).map((id) => `${id}:1`),
    );
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('loads at most 100 pages of neighbours, however many a link asks for', async () => {
    const { page, requests, errors } = await restoreCounting(`${api.base}/?e=${encodeURIComponent('person:zhang-qin:100000,region:320583:1')}`);
    assert.equal(requests, 100);
    assert.match((await page.locator('#notice').textContent()) ?? '', /1 expanded entity was dropped and 99901 pages in all not loaded/);
    assert.equal(new URL(page.url()).searchParams.get('e'), 'person:zhang-qin:100');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('a link within the limits loads without a notice', async () => {
    const { page, requests, errors } = await restoreCounting(`${api.base}/?e=${encodeURIComponent(`${KUNSHAN}:2`)}`);
    assert.equal(requests, 2);
    assert.equal(await page.locator('#notice').isHidden(), true);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
