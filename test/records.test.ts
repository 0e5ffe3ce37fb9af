import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { PlaceQuery, PlaceResolver, Resolution } from '../src/divisions/resolve.js';
import { pinyinWord, readings, searchText } from '../src/divisions/names.js';
import { completePlan, planRecords } from '../src/records/plan.js';
import { readRecordFile, type RecordIssue } from '../src/records/read.js';
import { loadCatalogue, type Catalogue } from '../src/seed/load.js';

let catalogue: Catalogue;
let resolver: PlaceResolver;
const folder = mkdtempSync(path.join(tmpdir(), 'records-'));
before(() => {
  catalogue = loadCatalogue('seed');
  resolver = catalogue.resolver;
});
after(() => rmSync(folder, { recursive: true, force: true }));

function resolved(query: PlaceQuery): string {
  const result: Resolution = resolver.resolve(query);
  if ('error' in result) assert.fail(`${query.text}: ${result.error}`);
  return result.unit.code;
}

function refusal(query: PlaceQuery): { error: string; codes: string[] } {
  const result = resolver.resolve(query);
  if (!('error' in result)) assert.fail(`${query.text} should not resolve, but gave ${result.unit.code}`);
  return { error: result.error, codes: result.candidates.map((unit) => unit.code).sort() };
}

describe('the national division codes', () => {
  it('hold every provincial-, prefecture- and county-level unit of the current list, each with its parent', () => {
    const current = catalogue.divisions.current();
    const byLevel = (level: string): number => current.filter((unit) => unit.level === level).length;
    assert.equal(byLevel('PROVINCIAL'), 34);
    // Every row of the package's three files but the four groupings of directly administered counties.
    assert.equal(current.length, 34 + 333 + 2846);
    assert.ok(byLevel('PREFECTURAL') === 333 && byLevel('COUNTY') === 2846);
    for (const unit of current) {
      if (unit.level === 'PROVINCIAL') continue;
      const parent = unit.parentCode ? catalogue.divisions.get(unit.parentCode) : undefined;
      assert.ok(parent && !parent.former, `${unit.code} ${unit.name} has no current parent`);
      assert.equal(unit.code.slice(0, 2), parent.code.slice(0, 2), `${unit.code} lies in its province`);
    }
  });

  it('keep 泰州 (Jiangsu) and 台州 (Zhejiang) apart, and refuse "Taizhou" without a province, naming both', () => {
    assert.equal(resolved({ text: '江苏省泰州市' }), '321200');
    assert.equal(resolved({ text: '台州', province: 'Zhejiang province' }), '331000');
    assert.equal(resolved({ text: 'Taizhou', province: '江苏' }), '321200');
    const taizhou = refusal({ text: 'Taizhou', level: 'CITY' });
    assert.deepEqual(taizhou.codes, ['321200', '331000']);
    assert.match(taizhou.error, /321200 泰州市 \(江苏省\).*331000 台州市 \(浙江省\)/);
  });

  it('put districts under their city: 北京市海淀区, 江苏省南京市江宁区, 新乡长垣市', () => {
    assert.equal(resolved({ text: '北京市海淀区' }), '110108');
    assert.equal(resolved({ text: '江苏省南京市江宁区' }), '320115');
    assert.equal(resolved({ text: '新乡长垣市', province: '河南省', level: 'COUNTY' }), '410783');
    assert.equal(catalogue.divisions.get('320115')?.parentCode, '320100');
  });

  it('read traditional characters and the pinyin artefacts of some pages', () => {
    assert.equal(resolved({ text: '長(zhǎng)沙市', province: '湖南省' }), '430100');
    assert.equal(resolved({ text: '廣東省深圳市龍崗區(qū)' }), '440307');
    assert.equal(resolved({ text: '沈陽(yáng)市渾南區(qū)', province: '遼寧 (遼寧四地)' }), '210112');
  });

  it('resolve former units at the date they are named, and the current unit after', () => {
    assert.equal(resolved({ text: '四川省成都市郫县', at: '2013-08-07' }), '510124');
    assert.equal(catalogue.divisions.get('510124')?.former, true);
    assert.equal(resolved({ text: '即墨', province: '山东', level: 'CITY', at: '2016-05-05' }), '370282');
    assert.equal(resolved({ text: '双流', province: '四川', level: 'COUNTY', at: '2013' }), '510122');
    assert.equal(resolved({ text: '双流', province: '四川', level: 'COUNTY', at: '2020' }), '510116');
    assert.deepEqual(refusal({ text: '双流', province: '四川', level: 'COUNTY' }).codes, ['510116', '510122']);
  });

  it('let the tier settle what the name alone does not: a city tier names no county, a county tier no prefecture', () => {
    assert.equal(resolved({ text: '安阳', level: 'CITY' }), '410500');
    assert.equal(resolved({ text: '宜宾', province: '四川', level: 'COUNTY', at: '2013' }), '511521');
    assert.equal(resolved({ text: '中山', level: 'CITY' }), '442000');
    assert.deepEqual(refusal({ text: '安阳' }).codes, ['410500', '410522']);
  });

  it('say so when nothing has the name', () => {
    assert.match(refusal({ text: '亚特兰蒂斯市' }).error, /no unit of the division codes is named "亚特兰蒂斯市"/);
  });
});

describe('names and search words', () => {
  it('give traditional forms and pinyin, so 昆山, 崑山 and Kunshan find one place', () => {
    const words = searchText({ nameZh: '昆山市', aliases: ['昆山'], pinyin: 'Kunshan Shi' });
    assert.ok(words.includes('崑山'), words);
    assert.ok(words.includes('kunshan'), words);
    assert.deepEqual(readings('崑山'), ['崑山', '昆山']);
    assert.equal(pinyinWord('成都'), 'chengdu');
    assert.equal(catalogue.divisions.romanisation(catalogue.divisions.get('610100') ?? assert.fail()), "Xi'an Shi");
    assert.equal(catalogue.divisions.romanisation(catalogue.divisions.get('450000') ?? assert.fail()), 'Guangxi Zhuangzu Zizhiqu');
  });
});

function write(name: string, text: string): string {
  const file = path.join(folder, name);
  writeFileSync(file, text);
  return file;
}

function planFile(file: string): RecordIssue[] {
  const issues: RecordIssue[] = [];
  const records = readRecordFile(file, path.basename(file), issues);
  const planned = planRecords(records, { ...catalogue, sources: new Map(catalogue.sources), allRegions: false, seedDir: 'seed' });
  return [...issues, ...planned.issues, ...completePlan(planned.plan, new Map())];
}

describe('record files', () => {
  it('report every problem of a CSV at once, each with its file, line and column', () => {
    const file = write(
      'bad.csv',
      [
        'record,place,province,tier,year,source1,quote1,source2,quote2,colour',
        'Designation,Taizhou,,NATIONAL_IP_PILOT_CITY,2013,source:43-justalen-2013-evaluation-qualified-cities-en,Taizhou in Zhejiang province,,,',
        'Designation,江苏省昆山市,,NATIONAL_IP_DEMONSTRATION_CITY,twenty,source:01-wisor-second-batch-demo-cities-2013,18 江苏省昆山市,source:01-wisor-second-batch-demo-cities-2013,this is not in the page,',
        'Designation,南京,,NO_SUCH_TIER,2010,source:nowhere,some words,,,red',
      ].join('\n'),
    );
    const issues = planFile(file).map(({ file: name, line, field, message }) => ({ at: `${name}:${line} › ${field}`, message }));
    const at = issues.map((issue) => issue.at);
    assert.ok(at.includes('bad.csv:2 › place'), JSON.stringify(issues));
    assert.match(issues.find((issue) => issue.at === 'bad.csv:2 › place')?.message ?? '', /matches 2 units.*321200 泰州市.*331000 台州市/);
    assert.ok(at.includes('bad.csv:3 › year'), JSON.stringify(issues));
    assert.ok(at.includes('bad.csv:3 › quote2'), JSON.stringify(issues));
    assert.ok(at.includes('bad.csv:4 › colour'), JSON.stringify(issues));
    assert.ok(at.includes('bad.csv:4 › tier'), JSON.stringify(issues));
    assert.ok(at.includes('bad.csv:4 › source1'), JSON.stringify(issues));
  });

  it('report YAML problems at the line of the field', () => {
    const file = write(
      'bad.yaml',
      ['Park:', '  - id: park:example', '    nameZh: 示例园区', '    sources:', '      - { source: source:gov-cn-2007-04-10 }', ''].join('\n'),
    );
    const issues = planFile(file);
    assert.deepEqual(
      issues.map(({ line, field }) => ({ line, field })),
      [{ line: 5, field: 'sources.0.quote' }],
    );
    assert.match(issues[0]?.message ?? '', /web page the project does not hold: give its exact words, or say in unquoted why/);
  });
});
