/** `npm run seed`: validates seed/ and loads it (idempotently) into Neo4j, printing what changed. */
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/database.js';
import { prepareGraph } from '../src/seed/load.js';
import { describeError, logger } from '../src/log.js';
import { DivisionDataError } from '../src/divisions/codes.js';
import { RecordsError } from '../src/records/read.js';

const config = loadConfig();
const database = await openDatabase(config, logger, { attach: true });
try {
  // Asked for by hand, so the whole seed is compared with the database, not only its digest.
  await prepareGraph(database, config, logger, { force: true });
} catch (error) {
  logger.error(error instanceof RecordsError || error instanceof DivisionDataError ? error.message : 'Seeding failed', describeError(error));
  process.exitCode = 1;
} finally {
  await database.close();
}
