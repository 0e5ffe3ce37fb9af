/**
 * `npm run bench:cold-start`: the time from `npm start` to the first answered query, with Neo4j
 * already provisioned (jars in .neo4j), on the seed's own instance, in a fresh process each time.
 *
 *   npm run bench:cold-start -- --runs 5 [--instance cold-start]
 *
 * The first run may also create and seed the instance; later runs find its data. Each run ends
 * with SIGTERM, as Ctrl-C would, and waits for the process group to exit. Besides the total, each
 * run reports when the service's start-up log lines arrived, so the time can be placed. A run
 * that records the JVM's start-up cache (see src/neo4j-local/server.ts) is a warm start too, slower.
 */
import { spawn } from 'node:child_process';
import net from 'node:net';
import { createInterface } from 'node:readline';
import { PROJECT_ROOT } from '../src/config.js';
import { option } from '../scripts/service.js';

const runs = Number(option('runs', '5'));
const instance = option('instance', 'cold-start');

/** Start-up steps, each ending when the log line it names arrives (src/main.ts, src/seed/load.ts). */
const STEPS = [
  { name: 'Neo4j launched', message: /^Starting Neo4j/ },
  { name: 'Neo4j up', message: /^Local Neo4j is up/ },
  { name: 'seed confirmed', message: /^Seed (loaded|unchanged)/ },
  { name: 'listening', message: /^GraphQL ready/ },
] as const;
type Step = (typeof STEPS)[number]['name'] | 'first answer';

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

/** Seconds from spawning `npm start` to each step. */
async function once(): Promise<Map<Step, number>> {
  const [port, boltPort] = [await freePort(), await freePort()];
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), NEO4J_BOLT_PORT: String(boltPort), NEO4J_LOCAL_INSTANCE: instance };
  delete env.NEO4J_URI;
  const started = performance.now();
  const seconds = (): number => (performance.now() - started) / 1000;
  const times = new Map<Step, number>();
  const child = spawn('npm', ['start', '--silent'], { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // The service logs JSON lines on stderr when it is not a terminal; each step is timed as its line arrives.
  createInterface({ input: child.stderr }).on('line', (line) => {
    let message: unknown;
    try {
      ({ message } = JSON.parse(line) as { message?: unknown });
    } catch {
      return;
    }
    if (typeof message !== 'string') return;
    const step = STEPS.find((candidate) => candidate.message.test(message));
    if (step && !times.has(step.name)) times.set(step.name, seconds());
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  try {
    for (;;) {
      if (await answered(url)) {
        times.set('first answer', seconds());
        return times;
      }
      if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
      if (seconds() > 180) throw new Error('no answer within 180 s');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
    await exited;
    if (child.pid !== undefined) await groupExited(child.pid);
  }
}

/** npm exits at the signal, while the service it started, in the same group, still stops Neo4j. */
async function groupExited(group: number): Promise<void> {
  for (;;) {
    try {
      process.kill(-group, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const results: Map<Step, number>[] = [];
const steps: Step[] = [...STEPS.map((step) => step.name), 'first answer'];
for (let run = 0; run < runs; run++) {
  const times = await once();
  results.push(times);
  // Each step as the time since the one before it, then the total.
  let previous = 0;
  const parts = steps.map((step) => {
    const at = times.get(step);
    if (at === undefined) return `${step} -`;
    const part = `${step} +${(at - previous).toFixed(2)}`;
    previous = at;
    return part;
  });
  process.stdout.write(`run ${run + 1}: ${(times.get('first answer') ?? 0).toFixed(2)} s (${parts.join(', ')})\n`);
}
const totals = results.map((times) => times.get('first answer') ?? 0);
process.stdout.write(
  `cold start to first answered query, ${runs} runs: median ${median(totals).toFixed(2)} s, min ${Math.min(...totals).toFixed(2)} s, max ${Math.max(...totals).toFixed(2)} s\n`,
);
let previous = 0;
const medians = steps.map((step) => {
  const at = median(results.map((times) => times.get(step) ?? 0));
  const part = `${step} +${(at - previous).toFixed(2)} s`;
  previous = at;
  return part;
});
process.stdout.write(`median of each step's end, as time since the step before: ${medians.join(', ')}\n`);
