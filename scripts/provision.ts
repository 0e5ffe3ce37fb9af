/** `npm run neo4j:provision`: fetches the Neo4j server jars for this machine's JDK, without starting it. */
import path from 'node:path';
import { loadConfig } from '../src/config.js';
import { logger } from '../src/log.js';
import { chooseRuntime } from '../src/neo4j-local/jdk.js';
import { provision } from '../src/neo4j-local/provision.js';

const config = loadConfig();
const rootDir = config.database.kind === 'local' ? config.database.rootDir : path.resolve('.neo4j');
const { release, jdk } = chooseRuntime();
const lib = provision(rootDir, release, jdk, (line) => logger.info(line));
logger.info(`Neo4j ${release.version} is provisioned for Java ${jdk.major}`, { lib });
