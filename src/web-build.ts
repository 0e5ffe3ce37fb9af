import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './config.js';

/** Where the pages are built to, and served from (src/server.ts). */
export const WEB_DIR = path.join(PROJECT_ROOT, 'dist', 'web');

function newest(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const full = path.join(dir, entry.name);
    return Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }, 0);
}

/**
 * Builds the pages with Vite into dist/web, unless the build is newer than every file it is made
 * from, so that `npm start` and `npm test` only pay for it after a change. Returns whether it built.
 */
export async function buildWebPages({ force = false } = {}): Promise<boolean> {
  const stamp = path.join(WEB_DIR, 'index.html');
  const sources = Math.max(newest(path.join(PROJECT_ROOT, 'web')), statSync(path.join(PROJECT_ROOT, 'package-lock.json')).mtimeMs);
  if (!force && existsSync(stamp) && statSync(stamp).mtimeMs >= sources) return false;
  // Vite loads only when there is something to build, so an up-to-date start does not wait for it.
  const { build } = await import('vite');
  await build({ configFile: path.join(PROJECT_ROOT, 'web', 'vite.config.ts'), logLevel: 'error' });
  return true;
}
