import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse as parseCsv } from 'csv-parse/sync';
import type { PlannedNode } from '../src/records/plan.js';
import { RecordsError, type RecordIssue } from '../src/records/read.js';
import { loadSeed, type Seed } from '../src/seed/load.js';
import { isAdjacentTier, TIERS, type Tier } from '../src/vocabulary.js';

const SEED = path.resolve('seed');
const copies: string[] = [];
let seed: Seed;
before(() => {
  seed = loadSeed(SEED);
});
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

function issuesOf(dir: string): readonly RecordIssue[] {
  try {
    loadSeed(dir);
  } catch (error) {
    assert.ok(error instanceof RecordsError, String(error));
    return error.issues;
  }
  assert.fail('the seed should have been refused');
}

function nodes(label: string): PlannedNode[] {
  return [...seed.plan.nodes.values()].filter((node) => node.label === label);
}

/** The roster of the programme's designated places: one row per place and list, each with its exact quote and excerpt. */
interface RosterRow {
  readonly list_id: string;
  readonly name_zh: string;
  readonly place_key: string;
  readonly quote: string;
  readonly excerpt_file: string;
}

const sourceIdOf = (excerpt: string): string =>
  `source:${excerpt
    .replace(/\.txt$/, '')
    .toLowerCase()
    .replace(/_/g, '-')}`;

describe('the seed', () => {
  it('holds every row of the programme roster, with its quote from its excerpt, and nothing more', () => {
    const roster = parseCsv<RosterRow>(readFileSync('test/fixtures/programme-roster.csv', 'utf8'), { columns: true });
    assert.equal(roster.length, 221);
    const designations = nodes('Designation');
    assert.equal(designations.length, roster.length);
    const unmatched = new Set(designations);
    for (const row of roster) {
      const source = sourceIdOf(row.excerpt_file);
      const match = [...unmatched].find((node) => node.citations.some((citation) => citation.source === source && citation.quote === row.quote));
      assert.ok(match, `roster row ${row.list_id} ${row.name_zh}: no designation cites ${source} with "${row.quote}"`);
      unmatched.delete(match);
    }
    assert.equal(unmatched.size, 0);
  });

  it('checks every quote of a held text, and cites public sources only: no brief, nothing unverified', () => {
    const citations = [...seed.plan.nodes.values(), ...seed.plan.relationships.values()].flatMap((record) => record.citations);
    assert.ok(citations.length > 4000);
    const held = new Set(seed.sources.filter((source) => source.text !== null).map((source) => source.record.id));
    for (const citation of citations) {
      assert.notEqual(citation.source, 'source:domain-brief');
      if (held.has(citation.source)) assert.equal(citation.checked, true, `${citation.source}: "${citation.quote}"`);
      else assert.ok(citation.unquoted ?? citation.quote, `${citation.source} is cited without a quote and without saying why`);
    }
    assert.ok(seed.sources.every((source) => ['DOCUMENT', 'WEB_PAGE', 'DATASET'].includes(source.record.kind)));
    assert.equal([...seed.plan.nodes.values(), ...seed.plan.relationships.values()].filter((record) => record.props.unverified === true).length, 0);
    // The 65 excerpts and the two reports are held; the GitHub compilations are marked secondary.
    assert.equal(seed.sources.filter((source) => source.record.file?.startsWith('documents/programme/')).length, 65);
    assert.deepEqual(
      seed.sources
        .filter((source) => source.record.secondary)
        .map((source) => source.record.id)
        .sort(),
      ['source:11-github-econ-variation-demo-city-cohorts-2012-2016', 'source:12-github-t10-policy-seed-lists-ip-demo-city'],
    );
  });

  it('cites a press page beside the secondary compilations where one says the same', () => {
    const wuhu = seed.plan.nodes.get('designation:340200-national-ip-demonstration-city-2012');
    const sources = new Set(wuhu?.citations.map((citation) => citation.source));
    assert.ok(
      sources.has('source:12-github-t10-policy-seed-lists-ip-demo-city') && sources.has('source:02-ahjgbzw-first-batch-wuhu-2012'),
      [...sources].join(', '),
    );
  });

  it('grounds every region on the division codes, with its Chinese name, and romanises only where no source gives English', () => {
    const regions = nodes('Region');
    assert.ok(regions.length >= 3213);
    for (const region of regions) {
      if (region.id === 'region:xpcc') continue;
      assert.equal(region.id, `region:${String(region.props.code)}`);
      assert.ok(typeof region.props.nameZh === 'string' && /\p{Script=Han}/u.test(region.props.nameZh), region.id);
      const sourcedEnglish = region.citations.some((citation) => citation.fields?.includes('nameEn'));
      assert.equal(region.props.romanised === true, !sourcedEnglish, `${region.id} ${String(region.props.nameEn)}`);
    }
    const provincial = regions.filter((region) => region.props.level === 'PROVINCIAL');
    assert.equal(provincial.length, 34);
    assert.equal(seed.plan.nodes.get('region:320583')?.props.nameEn, 'Kunshan');
    // 泰州 (Jiangsu) and 台州 (Zhejiang) are two places, each under its own province.
    const partOf = (id: string): string | undefined => [...seed.plan.relationships.values()].find((rel) => rel.type === 'PART_OF' && rel.from === id)?.to;
    assert.equal(partOf('region:321200'), 'region:320000');
    assert.equal(partOf('region:331000'), 'region:330000');
    assert.equal(partOf('region:110108'), 'region:110000');
  });

  it('keeps the pre-2012 and post-2012 demonstration-city titles as two tiers, and every tier has its data', () => {
    const nanjing = [...seed.plan.relationships.values()]
      .filter((rel) => rel.type === 'DESIGNATED_AS' && rel.from === 'region:320100')
      .map((rel) => seed.plan.nodes.get(rel.to)?.props.tier);
    assert.ok(nanjing.includes('NATIONAL_IP_WORK_DEMONSTRATION_CITY') && nanjing.includes('NATIONAL_IP_DEMONSTRATION_CITY'), nanjing.join(', '));
    const tiers = new Set(nodes('Designation').map((node) => node.props.tier));
    assert.deepEqual([...tiers].sort(), Object.keys(TIERS).sort());
    assert.ok((Object.keys(TIERS) as Tier[]).filter(isAdjacentTier).every((tier) => TIERS[tier].family === 'H'));
  });

  it('keeps stated list sizes with their quotes, and the two conflicting park counts apart', () => {
    for (const batch of nodes('Batch').filter((node) => node.props.size !== undefined)) {
      assert.ok(
        batch.citations.some((citation) => citation.fields === null || citation.fields.includes('size')),
        `${batch.id}: its size is not cited`,
      );
    }
    assert.equal(seed.plan.nodes.get('batch:ip-powerful-city-demonstration-2022')?.props.size, 38);
    const figure = (id: string): PlannedNode | undefined => seed.plan.nodes.get(id);
    assert.deepEqual([figure('figure:2017-01-demonstration-park')?.props.value, figure('figure:2017-01-demonstration-park')?.props.asOf], [75, '2017-01']);
    assert.deepEqual([figure('figure:2018-03-demonstration-park')?.props.value, figure('figure:2018-03-demonstration-park')?.props.asOf], [48, '2018-03']);
    const conflict = [...seed.plan.relationships.values()].find((rel) => rel.type === 'CONFLICTS_WITH');
    assert.deepEqual([conflict?.from, conflict?.to], ['figure:2018-03-demonstration-park', 'figure:2017-01-demonstration-park']);
  });

  it('refuses a quote that is not verbatim in its document, naming file, line, record and field', () => {
    const dir = seedWith('people.yaml', (text) => text.replace('quote: "國家知識産權局副局長張勤"', 'quote: "国家知识产权局副局长张勤"'));
    const issues = issuesOf(dir);
    assert.deepEqual(
      issues.map(({ file, line, record, field }) => ({ file, line, record, field })),
      [{ file: 'people.yaml', line: 10, record: 'Person #1 (person:zhang-qin)', field: 'sources.1.quote' }],
    );
    assert.match(issues[0]?.message ?? '', /not found verbatim in seed\/documents\/gov-cn-2008-05-14-content_973201\.txt/);
  });

  const designations = 'programme/designations.csv';
  const cases: [string, string, (text: string) => string, Partial<RecordIssue>, RegExp?][] = [
    [
      'an unknown source',
      'people.yaml',
      (t) => t.replace('{ source: source:cnipa-1122513, unquoted', '{ source: source:nowhere, unquoted'),
      { file: 'people.yaml', field: 'sources.0.source' },
    ],
    [
      'a malformed date',
      'events.yaml',
      (t) => t.replace('startDate: "2008-05-14"', 'startDate: "14 May 2008"'),
      { record: 'Event #1 (event:nanjing-2008-conference)', field: 'startDate' },
    ],
    [
      'a relationship to an unknown entity',
      'relationships.yaml',
      (t) => t.replace('to: region:320000', 'to: region:atlantis'),
      { file: 'relationships.yaml', field: 'to' },
    ],
    [
      'a relationship between the wrong kinds',
      'relationships.yaml',
      (t) => t.replace('from: person:zhang-qin\n    to: org:sipo', 'from: person:zhang-qin\n    to: region:320000'),
      { field: 'to' },
    ],
    [
      'a web page cited without a quote or a reason',
      'people.yaml',
      (t) => t.replace(/\{ source: source:cnipa-1122513, unquoted: "[^"]*" \}/, '{ source: source:cnipa-1122513 }'),
      { field: 'sources.0.quote' },
      /give its exact words, or say in unquoted why/,
    ],
    [
      'a document citation without a quote',
      'events.yaml',
      (t) => t.replace('- { source: source:nanjing-2008-en, quote: "More than 200 people" }', '- { source: source:nanjing-2008-en }'),
      { field: 'sources.3.quote' },
    ],
    ['a duplicate id', 'people.yaml', (t) => t.replace('id: person:he-hua', 'id: person:li-yuguang'), { field: 'id' }],
    [
      'a property the schema does not know',
      'people.yaml',
      (t) => t.replace('nameEn: Yang Tiejun', 'nameEn: Yang Tiejun\n    birthday: "1950"'),
      { record: 'Person #6 (person:yang-tiejun)', field: 'birthday' },
    ],
    ['a relationship property of the wrong type', 'relationships.yaml', (t) => t.replace('title: "Commissioner"', 'title: 42'), { field: 'properties.title' }],
    [
      'a record without sources',
      'people.yaml',
      (t) => t.replace(/( {2}- id: person:he-hua\n {4}nameEn: He Hua\n {4}sources:\n) {6}- \{[^\n]*\}\n/, '$1'),
      { field: 'sources' },
    ],
    ['broken YAML', 'regions.yaml', (t) => t.replace('  - id: region:110000', '  - id: [region:110000'), { file: 'regions.yaml', field: '(yaml)' }],
    [
      'a place that names two units',
      designations,
      (t) => t.replace('Designation,台州,Zhejiang province,', 'Designation,Taizhou,,'),
      { file: designations, line: 11, field: 'place' },
      /321200 泰州市 \(江苏省\).*331000 台州市 \(浙江省\)/,
    ],
    [
      'a place no unit has',
      designations,
      (t) => t.replace('Designation,南阳,Henan province,', 'Designation,南阳国,Henan province,'),
      { file: designations, line: 12, field: 'place' },
      /no unit of the division codes is named "南阳国"/,
    ],
    ['a designation quote not in its excerpt', designations, (t) => t.replace('18 江苏省昆山市', '18 江苏省昆山县'), { file: designations, field: 'quote1' }],
    [
      'a designation in an unknown batch',
      designations,
      (t) => t.replace(',batch:national-ip-demonstration-city-2012,', ',batch:national-ip-demonstration-city-2011,'),
      { file: designations, field: 'batch' },
    ],
  ];
  for (const [name, file, edit, expected, message] of cases) {
    it(`refuses ${name}`, () => {
      const issues = issuesOf(seedWith(file, edit));
      const match = issues.find((issue) => Object.entries(expected).every(([key, value]) => issue[key as keyof RecordIssue] === value));
      assert.ok(match, `expected an issue like ${JSON.stringify(expected)}, got ${JSON.stringify(issues)}`);
      if (message) assert.match(match.message, message);
    });
  }

  it('reports every problem at once', () => {
    const dir = seedWith('people.yaml', (text) =>
      text
        .replace('quote: "SIPO Deputy Commissioner Zhang Qin"', 'quote: "SIPO Commissioner Zhang"')
        .replace('{ source: source:cnipa-1122513, unquoted', '{ source: source:nowhere, unquoted'),
    );
    assert.equal(issuesOf(dir).length, 2);
  });
});
