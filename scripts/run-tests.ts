/**
 * `npm test`: brings up a real Neo4j for the tests (its own instance, data and port), loads the seed, runs every test file with
 * node's test runner, and stops Neo4j. With TEST_NEO4J_URI set it uses that server instead; the
 * tests rewrite its data, so never point it at a database you care about.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../src/config.js';
import { clearGraph } from '../src/cypher/seed.js';
import { openDatabase } from '../src/database.js';
import { prepareGraph } from '../src/seed/load.js';
import { logger } from '../src/log.js';

const boltPort = process.env.TEST_NEO4J_BOLT_PORT ?? '7697';
const env: NodeJS.ProcessEnv = process.env.TEST_NEO4J_URI
  ? { ...process.env, NEO4J_URI: process.env.TEST_NEO4J_URI }
  : { ...process.env, NEO4J_URI: '', NEO4J_LOCAL_INSTANCE: process.env.TEST_NEO4J_INSTANCE ?? 'test', NEO4J_BOLT_PORT: boltPort };

const config = loadConfig(env);
const database = await openDatabase(config, logger);
/** Runs the test files on the seeded database and returns the runner's exit status; Neo4j is stopped either way. */
async function runTests(): Promise<number> {
  try {
    await clearGraph(database.driver, database.name);
    await prepareGraph(database, config, logger);
    // Test files named on the command line run alone; otherwise every one does.
    const named = process.argv.slice(2).filter((arg) => arg.endsWith('.test.ts'));
    const options = process.argv.slice(2).filter((arg) => !arg.endsWith('.test.ts'));
    const files =
      named.length > 0
        ? named
        : readdirSync(path.join(PROJECT_ROOT, 'test'))
            .filter((file) => file.endsWith('.test.ts'))
            .sort()
            .map((file) => path.join('test', file));
    const testEnv: NodeJS.ProcessEnv = { ...env, NEO4J_URI: database.uri };
    const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', ...options, ...files], {
      cwd: PROJECT_ROOT,
      env: testEnv,
      stdio: 'inherit',
    });
    return result.status ?? 1;
  } finally {
    await database.close();
  }
}
process.exit(await runTests());
