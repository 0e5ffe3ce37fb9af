import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { PROJECT_ROOT } from '../src/config.js';
import { chooseRuntime } from '../src/neo4j-local/jdk.js';
import { markGraphChanged } from '../src/database.js';
import { data, freePort, testDriver } from './helpers.js';

/**
 * `npm start` end to end, as a user runs it with no NEO4J_URI: the project brings up its own
 * Neo4j, loads the seed, serves GraphQL, and stops everything on SIGTERM; later starts find
 * the data it left.
 */
const instance = 'e2e';
const instanceDir = path.join(PROJECT_ROOT, '.neo4j', chooseRuntime().release.version, 'instances', instance);
after(() => rmSync(instanceDir, { recursive: true, force: true }));

interface Started {
  readonly child: ChildProcess;
  readonly output: string[];
  readonly url: string;
  readonly bolt: string;
}

async function start(): Promise<Started> {
  const [port, boltPort] = [await freePort(), await freePort()];
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), NEO4J_BOLT_PORT: String(boltPort), NEO4J_LOCAL_INSTANCE: instance };
  delete env.NEO4J_URI;
  // Its own process group, so that the test can signal it as a terminal's Ctrl-C does.
  const child = spawn('npm', ['start', '--silent'], { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const output: string[] = [];
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready in time:\n${output.join('')}`)), 120_000);
    const onData = (chunk: Buffer): void => {
      output.push(chunk.toString());
      if (output.join('').includes('GraphQL ready')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${output.join('')}`)));
  });
  return { child, output, url: `http://127.0.0.1:${port}/graphql`, bolt: `bolt://127.0.0.1:${boltPort}` };
}

function processesOfInstance(): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(instanceDir);
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** Ctrl-C: SIGINT to the whole foreground group (npm, its shell and the service). */
async function stop(started: Started): Promise<void> {
  const exited = new Promise<void>((resolve) => started.child.once('exit', () => resolve()));
  process.kill(-(started.child.pid ?? 0), 'SIGINT');
  await exited;
  assert.match(started.output.join(''), /"message":"Stopped"/, 'the service stopped itself cleanly');
}

interface SeedReport {
  readonly message: string;
  readonly nodes: { created: number; unchanged: number };
  readonly confirmedBy?: string;
}

function seedReport(output: string[]): SeedReport {
  const line = output
    .join('')
    .split('\n')
    .find((entry) => /"message":"Seed (loaded|unchanged)"/.test(entry));
  assert.ok(line, 'the seed report is logged');
  return JSON.parse(line) as SeedReport;
}

describe('npm start without NEO4J_URI', () => {
  it('brings up its own Neo4j, serves the seeded graph, stops cleanly, and keeps the data', async () => {
    const first = await start();
    const answer = await data<{ node: { nameEn: string } }>(first.url, '{ node(id: "person:zhang-qin") { nameEn } }');
    assert.equal(answer.node.nameEn, 'Zhang Qin');
    assert.equal(seedReport(first.output).message, 'Seed loaded');
    assert.ok(seedReport(first.output).nodes.created > 0);
    assert.ok(processesOfInstance().length > 0, 'Neo4j runs from the instance folder');
    await stop(first);
    assert.deepEqual(processesOfInstance(), [], 'no Neo4j process outlives the service');

    // Nothing was committed since the first start confirmed the seed it loaded, across a restart
    // of Neo4j: no statement is needed.
    const second = await start();
    assert.equal(seedReport(second.output).message, 'Seed unchanged');
    assert.equal(seedReport(second.output).confirmedBy, 'no transaction since the last confirmation');
    assert.equal(seedReport(second.output).nodes.created, 0, 'the data survived the restart');
    assert.ok(seedReport(second.output).nodes.unchanged > 0);
    assert.equal((await data<{ node: { nameEn: string } }>(second.url, '{ node(id: "person:zhang-qin") { nameEn } }')).node.nameEn, 'Zhang Qin');
    // A write that leaves the seed as it was: the next start cannot know that without reading.
    const driver = testDriver(second.bolt);
    await markGraphChanged(driver, undefined);
    await driver.close();
    await stop(second);
    assert.deepEqual(processesOfInstance(), []);

    const third = await start();
    assert.equal(seedReport(third.output).message, 'Seed unchanged', 'one read confirmed the seed');
    assert.equal(seedReport(third.output).confirmedBy, 'reading the seed state');
    await stop(third);
    assert.deepEqual(processesOfInstance(), []);
  });
});
