import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Driver } from 'neo4j-driver';
import { writeSeed } from '../src/cypher/seed.js';
import { loadSeed, type SeedPlan } from '../src/seed/load.js';
import { countOf, graphChecksum, testDriver } from './helpers.js';

let driver: Driver;
let original: SeedPlan;
const copies: string[] = [];
before(() => {
  driver = testDriver();
  original = loadSeed('seed');
});
after(async () => {
  // Leave the graph exactly as the seed makes it, for the files that run after this one.
  await writeSeed(driver, undefined, original);
  await driver.close();
  copies.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

function editedSeed(edits: Record<string, (text: string) => string>): SeedPlan {
  const dir = mkdtempSync(path.join(tmpdir(), 'seed-'));
  copies.push(dir);
  cpSync('seed', dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    writeFileSync(path.join(dir, file), edit(readFileSync(path.join(dir, file), 'utf8')));
  }
  return loadSeed(dir);
}


describe('loading the seed', () => {
  it('twice creates nothing new and changes nothing', async () => {
    await writeSeed(driver, undefined, original);
    const before = await graphChecksum(driver);
    const report = await writeSeed(driver, undefined, original);
    const nodes = Object.values(original.nodes).flat().length;
    const relationships = Object.values(original.relationships).flat().length;
    assert.deepEqual(report, {
      sources: { created: 0, updated: 0, unchanged: original.sources.length, deleted: 0 },
      nodes: { created: 0, updated: 0, unchanged: nodes, deleted: 0 },
      relationships: { created: 0, updated: 0, unchanged: relationships, deleted: 0 },
    });
    assert.equal(await graphChecksum(driver), before);
    assert.equal(await countOf(driver, 'MATCH (n:Entity) RETURN count(n)'), nodes);
    assert.equal(await countOf(driver, "MATCH ()-[r]->() WHERE type(r) <> 'SUPPORTED_BY' RETURN count(r)"), relationships);
  });

  it('updates a changed record in place, and the original load restores it', async () => {
    const before = await graphChecksum(driver);
    const edited = editedSeed({ 'people.yaml': (text) => text.replace('nameEn: He Hua', 'nameEn: He Hua (edited)') });
    const report = await writeSeed(driver, undefined, edited);
    assert.deepEqual(report.nodes, { created: 0, updated: 1, unchanged: Object.values(original.nodes).flat().length - 1, deleted: 0 });
    assert.equal(await countOf(driver, "MATCH (p:Person {nameEn: 'He Hua (edited)'}) RETURN count(p)"), 1);
    const restored = await writeSeed(driver, undefined, original);
    assert.equal(restored.nodes.updated, 1);
    assert.equal(await graphChecksum(driver), before);
  });

  it('removes records that left the seed, with their relationships', async () => {
    const edited = editedSeed({
      'people.yaml': (text) => text.replace(/  - id: person:he-hua\n(    .*\n)+/, ''),
      'relationships.yaml': (text) => text.replace(/  - type: HOLDS_POST\n    from: person:he-hua\n(    .*\n)+/, ''),
    });
    assert.equal(edited.nodes.Person.length, original.nodes.Person.length - 1);
    const report = await writeSeed(driver, undefined, edited);
    assert.equal(report.nodes.deleted, 1);
    assert.equal(report.relationships.deleted, 1);
    assert.equal(await countOf(driver, "MATCH (p:Entity {id: 'person:he-hua'}) RETURN count(p)"), 0);
    const restored = await writeSeed(driver, undefined, original);
    assert.equal(restored.nodes.created, 1);
    assert.equal(restored.relationships.created, 1);
  });

  it('that fails inside the transaction changes nothing', async () => {
    const before = await graphChecksum(driver);
    const edited = editedSeed({ 'people.yaml': (text) => text.replace('nameEn: He Hua', 'nameEn: He Hua (never stored)') });
    // Neo4j refuses a map as a property value, so the write fails after some rows were written.
    const broken: SeedPlan = {
      ...edited,
      relationships: {
        ...edited.relationships,
        PART_OF: edited.relationships.PART_OF.map((row, index) => (index === 3 ? { ...row, props: { ...row.props, seedHash: 'changed', bad: { nested: 1 } as unknown as string } } : row)),
      },
    };
    await assert.rejects(writeSeed(driver, undefined, broken));
    assert.equal(await graphChecksum(driver), before);
    assert.equal(await countOf(driver, "MATCH (p:Person {nameEn: 'He Hua (never stored)'}) RETURN count(p)"), 0);
  });
});
