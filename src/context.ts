import { randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { ANONYMOUS, type Caller } from './auth.js';
import { CurationStore } from './cypher/curation.js';
import { GraphStore } from './cypher/graph-store.js';
import { DEFAULT_LIMITS, type Limits } from './limits.js';
import { logger as rootLogger, type Logger } from './log.js';
import type { SourceCatalogue } from './records/sources.js';

/** What the process shares between requests. */
export interface Services {
  readonly graph: GraphStore;
  readonly curation: CurationStore;
  /** The sources the project holds, with their texts, for checking editors' quotes. */
  readonly sources: SourceCatalogue;
  /** The limits every request is held to: the server checks them, the translator pages by them. */
  readonly limits: Limits;
}

/** What every resolver receives: the shared services and the request's own id, caller and logger. */
export interface Context extends Services {
  readonly requestId: string;
  readonly caller: Caller;
  /** Every line it writes carries the request id. */
  readonly log: Logger;
}

/**
 * The services over one database, held to `limits`; `graph` may be given (the benchmark profiles
 * through its own, which must page by the same limits).
 */
export function createServices(
  driver: Driver,
  database: string | undefined,
  sources: SourceCatalogue,
  limits: Limits = DEFAULT_LIMITS,
  graph = new GraphStore(driver, database, { maxPageSize: limits.maxPageSize }),
): Services {
  return { graph, curation: new CurationStore(driver, database, sources), sources, limits };
}

export interface RequestFacts {
  readonly requestId?: string;
  readonly caller?: Caller;
  readonly logger?: Logger;
}

/** The one place a request's context is built; only the request's own state is new per request. */
export function createContext(services: Services, { requestId = randomUUID(), caller = ANONYMOUS, logger = rootLogger }: RequestFacts = {}): Context {
  return { ...services, requestId, caller, log: logger.child({ requestId }) };
}
