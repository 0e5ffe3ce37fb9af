import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { loadSeed, SeedValidationError, type SeedIssue } from '../src/seed/load.js';

const SEED = path.resolve('seed');
const copies: string[] = [];
after(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the real seed with one file edited. */
function seedWith(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'seed-'));
  copies.push(dir);
  cpSync(SEED, dir, { recursive: true });
  const target = path.join(dir, file);
  const before = readFileSync(target, 'utf8');
  const after = edit(before);
  assert.notEqual(after, before, 'the edit must change the file');
  writeFileSync(target, after);
  return dir;
}

function issuesOf(dir: string): readonly SeedIssue[] {
  try {
    loadSeed(dir);
  } catch (error) {
    assert.ok(error instanceof SeedValidationError);
    return error.issues;
  }
  assert.fail('the seed should have been refused');
}

describe('the seed', () => {
  it('loads: every quote is in its document and every reference resolves', () => {
    const plan = loadSeed(SEED);
    const provincial = plan.nodes.Region.filter((row) =>
      ['PROVINCE', 'AUTONOMOUS_REGION', 'MUNICIPALITY', 'SPECIAL_ADMINISTRATIVE_REGION'].includes(String(row.props.kind)),
    );
    assert.equal(provincial.length, 34);
    assert.ok(plan.nodes.Region.some((row) => row.props.kind === 'PRODUCTION_CORPS'));
    const awards = plan.nodes.Award.map((row) => row.props.recipientCount).sort();
    assert.deepEqual(awards, [68, 76]);
    assert.equal(plan.sources.length, 9);
  });

  it('refuses a quote that is not verbatim in its document, naming file, record and field', () => {
    const dir = seedWith('people.yaml', (text) => text.replace('quote: "國家知識産權局副局長張勤"', 'quote: "国家知识产权局副局长张勤"'));
    const issues = issuesOf(dir);
    assert.deepEqual(
      issues.map(({ file, record, field }) => ({ file, record, field })),
      [{ file: 'people.yaml', record: 'Person #1 (person:zhang-qin)', field: 'sources.1.quote' }],
    );
    assert.match(issues[0]?.message ?? '', /not found verbatim in seed\/documents\/gov-cn-2008-05-14-content_973201\.txt/);
  });

  const cases: [string, string, (text: string) => string, Partial<SeedIssue>][] = [
    ['an unknown source', 'people.yaml', (t) => t.replace('source: source:cnipa-1122513 }', 'source: source:nowhere }'), { file: 'people.yaml', field: 'sources.0.source' }],
    ['a malformed date', 'events.yaml', (t) => t.replace('startDate: "2008-05-14"', 'startDate: "14 May 2008"'), { record: 'Event #1 (event:nanjing-2008-conference)', field: 'startDate' }],
    ['a relationship to an unknown entity', 'relationships.yaml', (t) => t.replace('to: region:jiangsu', 'to: region:atlantis'), { file: 'relationships.yaml', field: 'to' }],
    ['a relationship between the wrong kinds', 'relationships.yaml', (t) => t.replace('from: person:zhang-qin\n    to: org:sipo', 'from: person:zhang-qin\n    to: region:jiangsu'), { field: 'to' }],
    ['a quote from a web page', 'programme.yaml', (t) => t.replace('- { source: source:whkyip-8241298 }', '- { source: source:whkyip-8241298, quote: "approved" }'), { field: 'sources.0.quote' }],
    ['a document citation without a quote', 'events.yaml', (t) => t.replace('- { source: source:nanjing-2008-en, quote: "More than 200 people" }', '- { source: source:nanjing-2008-en }'), { field: 'sources.3.quote' }],
    ['a duplicate id', 'people.yaml', (t) => t.replace('id: person:he-hua', 'id: person:li-yuguang'), { field: 'id' }],
    ['a property the schema does not know', 'people.yaml', (t) => t.replace('nameEn: Yang Tiejun', 'nameEn: Yang Tiejun\n    birthday: "1950"'), { record: 'Person #6 (person:yang-tiejun)' }],
    ['a relationship property of the wrong type', 'relationships.yaml', (t) => t.replace('title: "Commissioner"', 'title: 42'), { field: 'properties.title' }],
    ['a record without sources', 'people.yaml', (t) => t.replace(/  - id: person:he-hua\n    nameEn: He Hua\n    sources:\n      - \{ source: source:cnipa-1122513 \}\n/, '  - id: person:he-hua\n    nameEn: He Hua\n    sources: []\n'), { field: 'sources' }],
    ['broken YAML', 'regions.yaml', (t) => t.replace('  - id: region:hebei', '  - id: [region:hebei'), { file: 'regions.yaml', field: '(yaml)' }],
  ];
  for (const [name, file, edit, expected] of cases) {
    it(`refuses ${name}`, () => {
      const issues = issuesOf(seedWith(file, edit));
      assert.ok(
        issues.some((issue) => Object.entries(expected).every(([key, value]) => issue[key as keyof SeedIssue] === value)),
        `expected an issue like ${JSON.stringify(expected)}, got ${JSON.stringify(issues)}`,
      );
    });
  }

  it('reports every problem at once', () => {
    const dir = seedWith('people.yaml', (text) =>
      text.replace('quote: "SIPO Deputy Commissioner Zhang Qin"', 'quote: "SIPO Commissioner Zhang"').replace('source: source:cnipa-1122513 }', 'source: source:nowhere }'),
    );
    assert.equal(issuesOf(dir).length, 2);
  });
});
