/**
 * `npm run bench:cold-start`: the time from `npm start` to the first answered query, with Neo4j
 * already provisioned (jars in .neo4j), on the seed's own instance, in a fresh process each time.
 *
 *   npm run bench:cold-start -- --runs 5
 *
 * The first run may also create and seed the instance; later runs find its data. Each run ends
 * with SIGTERM, as Ctrl-C would, and waits for the process group to exit.
 */
import { spawn } from 'node:child_process';
import net from 'node:net';
import { PROJECT_ROOT } from '../src/config.js';
import { option } from '../scripts/service.js';

const runs = Number(option('runs', '5'));
const instance = option('instance', 'cold-start');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** A query that needs Neo4j: answered means the whole stack is up, not only HTTP. */
const QUERY = JSON.stringify({ query: '{ entityCounts { kind count } }' });

async function answered(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERY });
    const body = (await response.json()) as { data?: { entityCounts?: unknown[] } };
    return response.ok && (body.data?.entityCounts?.length ?? 0) > 0;
  } catch {
    return false;
  }
}

async function once(): Promise<number> {
  const [port, boltPort] = [await freePort(), await freePort()];
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), NEO4J_BOLT_PORT: String(boltPort), NEO4J_LOCAL_INSTANCE: instance };
  delete env.NEO4J_URI;
  const started = performance.now();
  const child = spawn('npm', ['start', '--silent'], { cwd: PROJECT_ROOT, env, stdio: 'ignore', detached: true });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}/graphql`;
  try {
    for (;;) {
      if (await answered(url)) return (performance.now() - started) / 1000;
      if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
      if (performance.now() - started > 180_000) throw new Error('no answer within 180 s');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
    await exited;
  }
}

const times: number[] = [];
for (let run = 0; run < runs; run++) {
  const seconds = await once();
  times.push(seconds);
  process.stdout.write(`run ${run + 1}: ${seconds.toFixed(2)} s\n`);
}
const sorted = [...times].sort((a, b) => a - b);
process.stdout.write(
  `cold start to first answered query, ${runs} runs: median ${(sorted[Math.floor(sorted.length / 2)] ?? 0).toFixed(2)} s, min ${(sorted[0] ?? 0).toFixed(2)} s, max ${(sorted.at(-1) ?? 0).toFixed(2)} s\n`,
);
