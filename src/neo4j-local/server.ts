import { spawn, type ChildProcess } from 'node:child_process';
import { EventEmitter, once } from 'node:events';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { chooseRuntime, type Jdk } from './jdk.js';
import { LocalNeo4jError } from './errors.js';
import { instanceFlag, instanceProcesses, startedPidFile, removeStalePidFiles, signal, stopInstanceProcesses } from './processes.js';
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
  /** The instance's folder: its configuration, data, logs and what a start keeps about its database. */
  readonly instanceDir: string;
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

/**
 * The JVM's start-up cache: the server JVM maps the classes an earlier start loaded instead of
 * loading and checking them again. From JDK 25 it is an AOT cache (JEP 483, 514 and 515), which
 * also holds them linked and the profiles of the methods that ran, so that Neo4j's first queries
 * compile sooner; before, a class-data sharing archive. One per release, JDK (its build named by
 * the JDK's release file) and set of jars (a fetch or an unsigning makes a new lib folder), shared
 * by every instance.
 *
 * While there is none, one start at a time records it: the claim file names that process. An AOT
 * recording makes its start a few seconds slower and its stop 20 to 40 s slower (the JVM assembles
 * the cache as it exits), once; other starts meanwhile run without. The recording goes into a
 * file of the instance's own, and stop() moves it into place, so no JVM ever maps a file that
 * another is writing.
 */
export interface ClassArchive {
  readonly aot: boolean;
  readonly file: string;
  readonly recording: string;
  readonly claim: string;
}

/** What a start does with the archive: maps it, records it, or neither (another start records it). */
type ArchiveUse = 'map' | 'record' | 'none';

export function classArchive(home: string, jdk: Jdk, instanceDir: string): ClassArchive {
  const releaseFile = path.join(jdk.home, 'release');
  const build = existsSync(releaseFile) ? readFileSync(releaseFile, 'utf8') : '';
  const jars = statSync(path.join(home, 'lib')).mtimeMs;
  const key = createHash('sha256').update(`${jdk.home}\n${build}\n${jars}`).digest('hex').slice(0, 16);
  // -XX:AOTCacheOutput, which records and assembles in one run, came with JDK 25.
  const aot = jdk.major >= 25;
  const name = `classes-${key}.${aot ? 'aot' : 'jsa'}`;
  return { aot, file: path.join(home, name), recording: path.join(instanceDir, 'run', name), claim: path.join(home, `${name}.recording`) };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Claims the recording, unless a live process holds the claim; one whose process ended is taken over. */
function claimRecording(archive: ClassArchive): boolean {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(archive.claim, String(process.pid), { flag: 'wx' });
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return false;
    }
    let owner = 0;
    try {
      owner = Number(readFileSync(archive.claim, 'utf8'));
    } catch {
      // Given up meanwhile: claim it on the next attempt.
    }
    if (Number.isInteger(owner) && owner > 0 && isAlive(owner)) return false;
    rmSync(archive.claim, { force: true });
  }
  return false;
}

function archiveUse(archive: ClassArchive): ArchiveUse {
  if (existsSync(archive.file)) return 'map';
  return claimRecording(archive) ? 'record' : 'none';
}

function archiveFlags(archive: ClassArchive, use: ArchiveUse): string[] {
  if (use === 'none') return [];
  if (archive.aot) {
    // Assembly names every class it cannot keep (signed, proxies, never linked) as a warning: hundreds of lines of no use in the console log.
    const quiet = '-Xlog:aot*=error,cds*=error';
    return [use === 'map' ? `-XX:AOTCache=${archive.file}` : `-XX:AOTCacheOutput=${archive.recording}`, quiet];
  }
  if (use === 'map') return [`-XX:SharedArchiveFile=${archive.file}`];
  return [`-XX:ArchiveClassesAtExit=${archive.recording}`, '-Xlog:cds*=off'];
}

/** Moves a recorded archive into place and gives up the claim; a partial one (a JVM killed while writing) is dropped. */
function keepArchive(archive: ClassArchive, use: ArchiveUse, exitedCleanly: boolean): void {
  if (use !== 'record') return;
  if (exitedCleanly && existsSync(archive.recording) && !existsSync(archive.file) && statSync(archive.recording).size > 0) {
    renameSync(archive.recording, archive.file);
  }
  // The AOT recording's configuration, left behind when its JVM is killed before it assembles the cache.
  for (const file of [archive.recording, `${archive.recording}.config`, archive.claim]) rmSync(file, { force: true });
}

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
    '',
  ].join('\n');
}

/** A size as neo4j.conf takes it (`512m`, `1g`, `2GiB`) in kibibytes, as the JVM's -Xms and -Xmx take it. */
export function kibibytes(size: string): number {
  const parsed = /^\s*(\d+)\s*([kmgt]?)(?:i?b)?\s*$/i.exec(size);
  if (!parsed) throw new LocalNeo4jError('START_FAILED', `NEO4J_HEAP_SIZE=${size} is not a size: give a number and k, m or g, e.g. 512m.`);
  const power = ['', 'k', 'm', 'g', 't'].indexOf((parsed[2] ?? '').toLowerCase());
  return Math.max(1, Math.round((Number(parsed[1]) * 1024 ** power) / 1024));
}

/**
 * The server JVM's command-line flags, as Neo4j's launcher (`neo4j console`) would give them.
 * The project starts the server JVM itself: the launcher is a JVM of its own that only reads
 * neo4j.conf and starts this one, which cost 3 to 4 s of a warm start on this machine.
 */
function serverJvmFlags(options: LocalNeo4jOptions, jdk: Jdk, instanceDir: string, archive: string[]): string[] {
  const heap = `${kibibytes(options.heapSize)}k`;
  return [
    ...JVM_FLAGS,
    ...archive,
    instanceFlag(instanceDir),
    // Netty and Neo4j's own memory code use sun.misc.Unsafe, which newer JDKs warn about unless allowed (the flag exists from JDK 23).
    ...(jdk.major >= 23 ? ['--sun-misc-unsafe-memory-access=allow'] : []),
    '-Dfile.encoding=UTF-8',
    `-Xms${heap}`,
    `-Xmx${heap}`,
  ];
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
  // Loaded here, not with this module: `npm start` launches the JVM first, and the driver loads while it boots.
  const { default: neo4j } = await import('neo4j-driver');
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

/** The folder of this instance for the Neo4j version the project runs. */
export function localInstanceDir(options: Pick<LocalNeo4jOptions, 'rootDir' | 'instance'>): string {
  return instanceDirOf(options, chooseRuntime().release.version);
}

/** The processes of a local Neo4j already running from this instance's folder, found by their pid files. */
export function runningProcesses(options: Pick<LocalNeo4jOptions, 'rootDir' | 'instance'>): number[] {
  return instanceProcesses(localInstanceDir(options));
}

/** Stops whatever runs from this instance's folder (a server left by a crashed run). */
export function stopStray(options: Pick<LocalNeo4jOptions, 'rootDir' | 'instance'>): Promise<number[]> {
  return stopInstanceProcesses(localInstanceDir(options), 60_000);
}

/** Tells whoever waits that a local Neo4j process has just been launched (see localNeo4jLaunched). */
const launches = new EventEmitter();

/**
 * Resolves when this process next launches a local Neo4j, so a caller can do synchronous work
 * while it boots without delaying the launch. Never resolves for a start that fails before it.
 */
export async function localNeo4jLaunched(): Promise<void> {
  await once(launches, 'launched');
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
 * Provisions (once) and starts a real Neo4j Community server, its JVM started directly (see
 * serverJvmFlags), on 127.0.0.1, and resolves when Bolt answers.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<RunningNeo4j> {
  const { release, jdk } = chooseRuntime();
  provision(options.rootDir, release, jdk, options.log);

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
  const archive = classArchive(home, jdk, instanceDir);
  const use = archiveUse(archive);
  writeFileSync(path.join(confDir, 'neo4j.conf'), neo4jConf(options, instanceDir));
  const logFile = path.join(instanceDir, 'logs', 'console.log');
  const out = openSync(logFile, 'a');
  const java = path.join(jdk.home, 'bin', 'java');
  options.log(`Starting Neo4j ${release.version} on Java ${jdk.major} (bolt://127.0.0.1:${options.boltPort}) ...`);
  if (use === 'record') options.log(`Recording the JVM's start-up cache for later starts (${archive.file}): this start and its stop take longer, once.`);
  const child = spawn(
    java,
    [
      '-cp',
      `${confDir}/*:${path.join(home, 'lib')}/*`,
      ...serverJvmFlags(options, jdk, instanceDir, archiveFlags(archive, use)),
      release.serverClass,
      `--home-dir=${home}`,
      `--config-dir=${confDir}`,
      '--console-mode',
    ],
    {
      env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: confDir, JAVA_HOME: jdk.home },
      stdio: ['ignore', out, out],
      // Its own process group: Ctrl-C reaches only us, and we stop Neo4j after the API.
      detached: true,
    },
  );
  closeSync(out);
  const pidFile = startedPidFile(instanceDir);
  if (child.pid !== undefined) writeFileSync(pidFile, String(child.pid));
  launches.emit('launched');

  const uri = `bolt://127.0.0.1:${options.boltPort}`;
  const stop = async (): Promise<void> => {
    let exitedCleanly = false;
    if (child.exitCode === null && child.signalCode === null) {
      if (use === 'record') options.log("Neo4j is stopping and writing the JVM's start-up cache (once; 20 s or more) ...");
      child.kill('SIGTERM');
      exitedCleanly = await waitForExit(child, use === 'record' ? 180_000 : 60_000);
      if (!exitedCleanly) child.kill('SIGKILL');
    }
    // Neo4j shuts down cleanly on SIGTERM; make sure no process of this instance outlives us.
    const leftOver = instanceProcesses(instanceDir);
    for (const pid of leftOver) signal(pid, 'SIGKILL');
    rmSync(pidFile, { force: true });
    keepArchive(archive, use, exitedCleanly && leftOver.length === 0);
  };

  const deadline = Date.now() + options.startTimeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      rmSync(pidFile, { force: true });
      keepArchive(archive, use, false);
      throw new LocalNeo4jError(
        'START_FAILED',
        `Neo4j exited during start-up (code ${child.exitCode ?? child.signalCode}). Its log, ${logFile}, ends with:\n${tail(logFile, 20)}`,
      );
    }
    if (await boltAnswers(uri)) {
      return { uri, version: release.version, javaHome: jdk.home, logFile, instanceDir, stop };
    }
    await sleep(100);
  }
  await stop();
  throw new LocalNeo4jError(
    'START_TIMEOUT',
    `Neo4j did not answer on ${uri} within ${Math.round(options.startTimeoutMs / 1000)} s ` + `(NEO4J_START_TIMEOUT_MS). See its log: ${logFile}`,
  );
}
