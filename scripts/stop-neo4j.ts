/** `npm run neo4j:stop`: stops a local Neo4j left running from this instance (e.g. after a crash). */
import { loadConfig } from '../src/config.js';
import { logger } from '../src/log.js';
import { stopStray } from '../src/neo4j-local/server.js';

const config = loadConfig();
if (config.database.kind !== 'local') {
  logger.info('NEO4J_URI is set: the project runs no Neo4j of its own to stop.');
} else {
  const stopped = await stopStray(config.database);
  logger.info(stopped.length > 0 ? `Stopped local Neo4j processes ${stopped.join(', ')}` : 'No local Neo4j was running', {
    instance: config.database.instance,
  });
}
