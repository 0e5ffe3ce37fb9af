import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { PROJECT_ROOT } from '../src/config.js';
import { chooseRuntime } from '../src/neo4j-local/jdk.js';
import { freePort } from './helpers.js';

/** A tiny run of `npm run bench`: it proves the benchmark still works, and asserts no timing. */
const out = mkdtempSync(path.join(tmpdir(), 'bench-'));
const scale = 2000;
after(() => {
  rmSync(out, { recursive: true, force: true });
  rmSync(path.join(PROJECT_ROOT, '.neo4j', chooseRuntime().release.version, 'instances', `bench-${scale}`), { recursive: true, force: true });
});

interface Row {
  operation: string;
  target: string;
  queries: number | null;
  hitRate?: number | null;
  errors: number;
  requests: number;
}

interface Profile {
  operation: string;
  profile: { dbHits: number; rows: number; samples: number };
}

describe('the benchmark', () => {
  it('runs every operation through the four targets on a small synthetic graph', async () => {
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'bench/run.ts',
        '--nodes',
        String(scale),
        '--seconds',
        '0.3',
        '--concurrency',
        '2',
        '--out',
        out,
        '--bolt-port',
        String(await freePort()),
      ],
      { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 600_000 },
    );
    assert.equal(run.status, 0, run.stderr.slice(-2000));
    const json = readdirSync(out).find((file) => file.endsWith('.json'));
    assert.ok(json && readdirSync(out).some((file) => file.endsWith('.md')));
    const result = JSON.parse(readFileSync(path.join(out, json), 'utf8')) as {
      rows: Row[];
      loads: { nodes: number; relationships: number }[];
      profiles: Profile[];
      documents: string;
    };
    assert.equal(result.loads[0]?.nodes, scale);
    // Every GraphQL request below went by its persisted hash, after the text once per server.
    assert.equal(result.documents, 'hash');
    const operations = readdirSync(path.join(PROJECT_ROOT, 'bench', 'queries')).map((file) => file.replace(/\.graphql$/, ''));
    assert.deepEqual(new Set(result.rows.map((row) => row.operation)), new Set(operations));
    assert.equal(result.rows.length, operations.length * 4, 'every operation through all four targets');
    for (const row of result.rows) {
      assert.equal(row.errors, 0, `${row.target} ${row.operation}`);
      assert.ok(row.requests > 0);
      // Cached, a repeated request sends only the read of the graph's version.
      assert.equal(row.queries, 1, `${row.target} sends one Cypher query for ${row.operation}`);
    }
    // The dashboard has one variable set: after the warm-up, the cached target answers it from its cache.
    const dashboard = result.rows.find((row) => row.target === 'cached' && row.operation === 'dashboard');
    assert.ok((dashboard?.hitRate ?? 0) > 0.5, `dashboard hit rate ${dashboard?.hitRate}`);
    assert.deepEqual(new Set(result.profiles.map((entry) => entry.operation)), new Set(operations));
    for (const { operation, profile } of result.profiles) assert.ok(profile.dbHits > 0 && profile.samples > 0, operation);
    const svgs = readdirSync(out).filter((file) => file.endsWith('.svg'));
    assert.ok(svgs.length >= 2, 'plots written');
    for (const svg of svgs) assert.match(readFileSync(path.join(out, svg), 'utf8'), /^<svg[\s\S]*<\/svg>\n$/);
  });
});
