import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Driver } from 'neo4j-driver';
import { writeSeed } from '../src/cypher/seed.js';
import { applyImport, dryRun, planImport } from '../src/records/import.js';
import { RecordsError } from '../src/records/read.js';
import { loadCatalogue, loadSeed, type Catalogue, type Seed } from '../src/seed/load.js';
import { countOf, graphChecksum, testDriver, writer } from './helpers.js';

let driver: Driver;
let catalogue: Catalogue;
let seed: Seed;
let start: string;
const folder = mkdtempSync(path.join(tmpdir(), 'import-'));
const EXAMPLE = path.resolve('examples/import-example.yaml');
const DESIGNATION = 'designation:zhongguancun-national-ip-demonstration-park';

before(async () => {
  driver = testDriver();
  catalogue = loadCatalogue('seed');
  seed = loadSeed('seed', catalogue);
  start = await graphChecksum(driver);
});

after(async () => {
  // What the imports wrote is undone, and the seed restores the graph exactly.
  const session = writer(driver);
  try {
    await session.executeWrite((tx) => tx.run("MATCH (n:Entity {layer: 'IMPORT'}) DETACH DELETE n"));
    await session.executeWrite((tx) => tx.run("MATCH ()-[c:SUPPORTED_BY {layer: 'IMPORT'}]->() DELETE c"));
    await session.executeWrite((tx) => tx.run("MATCH (a:AuditEntry {action: 'import'}) DELETE a"));
    await session.executeWrite((tx) => tx.run('MATCH (n:Entity) WHERE n.editedFields IS NOT NULL REMOVE n.editedFields SET n.seedHash = null'));
    await writeSeed(driver, undefined, seed.sources, seed.plan);
    assert.equal(await graphChecksum(driver), start);
  } finally {
    await session.close();
    await driver.close();
    rmSync(folder, { recursive: true, force: true });
  }
});

function file(name: string, text: string): string {
  const target = path.join(folder, name);
  writeFileSync(target, text);
  return target;
}

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import.ts', ...args], { encoding: 'utf8', env: process.env });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run import', () => {
  it('by default prints what it would create, update and leave, and writes nothing', async () => {
    const run = cli('examples/import-example.csv');
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^Import of examples\/import-example\.csv \(dry run: nothing written\)$/m);
    assert.match(run.stdout, new RegExp(`create +Designation +${DESIGNATION} +1 citation`));
    assert.match(run.stdout, /create +DESIGNATED_AS +rel:designated_as:zhongguancun:/);
    assert.match(run.stdout, /^2 to create, 0 to update, 0 unchanged\. Run again with --apply to write it\.$/m);
    assert.equal(await graphChecksum(driver), start);
  });

  it('with --apply writes all of it in one transaction with one audit entry; a second run changes nothing', async () => {
    const run = cli('examples/import-example.csv', '--apply', '--actor', 'analyst-a');
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /Written in one transaction; audit entry audit:/);
    assert.equal(await countOf(driver, `MATCH (d:Designation {id: '${DESIGNATION}', layer: 'IMPORT', year: 2003}) RETURN count(d)`), 1);
    assert.equal(
      await countOf(
        driver,
        `MATCH (:Park {id: 'park:zhongguancun'})-[r:DESIGNATED_AS {layer: 'IMPORT'}]->(:Designation {id: '${DESIGNATION}'}) RETURN count(r)`,
      ),
      1,
    );
    assert.equal(
      await countOf(
        driver,
        `MATCH (:Designation {id: '${DESIGNATION}'})-[c:SUPPORTED_BY {layer: 'IMPORT', checked: true}]->(:Source {id: 'source:42-sipo-en-zhongguancun-model-park-2003'}) RETURN count(c)`,
      ),
      1,
    );
    assert.equal(
      await countOf(
        driver,
        "MATCH (a:AuditEntry {action: 'import', actor: 'analyst-a', targetId: 'import:import-example-csv'}) WHERE a.input CONTAINS 'import-example.csv' RETURN count(a)",
      ),
      1,
    );

    const after = await graphChecksum(driver);
    const again = cli('examples/import-example.yaml', '--apply');
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, /^0 to create, 0 to update, 2 unchanged\. Nothing to change: the graph already holds all of it\.$/m);
    assert.equal(await graphChecksum(driver), after);
    assert.equal(await countOf(driver, "MATCH (a:AuditEntry {action: 'import'}) RETURN count(a)"), 1);
  });

  it('adds to seed records, and reloading the seed keeps what it added', async () => {
    const alias = file(
      'alias.yaml',
      [
        'Region:',
        '  - id: region:320583',
        '    aliases: [江蘇省昆山市]',
        '    sources:',
        '      - { source: source:20-ka78x-longgang-qiangxian-2022, quote: "確定江蘇省昆山市等48個縣(市、區(qū))為國家知識產(chǎn)權(quán)強(qiáng)縣建設(shè)示范縣", fields: [aliases] }',
        '',
      ].join('\n'),
    );
    const plan = await planImport(driver, undefined, catalogue, alias, 'seed');
    const preview = await dryRun(driver, undefined, plan, alias);
    const region = preview.changes.find((change) => change.id === 'region:320583');
    assert.equal(region?.action, 'update');
    assert.ok(region?.details.some((detail) => detail.startsWith('aliases:')) && region.details.includes('+1 citation'), JSON.stringify(region));
    assert.ok(preview.changes.filter((change) => change.id !== 'region:320583').every((change) => change.action === 'unchanged'));
    const applied = await applyImport(driver, undefined, plan, alias, 'analyst-b');
    assert.ok(applied.auditId);

    // The seed's own version of Kunshan changes; the alias the import set stays as the import set it.
    const aliases = "MATCH (r:Region {id: 'region:320583'}) RETURN r.aliases";
    const session = driver.session({ defaultAccessMode: 'READ' });
    const read = async (): Promise<string[]> => (await session.executeRead((tx) => tx.run(aliases))).records[0]?.get(0) as string[];
    try {
      const imported = await read();
      assert.ok(imported.includes('江蘇省昆山市'));
      const edited = { ...seed.plan, nodes: new Map(seed.plan.nodes) };
      const kunshan = edited.nodes.get('region:320583') ?? assert.fail();
      edited.nodes.set(kunshan.id, { ...kunshan, props: { ...kunshan.props, note: 'changed by the seed' } });
      const report = await writeSeed(driver, undefined, seed.sources, edited);
      assert.equal(report.nodes.updated, 1);
      assert.deepEqual(await read(), imported);
      assert.equal(await countOf(driver, "MATCH (r:Region {id: 'region:320583', note: 'changed by the seed'}) RETURN count(r)"), 1);
      assert.equal(await countOf(driver, "MATCH (:Region {id: 'region:320583'})-[c:SUPPORTED_BY {layer: 'IMPORT'}]->() RETURN count(c)"), 1);
      assert.equal(await countOf(driver, `MATCH (d:Designation {id: '${DESIGNATION}'}) RETURN count(d)`), 1);
    } finally {
      await session.close();
    }
  });

  it('checks everything before writing anything, and reports every problem with its file, line and column', async () => {
    const before = await graphChecksum(driver);
    const bad = file(
      'bad.csv',
      [
        'record,place,province,holder,tier,batch,year,source1,quote1',
        'Designation,Taizhou,,,NATIONAL_IP_PILOT_CITY,,2013,source:43-justalen-2013-evaluation-qualified-cities-en,Taizhou in Zhejiang province',
        'Designation,江苏省昆山市,,,NATIONAL_IP_DEMONSTRATION_CITY,batch:no-such-batch,2013,source:01-wisor-second-batch-demo-cities-2013,18 江苏省昆山市',
        'Designation,,,park:no-such-park,NATIONAL_IP_PILOT_PARK,,2019,source:01-wisor-second-batch-demo-cities-2013,words the page does not hold',
      ].join('\n'),
    );
    const error = await planImport(driver, undefined, catalogue, bad, 'seed').then(
      () => assert.fail('the file should have been refused'),
      (caught: unknown) => caught,
    );
    assert.ok(error instanceof RecordsError);
    const found = error.issues.map((issue) => `${path.basename(issue.file)}:${issue.line} › ${issue.field}`).sort();
    assert.deepEqual(found, ['bad.csv:2 › place', 'bad.csv:3 › batch', 'bad.csv:4 › holder', 'bad.csv:4 › quote1']);
    assert.match(error.message, /"Taizhou" matches 2 units.*321200 泰州市 \(江苏省\); 331000 台州市 \(浙江省\)/);
    assert.match(error.message, /no Batch batch:no-such-batch in the graph or in this file/);

    const run = cli(bad, '--apply');
    assert.equal(run.status, 1);
    assert.match(run.stderr, /bad\.csv is invalid \(4 problems\); nothing was written/);
    assert.equal(await graphChecksum(driver), before);
  });

  it('plans the example file with the same record code as the seed', async () => {
    const plan = await planImport(driver, undefined, catalogue, EXAMPLE, 'seed');
    assert.deepEqual([...plan.nodes.keys()], [DESIGNATION]);
    assert.equal(plan.nodes.get(DESIGNATION)?.props.nameEn, 'Zhongguancun Science Park: National IP demonstration park (2003)');
  });
});
