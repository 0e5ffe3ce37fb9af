import { randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { AnswerCache, type AnswerSlot } from './answers.js';
import { ANONYMOUS, type Caller } from './auth.js';
import { CurationStore } from './cypher/curation.js';
import { GraphStore } from './cypher/graph-store.js';
import { QueryCache } from './cypher/query-cache.js';
import { DEFAULT_LIMITS, type Limits } from './config.js';
import { logger as rootLogger, type Logger } from './log.js';
import type { PrepareSlot, RootOutcome } from './prepared.js';
import type { SourceCatalogue } from './records/sources.js';

/** What the process shares between requests. */
export interface Services {
  readonly graph: GraphStore;
  readonly curation: CurationStore;
  /** The sources the project holds, with their texts, for checking editors' quotes. */
  readonly sources: SourceCatalogue;
  /** The limits every request is held to: the server checks them, the translator pages by them. */
  readonly limits: Limits;
  /** Whole answers of repeated reads, kept with the query cache and by the same bound; null with the cache off. */
  readonly answers: AnswerCache | null;
}

/** What every resolver receives: the shared services and the request's own id, caller and logger. */
export interface Context extends Services {
  readonly requestId: string;
  readonly caller: Caller;
  /** Every line it writes carries the request id. */
  readonly log: Logger;
  /** Where the request's answer may be kept whole, when the answer cache read its body (src/answers.ts). */
  readonly answer?: AnswerSlot;
  /** Where Apollo's run of the request may prepare its operation for the next ones (src/prepared.ts). */
  readonly prepared?: PrepareSlot;
  /** How each root field of the request came out, by response key: a root field runs once per request, whichever path runs it (src/prepared.ts). */
  readonly roots: Map<string | number, RootOutcome>;
  /** When the prepared path began running the request (performance.now()), for one handed on to Apollo after that run. */
  readonly startedAt?: number;
}

export interface ServiceOptions {
  readonly limits?: Limits;
  /** The query cache's bound in bytes; 0 (the default here) runs without one. */
  readonly cacheBytes?: number;
  /** How long one version read serves later requests (see Config); 0, the default here, reads it per request. */
  readonly cacheWindowMs?: number;
  /** A store of the caller's own (the benchmark profiles through one, which must page by the same limits). */
  readonly graph?: GraphStore;
}

/** The services over one database, held to `limits`, with a query cache of `cacheBytes`. */
export function createServices(driver: Driver, database: string | undefined, sources: SourceCatalogue, options: ServiceOptions = {}): Services {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const cache = options.cacheBytes ? new QueryCache(options.cacheBytes, options.cacheWindowMs) : null;
  const graph = options.graph ?? new GraphStore(driver, database, { maxPageSize: limits.maxPageSize }, cache);
  return {
    graph,
    curation: new CurationStore(driver, database, sources),
    sources,
    limits,
    answers: cache && options.cacheBytes ? new AnswerCache(options.cacheBytes) : null,
  };
}

export interface RequestFacts {
  readonly requestId?: string;
  readonly caller?: Caller;
  readonly logger?: Logger;
  readonly answer?: AnswerSlot;
  readonly prepared?: PrepareSlot;
  readonly startedAt?: number;
}

/** The one place a request's context is built; only the request's own state is new per request. */
export function createContext(
  services: Services,
  { requestId = randomUUID(), caller = ANONYMOUS, logger = rootLogger, answer, prepared, startedAt }: RequestFacts = {},
): Context {
  let log: Logger | undefined;
  return {
    ...services,
    graph: services.graph.forRequest(),
    requestId,
    caller,
    // Most requests log nothing of their own; the child logger is made on first use.
    get log(): Logger {
      log ??= logger.child({ requestId });
      return log;
    },
    answer,
    prepared,
    roots: new Map(),
    startedAt,
  };
}
