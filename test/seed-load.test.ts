import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Driver } from 'neo4j-driver';
import { inWriteTransaction } from '../src/cypher/curation.js';
import { clearGraph, writeSeed } from '../src/cypher/seed.js';
import { loadConfig } from '../src/config.js';
import { markGraphChanged, type Database } from '../src/database.js';
import type { Logger } from '../src/log.js';
import type { CitationRow, Plan } from '../src/records/plan.js';
import { loadCatalogue, loadSeed, prepareGraph, readSeed, type Catalogue, type Seed, type SeedToLoad } from '../src/seed/load.js';
import { countOf, graphChecksum, testDriver, writer } from './helpers.js';

let driver: Driver;
let catalogue: Catalogue;
let original: Seed;
const copies: string[] = [];
before(() => {
  driver = testDriver();
  catalogue = loadCatalogue('seed');
  original = loadSeed('seed', catalogue);
});
after(async () => {
  // Leave the graph exactly as the seed makes it, for the files that run after this one.
  await writeSeed(driver, undefined, original.sources, original.plan);
  await driver.close();
  copies.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

function editedSeed(edits: Record<string, (text: string) => string>): Seed {
  return loadSeed(editedCopy(edits), catalogue);
}

/** A copy of seed/ with the edits made, for a test to read as the seed. */
function editedCopy(edits: Record<string, (text: string) => string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'seed-'));
  copies.push(dir);
  cpSync('seed', dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const before = readFileSync(path.join(dir, file), 'utf8');
    const after = edit(before);
    assert.notEqual(after, before, `the edit of ${file} must change it`);
    writeFileSync(path.join(dir, file), after);
  }
  return dir;
}

const write = (seed: Seed | { sources: Seed['sources']; plan: Plan }) => writeSeed(driver, undefined, seed.sources, seed.plan);

const withoutHeHua = {
  'people.yaml': (text: string) => text.replace(/ {2}- id: person:he-hua\n( {4}.*\n)+\n?/, ''),
  'relationships.yaml': (text: string) => text.replace(/ {2}- type: HOLDS_POST\n {4}from: person:he-hua\n( {4}.*\n| {6}.*\n)+/, ''),
};

function cite(source: string, quote: string): CitationRow {
  return { source, quote, fields: null, note: null, unquoted: null, checked: true };
}

describe('loading the seed', () => {
  it('twice creates nothing new and changes nothing', async () => {
    await write(original);
    const before = await graphChecksum(driver);
    const report = await write(original);
    const nodes = original.plan.nodes.size;
    const relationships = original.plan.relationships.size;
    assert.deepEqual(report, {
      sources: { created: 0, updated: 0, unchanged: original.sources.length, deleted: 0, kept: 0 },
      nodes: { created: 0, updated: 0, unchanged: nodes, deleted: 0, kept: 0 },
      relationships: { created: 0, updated: 0, unchanged: relationships, deleted: 0, kept: 0 },
    });
    assert.equal(await graphChecksum(driver), before);
    assert.equal(await countOf(driver, 'MATCH (n:Entity) RETURN count(n)'), nodes);
    assert.equal(await countOf(driver, "MATCH ()-[r]->() WHERE type(r) <> 'SUPPORTED_BY' RETURN count(r)"), relationships);
    assert.equal(await countOf(driver, "MATCH (n:Entity) WHERE n.layer <> 'SEED' RETURN count(n)"), 0);
  });

  it('updates a changed record in place, and the original load restores it', async () => {
    const before = await graphChecksum(driver);
    const edited = editedSeed({ 'people.yaml': (text) => text.replace('nameEn: He Hua', 'nameEn: He Hua (edited)') });
    const report = await write(edited);
    assert.deepEqual(report.nodes, { created: 0, updated: 1, unchanged: original.plan.nodes.size - 1, deleted: 0, kept: 0 });
    assert.equal(await countOf(driver, "MATCH (p:Person {nameEn: 'He Hua (edited)'}) RETURN count(p)"), 1);
    const restored = await write(original);
    assert.equal(restored.nodes.updated, 1);
    assert.equal(await graphChecksum(driver), before);
  });

  it('removes records that left the seed, with their relationships', async () => {
    const edited = editedSeed(withoutHeHua);
    assert.equal(edited.plan.nodes.size, original.plan.nodes.size - 1);
    const report = await write(edited);
    assert.equal(report.nodes.deleted, 1);
    assert.equal(report.relationships.deleted, 1);
    assert.equal(await countOf(driver, "MATCH (p:Entity {id: 'person:he-hua'}) RETURN count(p)"), 0);
    const restored = await write(original);
    assert.equal(restored.nodes.created, 1);
    assert.equal(restored.relationships.created, 1);
  });

  it('that fails inside the transaction changes nothing', async () => {
    const before = await graphChecksum(driver);
    const edited = editedSeed({ 'people.yaml': (text) => text.replace('nameEn: He Hua', 'nameEn: He Hua (never stored)') });
    // Neo4j refuses a map as a property value, so the write fails after some rows were written.
    const relationships = new Map(edited.plan.relationships);
    const [id, first] = [...relationships].find(([, rel]) => rel.type === 'PART_OF') ?? assert.fail();
    relationships.set(id, { ...first, props: { ...first.props, bad: { nested: 1 } as unknown as string } });
    await assert.rejects(write({ sources: edited.sources, plan: { ...edited.plan, relationships } }));
    assert.equal(await graphChecksum(driver), before);
    assert.equal(await countOf(driver, "MATCH (p:Person {nameEn: 'He Hua (never stored)'}) RETURN count(p)"), 0);
  });

  it('again never deletes or overwrites what an import or an editor added', async () => {
    const before = await graphChecksum(driver);
    const zhang = cite('source:nanjing-2008-en', 'SIPO Deputy Commissioner Zhang Qin');
    await inWriteTransaction(driver, undefined, 'CURATION', async (changes) => {
      await changes.addCitations('person:he-hua', [zhang]);
      await changes.updateEntity('person:he-hua', { note: "An editor's note." });
      await changes.createRelationship('ATTENDED', 'rel:attended:he-hua:nanjing-2008-conference', 'person:he-hua', 'event:nanjing-2008-conference', {}, [
        zhang,
      ]);
    });
    await inWriteTransaction(driver, undefined, 'IMPORT', async (changes) => {
      await changes.createEntity('Topic', { id: 'topic:imported', nameEn: 'An imported topic' }, [zhang]);
      await changes.addRelationshipCitations('HOLDS_POST', 'rel:holds_post:he-hua:sipo', [zhang]);
    });
    const curated = async (): Promise<Record<string, number | string>> => ({
      citations: await countOf(driver, "MATCH (:Person {id: 'person:he-hua'})-[c:SUPPORTED_BY {layer: 'CURATION'}]->() RETURN count(c)"),
      attended: await countOf(driver, "MATCH (:Person {id: 'person:he-hua'})-[r:ATTENDED {layer: 'CURATION'}]->() RETURN count(r)"),
      topic: await countOf(driver, "MATCH (t:Topic {id: 'topic:imported', layer: 'IMPORT'}) RETURN count(t)"),
      importedCitations: await countOf(
        driver,
        "MATCH ()-[r:HOLDS_POST {id: 'rel:holds_post:he-hua:sipo'}]->() RETURN size([l IN r.citeLayers WHERE l = 'IMPORT'])",
      ),
      note: await countOf(driver, "MATCH (p:Person {id: 'person:he-hua'}) RETURN CASE p.note WHEN 'An editor\\'s note.' THEN 1 ELSE 0 END"),
    });
    const added = { citations: 1, attended: 1, topic: 1, importedCitations: 1, note: 1 };
    assert.deepEqual(await curated(), added);

    // The seed's own version of He Hua changes: the seed rewrites its part, and only its part.
    const report = await write(editedSeed({ 'people.yaml': (text) => text.replace('nameEn: He Hua', 'nameEn: He Hua (seed edit)') }));
    assert.equal(report.nodes.updated, 1);
    assert.deepEqual(await curated(), added);
    assert.equal(await countOf(driver, "MATCH (p:Person {id: 'person:he-hua', nameEn: 'He Hua (seed edit)'}) RETURN count(p)"), 1);
    assert.equal(await countOf(driver, "MATCH (:Person {id: 'person:he-hua'})-[c:SUPPORTED_BY {layer: 'SEED'}]->() RETURN count(c)"), 1);

    // He Hua leaves the seed: what others added to him keeps him, with their facts alone.
    const gone = await write(editedSeed(withoutHeHua));
    assert.deepEqual([gone.nodes.kept, gone.nodes.deleted, gone.relationships.kept, gone.relationships.deleted], [1, 0, 1, 0]);
    assert.deepEqual(await curated(), added);
    assert.equal(await countOf(driver, "MATCH (:Person {id: 'person:he-hua'})-[c:SUPPORTED_BY {layer: 'SEED'}]->() RETURN count(c)"), 0);
    assert.equal(await countOf(driver, "MATCH ()-[r:HOLDS_POST {id: 'rel:holds_post:he-hua:sipo'}]->() RETURN size(r.citeLayers)"), 1);

    // Undo the import's and the editor's work; the seed then restores the graph exactly.
    await inWriteTransaction(driver, undefined, 'CURATION', async (changes) => {
      await changes.deleteEntity('topic:imported');
      await changes.deleteRelationship('ATTENDED', 'rel:attended:he-hua:nanjing-2008-conference');
    });
    const session = writer(driver);
    try {
      await session.executeWrite((tx) => tx.run("MATCH ()-[c:SUPPORTED_BY {layer: 'CURATION'}]->() DELETE c"));
      await session.executeWrite((tx) => tx.run("MATCH (p:Person {id: 'person:he-hua'}) REMOVE p.editedFields, p.note"));
      await session.executeWrite((tx) => tx.run("MATCH ()-[r:HOLDS_POST {id: 'rel:holds_post:he-hua:sipo'}]->() DELETE r"));
    } finally {
      await session.close();
    }
    await write(original);
    assert.equal(await graphChecksum(driver), before);
  });
});

describe('confirming the seed at start-up', () => {
  interface Prepared {
    readonly message: string;
    readonly nodes: Record<string, number>;
    readonly confirmedBy: unknown;
    /** The access mode of every transaction the preparation ran. */
    readonly transactions: string[];
    /** How many of them ran a statement (an empty transaction, for the last transaction's bookmark, runs none). */
    readonly withStatements: number;
  }

  /**
   * Runs prepareGraph as `npm start` does, recording what it logged and the transactions it
   * opened; `localDir` stands for the project's own Neo4j's folder, where a start keeps what it learned.
   */
  async function prepare(toLoad: SeedToLoad, { localDir, force }: { localDir?: string; force?: boolean } = {}): Promise<Prepared> {
    const lines: { message: string; detail?: Record<string, unknown> }[] = [];
    const logger: Logger = {
      info: (message, detail) => lines.push({ message, detail }),
      warn: (message, detail) => lines.push({ message, detail }),
      error: (message, detail) => lines.push({ message, detail }),
      child: () => logger,
    };
    const transactions: string[] = [];
    let withStatements = 0;
    const session = driver.session.bind(driver);
    driver.session = (config) => {
      transactions.push(config?.defaultAccessMode ?? 'WRITE');
      const opened = session(config);
      for (const method of ['run', 'executeRead', 'executeWrite'] as const) {
        const original = opened[method].bind(opened) as (...args: unknown[]) => unknown;
        Object.assign(opened, {
          [method]: (...args: unknown[]) => {
            withStatements += 1;
            return original(...args);
          },
        });
      }
      return opened;
    };
    const database: Database = { driver, name: undefined, uri: '', localDir, close: () => Promise.resolve() };
    try {
      await prepareGraph(database, loadConfig(), logger, { toLoad, force });
    } finally {
      driver.session = session;
    }
    const seedLine = lines.find((line) => line.message.startsWith('Seed '));
    assert.ok(seedLine, 'the outcome is logged');
    return {
      message: seedLine.message,
      nodes: seedLine.detail?.nodes as Record<string, number>,
      confirmedBy: seedLine.detail?.confirmedBy,
      transactions,
      withStatements,
    };
  }

  let seed: SeedToLoad;
  before(async () => {
    seed = readSeed('seed');
    await write(original);
  });

  it('confirms an unchanged seed with one read and writes nothing', async () => {
    const before = await graphChecksum(driver);
    const prepared = await prepare(seed);
    assert.equal(prepared.message, 'Seed unchanged');
    assert.equal(prepared.nodes.unchanged, original.plan.nodes.size);
    assert.deepEqual(prepared.transactions, ['READ']);
    assert.equal(prepared.withStatements, 1);
    assert.equal(await graphChecksum(driver), before);
  });

  it('loads a seed whose files changed, then confirms it', async () => {
    const edited = readSeed(editedCopy({ 'people.yaml': (text) => text.replace('nameEn: Zhang Qin', 'nameEn: Zhang Qin (edited)') }));
    assert.notEqual(edited.digest, seed.digest);
    const loaded = await prepare(edited);
    assert.equal(loaded.message, 'Seed loaded');
    assert.equal(loaded.nodes.updated, 1);
    assert.equal(await countOf(driver, "MATCH (n:Person {nameEn: 'Zhang Qin (edited)'}) RETURN count(n)"), 1);
    assert.equal((await prepare(edited)).message, 'Seed unchanged');
    // Back to the seed itself: a change the other way is a change too.
    assert.equal((await prepare(seed)).nodes.updated, 1);
  });

  it('reloads a wiped database', async () => {
    await clearGraph(driver, undefined);
    const prepared = await prepare(seed);
    assert.equal(prepared.message, 'Seed loaded');
    assert.equal(prepared.nodes.created, original.plan.nodes.size);
  });

  it('brings back a seed record an editor deleted, as a full load does', async () => {
    const before = await graphChecksum(driver, { exceptCuration: true });
    await inWriteTransaction(driver, undefined, 'CURATION', (changes) => changes.deleteEntity('person:zhang-qin'));
    const prepared = await prepare(seed);
    assert.equal(prepared.message, 'Seed loaded');
    assert.equal(prepared.nodes.created, 1);
    assert.equal(await graphChecksum(driver, { exceptCuration: true }), before);
  });

  describe("on the project's own Neo4j", () => {
    let localDir: string;
    const keptFile = (): string => path.join(localDir, 'seed-confirmed.json');
    const BY_READ = 'reading the seed state';
    const BY_TRANSACTION = 'no transaction since the last confirmation';
    before(() => {
      localDir = mkdtempSync(path.join(tmpdir(), 'instance-'));
      copies.push(localDir);
    });

    it('keeps what one read confirmed, then confirms the seed without a statement while nothing is committed', async () => {
      const before = await graphChecksum(driver);
      const read = await prepare(seed, { localDir });
      assert.deepEqual([read.message, read.confirmedBy], ['Seed unchanged', BY_READ]);
      assert.equal(read.withStatements, 1);
      assert.equal((JSON.parse(readFileSync(keptFile(), 'utf8')) as { digest: string }).digest, seed.digest);
      for (let start = 0; start < 3; start += 1) {
        const confirmed = await prepare(seed, { localDir });
        assert.deepEqual([confirmed.message, confirmed.confirmedBy, confirmed.nodes.unchanged], ['Seed unchanged', BY_TRANSACTION, original.plan.nodes.size]);
        assert.deepEqual(confirmed.transactions, ['READ']);
        assert.equal(confirmed.withStatements, 0);
      }
      assert.equal(await graphChecksum(driver), before);
      // `npm run seed` loads whatever was kept.
      assert.equal((await prepare(seed, { localDir, force: true })).message, 'Seed loaded');
    });

    it('reads the seed state again after any write, even one that left the seed as it was', async () => {
      await prepare(seed, { localDir });
      await markGraphChanged(driver, undefined);
      const after = await prepare(seed, { localDir });
      assert.deepEqual([after.message, after.confirmedBy], ['Seed unchanged', BY_READ]);
      assert.equal((await prepare(seed, { localDir })).confirmedBy, BY_TRANSACTION);
    });

    it('brings back a seed record deleted since, and a wiped graph, whatever it kept', async () => {
      assert.equal((await prepare(seed, { localDir })).confirmedBy, BY_TRANSACTION);
      await inWriteTransaction(driver, undefined, 'CURATION', (changes) => changes.deleteEntity('person:zhang-qin'));
      const restored = await prepare(seed, { localDir });
      assert.deepEqual([restored.message, restored.nodes.created], ['Seed loaded', 1]);
      // The load is confirmed by a read after it, for the next start.
      assert.equal((await prepare(seed, { localDir })).confirmedBy, BY_TRANSACTION);
      await clearGraph(driver, undefined);
      const reloaded = await prepare(seed, { localDir });
      assert.deepEqual([reloaded.message, reloaded.nodes.created], ['Seed loaded', original.plan.nodes.size]);
    });

    it('loads another seed than the one it kept', async () => {
      assert.equal((await prepare(seed, { localDir })).confirmedBy, BY_TRANSACTION);
      const edited = readSeed(editedCopy({ 'people.yaml': (text) => text.replace('nameEn: Zhang Qin', 'nameEn: Zhang Qin (edited)') }));
      assert.equal((await prepare(edited, { localDir })).message, 'Seed loaded');
      assert.equal((await prepare(edited, { localDir })).confirmedBy, BY_TRANSACTION);
      assert.equal((await prepare(seed, { localDir })).nodes.updated, 1);
    });

    it('reads the seed state when what it kept cannot be read, and keeps it anew', async () => {
      for (const kept of ['{"digest": "', JSON.stringify({ digest: seed.digest }), JSON.stringify({ digest: seed.digest, transaction: 7 })]) {
        writeFileSync(keptFile(), kept);
        const read = await prepare(seed, { localDir });
        assert.deepEqual([read.message, read.confirmedBy], ['Seed unchanged', BY_READ]);
        assert.equal((await prepare(seed, { localDir })).confirmedBy, BY_TRANSACTION);
      }
    });
  });
});
