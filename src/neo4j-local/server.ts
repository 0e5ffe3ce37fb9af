import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { chooseRuntime } from './jdk.js';
import { LocalNeo4jError } from './errors.js';
import { instanceFlag, instanceProcesses, launcherPidFile, removeStalePidFiles, signal, stopInstanceProcesses } from './processes.js';
import { distributionDir, provision } from './provision.js';

export interface LocalNeo4jOptions {
  /** Folder holding every provisioned version and its instances (default `.neo4j`). */
  readonly rootDir: string;
  /** Instance name: each has its own config, data and logs (the service uses `default`, tests `test`). */
  readonly instance: string;
  readonly boltPort: number;
  readonly heapSize: string;
  readonly pageCacheSize: string;
  readonly startTimeoutMs: number;
  readonly log: (line: string) => void;
}

export interface RunningNeo4j {
  readonly uri: string;
  readonly version: string;
  readonly javaHome: string;
  readonly logFile: string;
  stop(): Promise<void>;
}

/** JVM flags the official distribution's neo4j.conf carries and a jar-only setup must add itself. */
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
];

function neo4jConf(options: LocalNeo4jOptions, instanceDir: string): string {
  const dir = (name: string): string => path.join(instanceDir, name);
  return [
    '# Written by the project at every start; edit LocalNeo4jOptions instead.',
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${options.boltPort}`,
    'server.http.enabled=false',
    'server.https.enabled=false',
    // Loopback only, single user: the project owns this server, so it runs without auth.
    'dbms.security.auth_enabled=false',
    `server.memory.heap.initial_size=${options.heapSize}`,
    `server.memory.heap.max_size=${options.heapSize}`,
    `server.memory.pagecache.size=${options.pageCacheSize}`,
    'dbms.usage_report.enabled=false',
    // Bolt otherwise idles ten seconds on shutdown after the databases have already stopped.
    'internal.dbms.bolt.netty_server_shutdown_quiet_period=0',
    'internal.server.bolt.thread_pool_shutdown_wait_time=0s',
    `server.directories.data=${dir('data')}`,
    `server.directories.logs=${dir('logs')}`,
    `server.directories.run=${dir('run')}`,
    `server.directories.plugins=${dir('plugins')}`,
    `server.directories.import=${dir('import')}`,
    // The server JVM carries the instance's flag too, so that its pid (run/neo4j.pid) can be checked as the launcher's is.
    ...[...JVM_FLAGS, instanceFlag(instanceDir)].map((flag) => `server.jvm.additional=${flag}`),
    '',
  ].join('\n');
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

function tail(file: string, lines: number): string {
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

async function boltAnswers(uri: string): Promise<boolean> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'neo4j'), { connectionTimeout: 2000 });
  try {
    await driver.getServerInfo();
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

function instanceDirOf(options: Pick<LocalNeo4jOptions, 'rootDir' | 'instance'>, version: string): string {
  return path.join(options.rootDir, version, 'instances', options.instance);
}

/** The processes of a local Neo4j already running from this instance's folder, found by their pid files. */
export function runningProcesses(options: Pick<LocalNeo4jOptions, 'rootDir' | 'instance'>): number[] {
  return instanceProcesses(instanceDirOf(options, chooseRuntime().release.version));
}

/** Stops whatever runs from this instance's folder (a server left by a crashed run). */
export function stopStray(options: Pick<LocalNeo4jOptions, 'rootDir' | 'instance'>): Promise<number[]> {
  return stopInstanceProcesses(instanceDirOf(options, chooseRuntime().release.version), 60_000);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/**
 * Provisions (once) and starts a real Neo4j Community server with Neo4j's own launcher,
 * on 127.0.0.1, and resolves when Bolt answers.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<RunningNeo4j> {
  const { release, jdk } = chooseRuntime();
  provision(options.rootDir, release, options.log);

  const home = distributionDir(options.rootDir, release);
  const instanceDir = instanceDirOf(options, release.version);
  for (const name of ['conf', 'data', 'logs', 'run', 'plugins', 'import']) {
    mkdirSync(path.join(instanceDir, name), { recursive: true });
  }

  const strays = instanceProcesses(instanceDir);
  if (strays.length > 0) {
    throw new LocalNeo4jError(
      'ALREADY_RUNNING',
      `A Neo4j is already running from ${instanceDir} (pid ${strays.join(', ')}): another \`npm start\` ` +
        'is still running, or a crash left it behind. Stop that one, or run `npm run neo4j:stop`, then start again.',
    );
  }
  for (const file of removeStalePidFiles(instanceDir)) {
    options.log(`Removed the stale lock ${file} left by a run that did not stop cleanly.`);
  }
  if (!(await portIsFree(options.boltPort))) {
    throw new LocalNeo4jError(
      'PORT_TAKEN',
      `Port ${options.boltPort} on 127.0.0.1 is already taken by another program. ` + 'Set NEO4J_BOLT_PORT to a free port, or stop the program that holds it.',
    );
  }

  const confDir = path.join(instanceDir, 'conf');
  writeFileSync(path.join(confDir, 'neo4j.conf'), neo4jConf(options, instanceDir));
  const logFile = path.join(instanceDir, 'logs', 'console.log');
  const out = openSync(logFile, 'a');
  const java = path.join(jdk.home, 'bin', 'java');
  options.log(`Starting Neo4j ${release.version} on Java ${jdk.major} (bolt://127.0.0.1:${options.boltPort}) ...`);
  const child = spawn(
    java,
    ['-cp', `${path.join(home, 'lib')}/*`, `-Dbasedir=${home}`, `-Dipgraph.instance=${instanceDir}`, 'org.neo4j.server.startup.Neo4jCommand', 'console'],
    {
      env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: confDir, JAVA_HOME: jdk.home },
      stdio: ['ignore', out, out],
      // Its own process group: Ctrl-C reaches only us, and we stop Neo4j after the API.
      detached: true,
    },
  );
  closeSync(out);
  const pidFile = launcherPidFile(instanceDir);
  if (child.pid !== undefined) writeFileSync(pidFile, String(child.pid));

  const uri = `bolt://127.0.0.1:${options.boltPort}`;
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      if (!(await waitForExit(child, 60_000))) child.kill('SIGKILL');
    }
    // The launcher stops its server JVM on SIGTERM; make sure no process of this instance outlives us.
    for (const pid of instanceProcesses(instanceDir)) signal(pid, 'SIGKILL');
    rmSync(pidFile, { force: true });
  };

  const deadline = Date.now() + options.startTimeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      rmSync(pidFile, { force: true });
      throw new LocalNeo4jError(
        'START_FAILED',
        `Neo4j exited during start-up (code ${child.exitCode ?? child.signalCode}). Its log, ${logFile}, ends with:\n${tail(logFile, 20)}`,
      );
    }
    if (await boltAnswers(uri)) {
      return { uri, version: release.version, javaHome: jdk.home, logFile, stop };
    }
    await sleep(250);
  }
  await stop();
  throw new LocalNeo4jError(
    'START_TIMEOUT',
    `Neo4j did not answer on ${uri} within ${Math.round(options.startTimeoutMs / 1000)} s ` + `(NEO4J_START_TIMEOUT_MS). See its log: ${logFile}`,
  );
}
