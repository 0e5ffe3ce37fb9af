/**
 * `npm run db:reset`: deletes EVERYTHING in the database (the local one, or NEO4J_URI's) and loads
 * the seed again. Against NEO4J_URI it asks for `--yes`, since that data may not be the project's.
 */
import { loadConfig } from '../src/config.js';
import { clearGraph } from '../src/cypher/seed.js';
import { openDatabase } from '../src/database.js';
import { prepareGraph } from '../src/seed/load.js';
import { logger } from '../src/log.js';

const config = loadConfig();
if (config.database.kind === 'external' && !process.argv.includes('--yes')) {
  logger.error(`This deletes every node in ${config.database.uri}. Run \`npm run db:reset -- --yes\` to confirm.`);
  process.exit(1);
}
const database = await openDatabase(config, logger, { attach: true });
try {
  const deleted = await clearGraph(database.driver, database.name);
  logger.info('Deleted the graph', { nodes: deleted });
  await prepareGraph(database, config, logger);
} finally {
  await database.close();
}
