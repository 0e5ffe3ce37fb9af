import { randomUUID } from 'node:crypto';
import type { GraphStore } from './cypher/graph-store.js';

/** What every resolver receives: the shared graph store and the request's own id. */
export interface Context {
  readonly graph: GraphStore;
  readonly requestId: string;
}

/** The one place a request's context is built; only the request's own state is new per request. */
export function createContext(graph: GraphStore, requestId: string = randomUUID()): Context {
  return { graph, requestId };
}
