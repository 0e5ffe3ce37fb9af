/**
 * `npm run measure:explorer`: how the explorer copes with 2,000 nodes on screen, in headless
 * Chromium. Needs the service running (`npm start`, or BASE_URL) and writes a synthetic hub of
 * 2,000 neighbours (origin 'synthetic-ui') into its database, removed again at the end.
 * Prints timings; it asserts nothing, because timings depend on the machine.
 */
import { chromium } from 'playwright-core';
import { loadConfig } from '../src/config.js';
import { openDatabase, writeTransaction } from '../src/database.js';
import { logger } from '../src/log.js';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:4000';
const NEIGHBOURS = 1999;
const config = loadConfig();
const database = await openDatabase(config, logger, { attach: true });
// Written as the service writes, replacing the graph's version, so that its cache sees the hub come and go.
const write = (cypher: string): Promise<unknown> => writeTransaction(database.driver, undefined, (tx) => tx.run(cypher, { count: NEIGHBOURS }));

await write("MATCH (n:Entity {origin: 'synthetic-ui'}) DETACH DELETE n");
await write(`CREATE (hub:Entity:Person {id: 'person:synthetic-hub', nameEn: 'Synthetic hub', origin: 'synthetic-ui'})
             WITH hub UNWIND range(1, $count) AS i
             CREATE (hub)-[:ATTENDED {id: 'rel:synthetic-' + i, origin: 'synthetic-ui', citeSources: []}]->
                    (:Entity:Event {id: 'event:synthetic-' + i, nameEn: 'Synthetic event ' + i, origin: 'synthetic-ui'})`);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const pages = Math.ceil(NEIGHBOURS / 25);
  const started = Date.now();
  await page.goto(`${base}/?e=${encodeURIComponent(`person:synthetic-hub:${pages}`)}`);
  // Page code goes in as text: it runs in Chromium, and a bundler's helpers must not reach it.
  await page.waitForFunction(`window.explorer.cy.nodes().length === ${NEIGHBOURS + 1}`, undefined, { timeout: 300_000 });
  await page.waitForFunction("!document.body.hasAttribute('aria-busy')");
  const loaded = Date.now() - started;
  const timings: unknown = await page.evaluate(`(async () => {
    const cy = window.explorer.cy;
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
    const time = async (action) => { const start = performance.now(); action(); return (await frame()) - start; };
    const zoomMs = await time(() => cy.zoom(cy.zoom() * 1.5));
    const fitMs = await time(() => cy.fit());
    const relayoutMs = await time(() => document.getElementById('relayout').click());
    const filterMs = await time(() => document.querySelector('#kind-filters input[value="Event"]').click());
    return { nodes: cy.nodes().length, zoomMs, fitMs, relayoutMs, filterMs };
  })()`);
  process.stdout.write(`${JSON.stringify({ timings, loadWithAllPagesMs: loaded, pagesFetched: pages })}\n`);
} finally {
  await browser.close();
  await write("MATCH (n:Entity {origin: 'synthetic-ui'}) DETACH DELETE n");
  await database.close();
}
