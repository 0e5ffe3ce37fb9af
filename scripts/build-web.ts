/**
 * `npm run build:web`: builds the pages with Vite into dist/web, unless the build is newer than
 * every file it is made from (so `npm start` and `npm test` only pay for it after a change).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config.js';

const stamp = path.join(PROJECT_ROOT, 'dist', 'web', 'index.html');

function newest(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const full = path.join(dir, entry.name);
    return Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }, 0);
}

const sources = Math.max(newest(path.join(PROJECT_ROOT, 'web')), statSync(path.join(PROJECT_ROOT, 'package-lock.json')).mtimeMs);
if (process.argv.includes('--force') || !existsSync(stamp) || statSync(stamp).mtimeMs < sources) {
  // Vite loads only when there is something to build, so an up-to-date start does not wait for it.
  const { build } = await import('vite');
  await build({ configFile: path.join(PROJECT_ROOT, 'web', 'vite.config.ts'), logLevel: 'error' });
}
