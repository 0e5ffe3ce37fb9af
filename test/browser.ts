import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';

/**
 * Chromium for the browser tests (Debian's package, headless), the pages they open, and the
 * checks every page gets: no script errors, no request outside the server, the JavaScript a
 * first load costs, and an axe-core accessibility audit.
 */
export const ARTIFACTS = 'test-artifacts';

export async function launchBrowser(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    // The machine's network is closed: background services would only fail.
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export interface OpenPage {
  readonly page: Page;
  /** Script errors, failed requests and requests to any other server. */
  readonly errors: string[];
  /** Every script the page loaded, by URL, for measuring what a first load costs. */
  readonly scripts: Map<string, Buffer>;
}

/** A new page of `base`'s server, recording what went wrong and which scripts it loaded. */
export async function newPage(browser: Browser, base: string): Promise<OpenPage> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  const errors: string[] = [];
  const scripts = new Map<string, Buffer>();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('requestfailed', (request) => errors.push(`${request.url()} failed`));
  page.on('response', async (response) => {
    const url = response.url();
    if (!url.startsWith(base)) errors.push(`request outside the server: ${url}`);
    if (url.endsWith('.js')) scripts.set(url, await response.body());
  });
  return { page, errors, scripts };
}

export function gzippedKb(scripts: Map<string, Buffer>): number {
  return [...scripts.values()].reduce((sum, body) => sum + gzipSync(body).length, 0) / 1024;
}

/** axe-core's own script, injected into the page under test (it is not part of the pages). */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly unknown[] }[];
}
declare const axe: { run(): Promise<{ violations: AxeViolation[] }> };

/** The page's serious and critical accessibility violations by axe-core's WCAG rules, one line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const { violations } = await page.evaluate(() => axe.run());
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`);
}
