import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config.js';
import { isAdjacentTier, TIERS, type Tier } from '../src/vocabulary.js';
import type { SyntheticGraph } from './generate.js';

/** This server with its query cache off (`ours`) and on (`cached`), the library, and bare Cypher. */
export type Target = 'ours' | 'cached' | 'library' | 'bare';
export const TARGETS: readonly Target[] = ['ours', 'cached', 'library', 'bare'];

/** One named benchmark operation: bench/queries/<name>.graphql and its equivalents. */
export interface Operation {
  readonly name: string;
  /** Variables for the i-th request, drawn from the generated graph. */
  variables(graph: SyntheticGraph, i: number): Record<string, unknown>;
  /** Extra parameters the hand-written Cypher needs beyond the GraphQL variables. */
  bare?(variables: Record<string, unknown>): Record<string, unknown>;
}

const at = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

/**
 * Entity pages are read again and again: each request opens one of this many people's pages,
 * spread over the whole graph, so that the cached target shows what repeated reads cost.
 */
export const HOT_PAGES = 200;
const page = (g: SyntheticGraph, i: number): string => at(g.samples.people, (i % HOT_PAGES) * 7919);

// Prime strides spread consecutive requests over the whole graph instead of one neighbourhood.
export const OPERATIONS: readonly Operation[] = [
  { name: 'entity-by-id', variables: (g, i) => ({ id: page(g, i) }) },
  { name: 'entity-nested', variables: (g, i) => ({ id: page(g, i) }) },
  { name: 'list-filtered', variables: (g, i) => ({ province: at(g.samples.provinces, i) }) },
  { name: 'search', variables: (g, i) => ({ text: at(g.samples.surnames, i) }), bare: (v) => ({ query: `(${String(v.text)} OR ${String(v.text)}*)` }) },
  { name: 'neighborhood-1', variables: (g, i) => ({ id: page(g, i) }) },
  { name: 'neighborhood-2', variables: (g, i) => ({ id: page(g, i) }) },
  { name: 'shortest-path', variables: (g, i) => ({ from: at(g.samples.people, i * 7919), to: at(g.samples.people, i * 104729 + 1) }) },
  // Our server counts the programme's own tiers by itself; the library and the bare handler are told them.
  { name: 'dashboard', variables: () => ({ tiers: (Object.keys(TIERS) as Tier[]).filter((tier) => !isAdjacentTier(tier)) }) },
];

const documents = new Map<string, string>();

/** The GraphQL document a target sends for an operation (the bare target sends none), read once. */
export function document(target: Target, operation: string): string {
  const file = path.join(PROJECT_ROOT, 'bench', target === 'library' ? 'neo4j-graphql' : 'queries', `${operation}.graphql`);
  const known = documents.get(file);
  if (known !== undefined) return known;
  const text = readFileSync(file, 'utf8');
  documents.set(file, text);
  return text;
}
