/**
 * `npm run build:web` (and before `npm test`): builds the pages with Vite into dist/web, unless
 * the build is newer than every file it is made from; `--force` builds them anyway. `npm start`
 * does the same itself, while its local Neo4j boots.
 */
import { buildWebPages } from '../src/web-build.js';

await buildWebPages({ force: process.argv.includes('--force') });
