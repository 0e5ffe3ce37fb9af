/**
 * What the fault and load tests run against: a local Neo4j instance of their own and the API as a
 * separate process on it (`src/main.ts` with NEO4J_URI, which applies the schema and loads the
 * seed), so that the process they watch is the one `npm start` runs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import net, { type AddressInfo } from 'node:net';
import path from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../src/config.js';
import { runningProcesses, startLocalNeo4j, type LocalNeo4jOptions, type RunningNeo4j } from '../src/neo4j-local/server.js';

export const ARTIFACTS = path.join(PROJECT_ROOT, 'test-artifacts');

/** The settings of a named local Neo4j instance, beside the service's own under .neo4j. */
export function instanceSettings(instance: string, boltPort: number, log: (line: string) => void): LocalNeo4jOptions {
  const config = loadConfig({ ...process.env, NEO4J_URI: '' });
  const rootDir = config.database.kind === 'local' ? config.database.rootDir : path.join(PROJECT_ROOT, '.neo4j');
  return { rootDir, instance, boltPort, heapSize: '1g', pageCacheSize: '512m', startTimeoutMs: 180_000, log };
}

export function startNeo4j(settings: LocalNeo4jOptions): Promise<RunningNeo4j> {
  return startLocalNeo4j(settings);
}

/** Kills the instance's JVM outright (SIGKILL), as a crash or a pulled plug would stop it. */
export function killNeo4j(settings: LocalNeo4jOptions): number[] {
  const pids = runningProcesses(settings);
  for (const pid of pids) process.kill(pid, 'SIGKILL');
  return pids;
}

/** A loopback port that nothing listens on (at the moment of asking). */
export async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

export interface Api {
  readonly url: string;
  readonly base: string;
  readonly child: ChildProcess;
  /** Where the process's JSON log goes. */
  readonly logFile: string;
  stop(): Promise<number | null>;
}

/** Starts `src/main.ts` on `boltUri` and waits until it says it is ready. */
export async function startApi(boltUri: string, name: string, env: NodeJS.ProcessEnv = {}): Promise<Api> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const port = await freePort();
  const logFile = path.join(ARTIFACTS, `${name}-api.log`);
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'src', 'main.ts')], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NEO4J_URI: boltUri, PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the API did not start within 120 s; see ${logFile}`)), 120_000);
    // The log goes to stderr; a line can arrive split across chunks, so the text seen so far is searched.
    let seen = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      seen = `${seen}${chunk.toString()}`.slice(-4096);
      if (seen.includes('GraphQL ready')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the API exited with ${code} during start-up; see ${logFile}`));
    });
  });
  const base = `http://127.0.0.1:${port}`;
  return {
    url: `${base}/graphql`,
    base,
    child,
    logFile,
    stop: async () => {
      if (child.exitCode !== null) return child.exitCode;
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      return exited;
    },
  };
}

/** The value of `--name value` on the command line, or the fallback. */
export function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] !== undefined ? (process.argv[index + 1] as string) : fallback;
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The p-th percentile (0 to 100) of `values`, by nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}
