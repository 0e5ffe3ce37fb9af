/** `npm run codegen:check`: fails when any generated file is not what the SDL and operations generate now. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import config from '../codegen.js';
import { VOCABULARY_SDL, vocabularySdl } from './vocabulary-sdl.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'codegen-'));
try {
  // The same outputs, written under a scratch folder instead of over the committed files.
  const generates = Object.fromEntries(
    Object.entries(config.generates).map(([target, output]) => [path.join(scratch, target) + (target.endsWith('/') ? '/' : ''), output]),
  );
  await generate({ ...config, generates, silent: true }, true);
  mkdirSync(path.join(scratch, 'schema'), { recursive: true });
  const files = Object.keys(config.generates).flatMap((target) =>
    target.endsWith('/') ? readdirSync(path.join(scratch, target)).map((file) => path.join(target, file)) : [target],
  );
  // The SDL's enums come from the vocabulary first, then everything else from the SDL.
  writeFileSync(path.join(scratch, VOCABULARY_SDL), vocabularySdl());
  files.unshift(VOCABULARY_SDL);
  const stale = files.filter((file) => !existsSync(file) || readFileSync(file, 'utf8') !== readFileSync(path.join(scratch, file), 'utf8'));
  for (const file of stale) spawnSync('diff', ['-u', file, path.join(scratch, file)], { stdio: 'inherit' });
  if (stale.length > 0) {
    process.stderr.write(`Stale generated files: ${stale.join(', ')}. Run \`npm run codegen\` and commit the result.\n`);
    process.exitCode = 1;
  } else {
    process.stdout.write(`Generated files are up to date (${files.length}).\n`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
