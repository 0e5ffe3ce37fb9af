/** `npm run codegen:check`: fails when src/__generated__ is not what the SDL generates now. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import config from '../codegen.js';

const committed = 'src/__generated__/resolvers-types.ts';
const output = config.generates[committed];
if (!output) throw new Error(`codegen.ts no longer generates ${committed}`);

const scratch = mkdtempSync(path.join(tmpdir(), 'codegen-'));
try {
  const fresh = path.join(scratch, 'resolvers-types.ts');
  await generate({ ...config, generates: { [fresh]: output }, silent: true }, true);
  if (readFileSync(fresh, 'utf8') === readFileSync(committed, 'utf8')) {
    process.stdout.write(`${committed} is up to date.\n`);
  } else {
    spawnSync('diff', ['-u', committed, fresh], { stdio: 'inherit' });
    process.stderr.write(`${committed} is stale: run \`npm run codegen\` and commit the result.\n`);
    process.exitCode = 1;
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
