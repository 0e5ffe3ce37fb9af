/**
 * `npm run import -- FILE [--apply] [--actor NAME]`: checks a YAML or CSV file of records
 * (docs/import-format.md) against the division codes, the sources and the graph; prints what it
 * would create, update and leave unchanged; with --apply writes all of it in one transaction.
 */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/database.js';
import { DivisionDataError } from '../src/divisions/codes.js';
import { logger } from '../src/log.js';
import { applyImport, dryRun, formatReport, planImport } from '../src/records/import.js';
import { RecordsError } from '../src/records/read.js';
import { loadCatalogue } from '../src/seed/load.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { apply: { type: 'boolean', default: false }, actor: { type: 'string', default: process.env.USER ?? os.userInfo().username } },
});
const [file] = positionals;
if (!file || positionals.length > 1) {
  process.stderr.write('Usage: npm run import -- FILE [--apply] [--actor NAME]   (FILE: .yaml, .yml or .csv; see docs/import-format.md)\n');
  process.exit(2);
}

const config = loadConfig();
const database = await openDatabase(config, logger, { attach: true });
try {
  const catalogue = loadCatalogue(config.seedDir);
  const plan = await planImport(database.driver, database.name, catalogue, path.resolve(file), config.seedDir);
  const report = values.apply
    ? await applyImport(database.driver, database.name, plan, file, values.actor)
    : await dryRun(database.driver, database.name, plan, file);
  process.stdout.write(`${formatReport(report)}\n`);
} catch (error) {
  if (error instanceof RecordsError || error instanceof DivisionDataError) process.stderr.write(`${error.message}\n`);
  else logger.error(`Import failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await database.close();
}
