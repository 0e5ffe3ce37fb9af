import neo4j, { type Driver } from 'neo4j-driver';

export interface DatabaseSettings {
  readonly uri: string;
  readonly username: string;
  readonly password: string;
  readonly database: string | undefined;
}

/**
 * The one driver of the process. Timeouts are short so that an unreachable database fails a
 * request within seconds instead of holding it for the driver's default 30 s retry window.
 */
export function createDriver(settings: DatabaseSettings): Driver {
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password), {
    disableLosslessIntegers: true,
    connectionTimeout: 3_000,
    connectionAcquisitionTimeout: 5_000,
    maxTransactionRetryTime: 2_000,
    userAgent: 'ip-programme-graph',
  });
}
