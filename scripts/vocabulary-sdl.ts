/**
 * Writes schema/vocabulary.graphql: the SDL's enums, generated from src/vocabulary.ts, so that a
 * kind, a tier or a value is declared once. `npm run codegen` runs it; `codegen:check` fails when
 * the file is stale.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROJECT_ROOT } from '../src/config.js';
import { constantCase } from '../src/cypher/translate/names.js';
import { ENTITY_LABELS, ENUMS, KINDS } from '../src/vocabulary.js';

export const VOCABULARY_SDL = path.join('schema', 'vocabulary.graphql');

function description(text: string, indent = ''): string {
  return `${indent}"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"\n`;
}

function enumSdl(name: string, values: Readonly<Record<string, string>>, about: string): string {
  const lines = Object.entries(values).map(([value, meaning]) => `${description(meaning, '  ')}  ${value}\n`);
  return `${description(about)}enum ${name} {\n${lines.join('')}}\n`;
}

const ABOUT: Readonly<Record<keyof typeof ENUMS, string>> = {
  RegionKind: 'The kinds of unit of the national division codes (GB/T 2260), and the XPCC.',
  RegionLevel: 'The three levels of the division codes.',
  OrganizationKind: 'The kinds of organization.',
  EventKind: 'The kinds of event.',
  AwardKind: 'The kinds of award.',
  DelegationKind: 'The kinds of delegation.',
  StatementKind: 'The kinds of statement.',
  FigureCategory: 'What a published figure counts.',
  DesignationTier: 'The tiers of the programme and of its related programmes.',
  TierLevel: 'What a tier designates.',
  DesignationStatus: 'How far a designation had gone when its source was written.',
  SourceKind: 'How the project holds a source.',
  Layer: 'How a fact entered the graph.',
};

export function vocabularySdl(): string {
  const kinds = Object.fromEntries(ENTITY_LABELS.map((label) => [constantCase(label), KINDS[label].description]));
  return [
    '# Generated from src/vocabulary.ts by `npm run codegen`: edit the vocabulary, not this file.\n',
    enumSdl('NodeKind', kinds, 'The kinds of entity, one per node type.'),
    ...Object.entries(ENUMS).map(([name, values]) => enumSdl(name, values, ABOUT[name as keyof typeof ENUMS])),
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeFileSync(path.join(PROJECT_ROOT, VOCABULARY_SDL), vocabularySdl());
}
