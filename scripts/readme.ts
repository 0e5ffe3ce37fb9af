/**
 * `npm run readme`: rewrites the README's generated sections from the vocabulary and the seed:
 * the data model picture and the counts of what the graph holds. test/readme.test.ts fails when
 * they are stale, so the README never tells of data the project no longer has.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROJECT_ROOT } from '../src/config.js';
import { loadSeed, type Seed } from '../src/seed/load.js';
import { ENTITY_LABELS, RELATIONSHIPS, TIERS, isAdjacentTier, type Tier } from '../src/vocabulary.js';

export const README = path.join(PROJECT_ROOT, 'README.md');

/** The data model as a mermaid graph: one edge per relationship type and pair of kinds it joins. */
function dataModel(): string {
  const edges = Object.entries(RELATIONSHIPS).map(([type, rule]) => `  ${rule.from.join(' & ')} -- ${type} --> ${rule.to.join(' & ')}`);
  return ['```mermaid', 'graph LR', ...edges, '  Entity["every entity"] -. "SUPPORTED_BY {quote, layer}" .-> Source', '```'].join('\n');
}

const number = (value: number): string => value.toLocaleString('en-GB');

/** What the seed puts in the graph: entities by kind, sources by kind, and each tier's lists with how much of them is named. */
function counts(seed: Seed): string {
  const nodes = [...seed.plan.nodes.values()];
  const byKind = ENTITY_LABELS.map((label) => `| ${label} | ${number(nodes.filter((node) => node.label === label).length)} |`);
  const regions = nodes.filter((node) => node.label === 'Region');
  const sources = seed.sources.map((source) => source.record);
  const citations = [...seed.plan.nodes.values(), ...seed.plan.relationships.values()].reduce((sum, record) => sum + record.citations.length, 0);
  const designations = nodes.filter((node) => node.label === 'Designation');
  const batches = nodes.filter((node) => node.label === 'Batch');
  const inBatch = new Map<string, number>();
  for (const rel of seed.plan.relationships.values()) if (rel.type === 'IN_BATCH') inBatch.set(rel.to, (inBatch.get(rel.to) ?? 0) + 1);
  const tiers = (Object.keys(TIERS) as Tier[]).map((tier) => {
    const lists = batches.filter((batch) => batch.props.tier === tier);
    const stated = lists.filter((batch) => typeof batch.props.size === 'number');
    const named = stated.reduce((sum, batch) => sum + (inBatch.get(batch.id) ?? 0), 0);
    const size = stated.reduce((sum, batch) => sum + Number(batch.props.size), 0);
    const spec = TIERS[tier];
    return `| ${spec.family}${isAdjacentTier(tier) ? ' (related)' : ''} | ${spec.titleZh} | \`${tier}\` | ${designations.filter((node) => node.props.tier === tier).length} | ${lists.length} | ${stated.length > 0 ? `${named} of ${size}` : '—'} |`;
  });
  return [
    `${number(nodes.length)} entities and ${number(seed.plan.relationships.size)} relationships, backed by ${number(citations)} citations of ${sources.length} sources:`,
    `${sources.filter((source) => source.kind === 'DOCUMENT').length} documents the project holds (the two conference reports and ${sources.filter((source) => source.file?.startsWith('documents/programme/')).length} programme pages; ${sources.filter((source) => source.official).length} official, ${sources.filter((source) => source.secondary).length} secondary compilations), ${sources.filter((source) => source.kind === 'WEB_PAGE').length} web pages it does not hold, and ${sources.filter((source) => source.kind === 'DATASET').length} datasets of the division codes.`,
    `${number(regions.length)} regions: ${number(regions.filter((node) => node.props.level === 'PROVINCIAL').length)} provincial-level, ${number(regions.filter((node) => node.props.level === 'PREFECTURAL').length)} prefecture-level and ${number(regions.filter((node) => node.props.level === 'COUNTY').length)} county-level units (${regions.filter((node) => node.props.former === true).length} of them former units that designations name), and the XPCC; ${number(regions.filter((node) => node.props.romanised !== true).length)} with an English name a source gives, the others romanised.`,
    '',
    '| kind | entities |',
    '|---|---|',
    ...byKind,
    '',
    'Designations by tier, and how much of the lists whose size a source states the graph names:',
    '',
    '| family | tier | value in the API | designations | lists | named of stated |',
    '|---|---|---|---|---|---|',
    ...tiers,
  ].join('\n');
}

export function generatedSections(seed: Seed): Record<string, string> {
  return { 'data-model': dataModel(), counts: counts(seed) };
}

/** The README with every generated section replaced by what generates it now. */
export function regenerated(text: string, seed: Seed): string {
  let result = text;
  for (const [name, body] of Object.entries(generatedSections(seed))) {
    const pattern = new RegExp(`(<!-- generated:${name} -->\\n)[\\s\\S]*?(<!-- /generated:${name} -->)`);
    if (!pattern.test(result)) throw new Error(`README.md has no generated section ${name}`);
    result = result.replace(pattern, (_match, start: string, end: string) => `${start}${body}\n${end}`);
  }
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeFileSync(README, regenerated(readFileSync(README, 'utf8'), loadSeed(path.join(PROJECT_ROOT, 'seed'))));
}
