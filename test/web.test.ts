import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { EXAMPLES } from '../web/src/examples.js';
import { ARTIFACTS, gzippedKb, launchBrowser, newPage as openPage, seriousViolations, type OpenPage } from './browser.js';
import { data, type RunningApi, startApi, writer } from './helpers.js';

/**
 * The explorer, dashboard and GraphiQL pages in a real headless Chromium (Debian's package),
 * against the real API and Neo4j. Screenshots go to test-artifacts/.
 */

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
declare const document: {
  activeElement: { id: string } | null;
  body: { hasAttribute(name: string): boolean };
  querySelectorAll(selector: string): { length: number };
};
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
    // The details come first; the neighbours follow.
    await page.waitForFunction(() => !document.body.hasAttribute('aria-busy'));
    const opened = await nodeCount(page);
    const first = await data<{ neighborhood: { nodes: unknown[] } }>(api.url, '{ neighborhood(id: "person:zhang-qin", limit: 25) { nodes { distance } } }');
    assert.equal(opened, first.neighborhood.nodes.length, 'Zhang Qin and his neighbours');
    assert.match(page.url(), /e=person%3Azhang-qin%3A1/);

    // The exact quote, marked in the document's own text.
    await page.locator('#details .citations > li', { hasText: '國家知識産權局副局長張勤' }).getByRole('button', { name: 'Show in document' }).click();
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

    // Path to Jiangsu (region:320000 in the division codes), each hop with its sources.
    await page.getByLabel('From', { exact: true }).fill('Zhang Qin');
    await page.getByRole('option', { name: /Zhang Qin 张勤 · person/ }).click();
    await page.getByLabel('To', { exact: true }).fill('Jiangsu');
    await page.getByRole('option', { name: /Jiangsu 江苏省 · region/ }).click();
    await page.getByRole('button', { name: 'Find path' }).click();
    await page.locator('#path-result .hops li').first().waitFor();
    const path = await data<{ shortestPath: { length: number } }>(api.url, '{ shortestPath(from: "person:zhang-qin", to: "region:320000") { length } }');
    assert.equal(await page.locator('#path-result .hops > li').count(), path.shortestPath.length);
    assert.equal(await page.evaluate(() => window.explorer.cy.$('.path').nodes().length), path.shortestPath.length + 1);
    await page.screenshot({ path: `${ARTIFACTS}/explorer.png` });

    // The link reproduces the view.
    const link = page.url();
    assert.match(link, /path=person%3Azhang-qin%2Cregion%3A320000/);
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
    const session = writer(api.driver);
    await session.executeWrite((tx) =>
      tx.run(`CREATE (hub:Entity:Person {id: 'person:test-hub', nameEn: 'Test hub', layer: 'SYNTHETIC'})
              WITH hub UNWIND range(1, 60) AS e
              CREATE (hub)-[:ATTENDED {id: 'rel:test-hub-' + e, layer: 'SYNTHETIC'}]->(:Entity:Event {id: 'event:test-' + e, nameEn: 'Test event ' + e, layer: 'SYNTHETIC'})`),
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
      await session.executeWrite((tx) =>
        tx.run("MATCH (n:Entity {layer: 'SYNTHETIC'}) WHERE n.id = 'person:test-hub' OR n.id STARTS WITH 'event:test-' DETACH DELETE n"),
      );
      await session.close();
    }
  });
  it('opens regions by their division code and marks romanised names, unverified facts and unchecked quotes', async () => {
    const session = writer(api.driver);
    await session.executeWrite((tx) =>
      tx.run(`MATCH (source:Source {id: 'source:cnipa-1122513'})
              CREATE (:Entity:Person {id: 'person:test-unverified', nameEn: 'Test unverified', note: 'No public source names this person yet.', unverified: true, layer: 'SYNTHETIC'})
              CREATE (:Entity:Person {id: 'person:test-unchecked', nameEn: 'Test unchecked', layer: 'SYNTHETIC'})
                     -[:SUPPORTED_BY {quote: 'A quote from a page the project does not hold', checked: false, layer: 'SYNTHETIC', position: 0}]->(source)`),
    );
    try {
      const { page, errors } = await newPage();
      const open = async (id: string): Promise<void> => {
        await page.goto(`${api.base}/?e=${encodeURIComponent(`${id}:1`)}&s=${encodeURIComponent(id)}`);
        await page.locator('#details h2').waitFor();
        await page.waitForFunction(() => !document.body.hasAttribute('aria-busy'));
      };
      const regions = await data<{
        kunshan: { nameEn: string; romanised: boolean | null };
        chaoyang: { nameEn: string; nameZh: string; romanised: boolean | null };
      }>(
        api.url,
        `{ kunshan: node(id: "region:320583") { nameEn ... on Region { romanised } }
           chaoyang: node(id: "region:110105") { nameEn nameZh ... on Region { romanised } } }`,
      );
      assert.notEqual(regions.kunshan.romanised, true, 'Kunshan has a sourced English name');
      assert.equal(regions.chaoyang.romanised, true, 'Chaoyang District has only a romanised one');

      await open('region:320583');
      assert.match((await page.locator('#details h2').textContent()) ?? '', new RegExp(`^${regions.kunshan.nameEn} 昆山市`));
      assert.equal(await page.locator('#details h2 .mark.pinyin').count(), 0);
      assert.match((await page.locator('#details').textContent()) ?? '', /320583/);

      await open('region:110105');
      assert.equal(await page.locator('#details h2 .mark.pinyin').textContent(), 'pinyin');
      assert.match((await page.locator('#details h2').textContent()) ?? '', new RegExp(`${regions.chaoyang.nameEn}.*${regions.chaoyang.nameZh}`));
      assert.equal(await page.evaluate(() => window.explorer.cy.$('node[?romanised]').length > 0), true, 'romanised names are set apart in the graph');

      await open('person:test-unverified');
      assert.equal(await page.locator('#details .mark.unverified').first().textContent(), 'unverified');
      assert.match((await page.locator('#details .unverified-note').textContent()) ?? '', /No public source names this person yet/);

      await open('person:test-unchecked');
      const quote = page.locator('#details .citations blockquote', { hasText: 'A quote from a page the project does not hold' });
      assert.equal(await quote.locator('.mark.unchecked').textContent(), 'unchecked');
      assert.equal(await page.locator('#details .citations').getByRole('button', { name: 'Show in document' }).count(), 0, 'nothing to show it in');

      // The suggestions mark romanised names too.
      await page.getByLabel('Search', { exact: true }).fill(regions.chaoyang.nameZh);
      await page
        .getByRole('option', { name: new RegExp(regions.chaoyang.nameEn) })
        .first()
        .locator('.mark.pinyin')
        .waitFor();
      assert.deepEqual(errors, []);
      await page.close();
    } finally {
      await session.executeWrite((tx) =>
        tx.run("MATCH (n:Entity {layer: 'SYNTHETIC'}) WHERE n.id IN ['person:test-unverified', 'person:test-unchecked'] DETACH DELETE n"),
      );
      await session.close();
    }
  });
});

interface Citation {
  quote: string | null;
}
interface Figure {
  id: string;
  value: number;
  asOf: string | null;
  sources: Citation[];
  conflictsWith: { edges: { node: { id: string }; relationship: { id: string; note?: string } }[] };
}
interface ProvinceRow {
  province: { id: string; code: string | null; nameEn: string; nameZh: string | null; romanised: boolean | null } | null;
  designations: number;
  holders: number;
}
interface DashboardAnswer {
  entityCounts: { kind: string; count: number }[];
  coverageBySourceCount: { sources: number; nodes: number }[];
  tiers: { tier: string; family: string; titleZh: string; titleEn: string; adjacent: boolean }[];
  batchCoverage: { batch: { id: string; tier: string }; size: number | null; named: number }[];
  designationsByProvince: ProvinceRow[];
  designationsByYearAndTier: { year: number | null; tier: string; count: number }[];
  programmeFigures: { edges: { node: Figure }[] };
  designations: { totalCount: number };
}

const PROVINCE_ROW = 'province { id code nameEn nameZh romanised } designations holders';

/** What the province table shows of a row: the province's id and its count. */
function provinceRow(row: ProvinceRow): string {
  return `${row.province?.id ?? ''}:${row.designations}`;
}

async function provinceRows(page: Page): Promise<string[]> {
  const shown = [];
  for (const row of await page.locator('#province-table tbody tr').all()) {
    shown.push(`${(await row.getAttribute('data-province')) ?? ''}:${(await row.locator('td.number').first().textContent()) ?? ''}`);
  }
  return shown;
}

async function downloadText(page: Page, button: string): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  return readFileSync(await (await download).path(), 'utf8');
}

describe('the dashboard', () => {
  it('shows the same numbers as the API: every tier and list, the conflicting counts, provinces by tier, years by tier, and all designations', async () => {
    const { page, errors, scripts } = await newPage();
    await page.goto(`${api.base}/dashboard`);
    await page.locator('#counts .tile').first().waitFor();

    const expected = await data<DashboardAnswer>(
      api.url,
      `{ entityCounts { kind count } coverageBySourceCount { sources nodes }
         tiers { tier family titleZh titleEn adjacent }
         batchCoverage { batch { id tier } size named }
         designationsByProvince { ${PROVINCE_ROW} }
         designationsByYearAndTier { year tier count }
         programmeFigures(first: 100) { edges { node { id value asOf sources { quote }
           conflictsWith { edges { node { id } relationship { id ... on ConflictsWith { note } } } } } } }
         designations(first: 1) { totalCount } }`,
    );
    for (const { kind, count } of expected.entityCounts) {
      assert.equal(await page.locator(`.tile[data-kind="${kind}"] strong`).textContent(), String(count), kind);
    }
    assert.equal(await page.locator('td[data-award="ADVANCED_COLLECTIVE"]').textContent(), '68');
    assert.equal(await page.locator('td[data-award="ADVANCED_INDIVIDUAL"]').textContent(), '76');
    for (const { sources, nodes } of expected.coverageBySourceCount) {
      assert.equal(await page.locator(`td[data-sources="${sources}"]`).textContent(), String(nodes));
    }

    // Tiers and lists: every tier the API names, in its order, the programme's own before the related
    // programmes (H), each with both titles; every list with "N of M named".
    const own = expected.tiers.filter((tier) => !tier.adjacent);
    const related = expected.tiers.filter((tier) => tier.adjacent);
    assert.ok(own.length > 0 && related.length > 0);
    const shownTiers = await Promise.all((await page.locator('#tiers article.tier').all()).map((article) => article.getAttribute('data-tier')));
    assert.deepEqual(
      shownTiers,
      [...own, ...related].map((tier) => tier.tier),
    );
    for (const tier of expected.tiers) {
      const heading = (await page.locator(`#tiers article[data-tier="${tier.tier}"] h4`).textContent()) ?? '';
      assert.ok(heading.includes(tier.titleZh) && heading.includes(tier.titleEn), heading);
    }
    for (const tier of related)
      assert.equal(await page.locator(`#tiers .family.adjacent article[data-tier="${tier.tier}"]`).count(), 1, `${tier.tier} stands apart`);
    assert.equal(await page.locator('#tiers tr[data-batch]').count(), expected.batchCoverage.length);
    for (const { batch, size, named } of expected.batchCoverage) {
      const row = page.locator(`#tiers article[data-tier="${batch.tier}"] tr[data-batch="${batch.id}"]`);
      assert.equal(await row.locator('.named-text').textContent(), size === null ? `${named} named · size not stated` : `${named} of ${size} named`, batch.id);
    }
    const strongCities2022 = expected.batchCoverage.find((row) => row.batch.id === 'batch:ip-powerful-city-demonstration-2022');
    assert.ok(strongCities2022 && strongCities2022.size !== null);
    assert.equal(
      await page.locator('tr[data-batch="batch:ip-powerful-city-demonstration-2022"] .named-text').textContent(),
      `${strongCities2022.named} of ${strongCities2022.size} named`,
    );
    assert.ok(
      await page.locator('tr[data-batch="batch:ip-powerful-city-demonstration-2022"] a[href*="batch%3Aip-powerful-city-demonstration-2022"]').count(),
      'the list links to the explorer',
    );
    // The size is a sourced fact: its citations, with their quotes, open under the list.
    const sized = await data<{ node: { sources: { quote: string | null; fields: string[] | null }[] } }>(
      api.url,
      '{ node(id: "batch:ip-powerful-city-demonstration-2022") { sources { quote fields } } }',
    );
    const sizeQuotes = sized.node.sources.filter((citation) => citation.fields?.includes('size')).map((citation) => citation.quote);
    assert.ok(sizeQuotes.length > 0);
    await page.locator('tr[data-batch="batch:ip-powerful-city-demonstration-2022"] .size-sources summary').click();
    assert.deepEqual(await page.locator('tr[data-batch="batch:ip-powerful-city-demonstration-2022"] .size-sources blockquote').allTextContents(), sizeQuotes);
    await page.locator('#tiers').screenshot({ path: `${ARTIFACTS}/dashboard-tiers.png` });

    // Conflicting counts: both figures side by side, with their dates, values and quoted sources,
    // and the relationship's note; nothing reconciled.
    const figures = new Map(expected.programmeFigures.edges.map(({ node }) => [node.id, node]));
    const conflicts = expected.programmeFigures.edges.flatMap(({ node }) =>
      node.conflictsWith.edges.map((edge) => ({ from: node, to: figures.get(edge.node.id), relationship: edge.relationship })),
    );
    assert.ok(conflicts.length > 0);
    await page.locator('#conflicts article.conflict').first().waitFor();
    assert.equal(await page.locator('#conflicts article.conflict').count(), conflicts.length);
    for (const { from, to, relationship } of conflicts) {
      assert.ok(to);
      const article = page.locator(`#conflicts article[data-conflict="${relationship.id}"]`);
      const boxes = [];
      for (const figure of [from, to]) {
        const card = article.locator(`.figure[data-figure="${figure.id}"]`);
        assert.equal(await card.locator('.value').textContent(), String(figure.value));
        assert.equal(await card.locator('.as-of').textContent(), figure.asOf ?? 'date not given');
        for (const { quote } of figure.sources) if (quote) assert.ok((await card.locator('blockquote').allTextContents()).join('\n').includes(quote), quote);
        boxes.push(await card.boundingBox());
      }
      const [left, right] = boxes;
      assert.ok(left && right && Math.abs(left.y - right.y) < 2 && left.x !== right.x, 'side by side');
      assert.equal(await article.locator('.conflict-note .note').textContent(), relationship.note);
    }
    const parks = page.locator('#conflicts article.conflict', { has: page.locator('[data-figure="figure:2017-01-demonstration-park"]') });
    assert.deepEqual(await parks.locator('.figure-value').allTextContents(), ['75 2017-01', '48 2018-03']);
    // Each quote can be read in its document, marked there.
    const firstQuote = conflicts[0]?.from.sources.find((citation) => citation.quote)?.quote;
    assert.ok(firstQuote);
    await page.locator(`#conflicts .figure[data-figure="${conflicts[0]?.from.id}"]`).getByRole('button', { name: 'Show in document' }).first().click();
    assert.equal((await page.locator('#conflicts .document mark').first().textContent())?.replace(/\s+/g, ' '), firstQuote.replace(/\s+/g, ' '));
    await page.locator('#conflicts').screenshot({ path: `${ARTIFACTS}/dashboard-conflicts.png` });

    // Provinces: all of the programme's own tiers by default; the tier filter asks for one tier.
    assert.deepEqual(await provinceRows(page), expected.designationsByProvince.map(provinceRow));
    const romanised = expected.designationsByProvince.filter((row) => row.province?.romanised).length;
    assert.equal(await page.locator('#province-table .mark.pinyin').count(), romanised, 'romanised province names are marked');
    const tier = 'IP_PROTECTION_DEMONSTRATION_ZONE';
    const oneTier = await data<{ designationsByProvince: ProvinceRow[] }>(
      api.url,
      `query ($tier: DesignationTier) { designationsByProvince(tier: $tier) { ${PROVINCE_ROW} } }`,
      { tier },
    );
    assert.notDeepEqual(oneTier.designationsByProvince.map(provinceRow), expected.designationsByProvince.map(provinceRow));
    await page.getByLabel('Tier', { exact: true }).selectOption(tier);
    await page.waitForURL(/tier=IP_PROTECTION_DEMONSTRATION_ZONE/);
    await page.waitForFunction((rows) => document.querySelectorAll('#province-table tbody tr').length === rows, oneTier.designationsByProvince.length);
    assert.deepEqual(await provinceRows(page), oneTier.designationsByProvince.map(provinceRow));
    const tierCsv = await downloadText(page, 'CSV (by-province)');
    const top = oneTier.designationsByProvince[0];
    assert.ok(top?.province);
    assert.ok(tierCsv.includes(`${tier},,,${top.province.id},`), tierCsv);
    await page.getByLabel('Tier', { exact: true }).selectOption('');
    await page.waitForFunction((rows) => document.querySelectorAll('#province-table tbody tr').length === rows, expected.designationsByProvince.length);
    assert.deepEqual(await provinceRows(page), expected.designationsByProvince.map(provinceRow));

    // Years and tiers: one row of numbers per row of the API, none dropped, every tier in the legend
    // with a colour of its own.
    assert.equal(await page.locator('#timeline .numbers tbody tr').count(), expected.designationsByYearAndTier.length);
    const shown = [...new Set(expected.designationsByYearAndTier.map((row) => row.tier))];
    const colours = await page
      .locator('#timeline .legend li[data-tier] .swatch')
      .evaluateAll((nodes) => nodes.map((node) => (node as unknown as { style: { background: string } }).style.background));
    assert.equal(await page.locator('#timeline .legend li[data-tier]').count(), shown.length);
    assert.equal(new Set(colours).size, shown.length, 'each tier has a colour of its own');
    assert.ok(shown.length > 8, 'more tiers than the old eight colours');

    // The designations table holds every designation, over several pages of the API.
    await page.waitForFunction((total) => document.querySelectorAll('#designation-table tbody tr').length === total, expected.designations.totalCount);
    assert.ok(expected.designations.totalCount > 100, 'more than one page');
    assert.match(
      (await page.locator('#designation-count').textContent()) ?? '',
      new RegExp(`^${expected.designations.totalCount} of ${expected.designations.totalCount} designations`),
    );
    // Filtering: the rows of Jiangsu are the designations the API counts there, over every tier.
    const aliases = expected.tiers
      .map((row) => `${row.tier.toLowerCase()}: designationsByProvince(tier: ${row.tier}) { province { id } designations }`)
      .join('\n');
    const byTier = await data<Record<string, { province: { id: string } | null; designations: number }[]>>(api.url, `{ ${aliases} }`);
    const jiangsu = Object.values(byTier)
      .flat()
      .filter((row) => row.province?.id === 'region:320000')
      .reduce((sum, row) => sum + row.designations, 0);
    await page.getByLabel('Filter').fill('Jiangsu');
    assert.equal(await page.locator('#designation-table tbody tr').count(), jiangsu);
    await page.getByLabel('Filter').fill('');
    // Sorting: the table opens by year, ascending; a second click on Year reverses it.
    const years = expected.designationsByYearAndTier.flatMap((row) => (row.year === null ? [] : [row.year]));
    const firstYear = (): Promise<string | null> => page.locator('#designation-table tbody tr td:nth-child(5)').first().textContent();
    assert.equal(await firstYear(), String(Math.min(...years)));
    await page.getByRole('button', { name: 'Year' }).click();
    assert.equal(await firstYear(), String(Math.max(...years)));
    assert.equal(await page.locator('th[aria-sort="descending"]').textContent(), 'Year');
    await page.getByRole('button', { name: 'Year' }).click();
    await page.screenshot({ path: `${ARTIFACTS}/dashboard.png`, fullPage: true });

    // The conference's speakers with the roles the graph gives them.
    type Speakers = { node: { speakers: { edges: { node: { id: string }; relationship: { role?: string } | null }[] } } };
    const speakers = await data<Speakers>(
      api.url,
      '{ node(id: "event:nanjing-2008-conference") { ... on Event { speakers(first: 20) { edges { node { id } relationship { ... on SpokeAt { role } } } } } } }',
    );
    const rows = await page.locator('#conference table').first().locator('tbody tr').allTextContents();
    assert.equal(rows.length, speakers.node.speakers.edges.length);
    for (const { relationship } of speakers.node.speakers.edges) {
      assert.ok(relationship?.role && rows.some((row) => row.includes(relationship.role ?? '')), `the role "${relationship?.role}" is shown`);
    }

    // Exports.
    const first = expected.designationsByProvince[0];
    assert.ok(first?.province);
    const csvText = await downloadText(page, 'CSV (by-province)');
    assert.ok(
      csvText.includes(
        `,${first.province.id},${first.province.code},${first.province.nameEn},${first.province.nameZh ?? ''},${first.province.romanised ?? false},${first.designations},${first.holders}`,
      ),
      csvText,
    );
    const tiersCsv = await downloadText(page, 'CSV (tiers)');
    assert.ok(tiersCsv.includes(`batch:ip-powerful-city-demonstration-2022,`));
    assert.match(tiersCsv, new RegExp(`batch:ip-powerful-city-demonstration-2022,.*,${strongCities2022.size},${strongCities2022.named},false\r\n`));
    const conflictsCsv = await downloadText(page, 'CSV (conflicts)');
    for (const { from, to } of conflicts) assert.ok(conflictsCsv.includes(from.id) && conflictsCsv.includes(to?.id ?? '?'));
    const designationsCsv = await downloadText(page, 'CSV (designations)');
    assert.equal(designationsCsv.split('\r\n').filter((line) => line.startsWith('designation:')).length, expected.designations.totalCount);
    const png = page.waitForEvent('download');
    await page.getByRole('button', { name: 'PNG (by-province)' }).click();
    const pngBytes = readFileSync(await (await png).path());
    assert.equal(pngBytes.subarray(1, 4).toString(), 'PNG');

    // A province opens in the explorer.
    await page.locator(`#province-table tr[data-province="${first.province.id}"]`).getByRole('link', { name: 'explorer' }).click();
    await page.locator('#details h2', { hasText: first.province.nameEn }).waitFor();
    assert.match(page.url(), new RegExp(`s=${encodeURIComponent(first.province.id)}`));
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
    assert.deepEqual(await seriousViolations(page), [], 'axe-core finds no serious or critical accessibility violation');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
