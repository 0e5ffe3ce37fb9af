import neo4j, { type Driver } from 'neo4j-driver';

export interface DatabaseSettings {
  readonly uri: string;
  readonly username: string;
  readonly password: string;
  readonly database: string | undefined;
}

/** The server a driver was created for, as src/cypher/run.ts keys its fail-fast state. */
export interface DriverTarget {
  /** `host:port` of the URI: the server itself, or with routing the cluster member it discovers the others from. */
  readonly address: string;
  /** `neo4j://`, `neo4j+s://` or `neo4j+ssc://`: the driver routes reads to any member and writes to the leader. */
  readonly routing: boolean;
}

const DEFAULT_BOLT_PORT = '7687';
const targets = new WeakMap<Driver, DriverTarget>();

function targetOfUri(uri: string): DriverTarget {
  const url = new URL(uri);
  return { address: `${url.hostname}:${url.port || DEFAULT_BOLT_PORT}`, routing: url.protocol.startsWith('neo4j') };
}

/**
 * The one driver of the process. Timeouts are short so that an unreachable database fails a
 * request within seconds instead of holding it for the driver's default 30 s retry window.
 * A `neo4j://` URI keeps the driver's client-side routing: nothing here turns it off.
 */
export function createDriver(settings: DatabaseSettings): Driver {
  const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password), {
    disableLosslessIntegers: true,
    connectionTimeout: 3_000,
    connectionAcquisitionTimeout: 5_000,
    maxTransactionRetryTime: 2_000,
    userAgent: 'ip-programme-graph',
  });
  targets.set(driver, targetOfUri(settings.uri));
  return driver;
}

/** Where a driver made by createDriver points; every driver the API runs queries on comes from there. */
export function targetOf(driver: Driver): DriverTarget {
  const target = targets.get(driver);
  if (!target) throw new Error('This driver was not made by createDriver (src/db/driver.ts), so its server address is unknown.');
  return target;
}
