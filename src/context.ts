import { randomUUID } from 'node:crypto';
import type { GraphStore } from './cypher/graph-store.js';
import { logger as rootLogger, type Logger } from './log.js';

/** What every resolver receives: the shared graph store, the request's own id and its logger. */
export interface Context {
  readonly graph: GraphStore;
  readonly requestId: string;
  /** Every line it writes carries the request id. */
  readonly log: Logger;
}

/** The one place a request's context is built; only the request's own state is new per request. */
export function createContext(graph: GraphStore, requestId: string = randomUUID(), logger: Logger = rootLogger): Context {
  return { graph, requestId, log: logger.child({ requestId }) };
}
