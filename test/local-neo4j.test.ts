import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PROJECT_ROOT } from '../src/config.js';
import { LocalNeo4jError } from '../src/neo4j-local/errors.js';
import { chooseRuntime, findJdks } from '../src/neo4j-local/jdk.js';
import { instanceFlag, isInstanceProcess } from '../src/neo4j-local/processes.js';
import { provision } from '../src/neo4j-local/provision.js';
import { NEO4J_RELEASES } from '../src/neo4j-local/releases.js';
import { classArchive, kibibytes, runningProcesses, startLocalNeo4j, stopStray, type LocalNeo4jOptions } from '../src/neo4j-local/server.js';
import { freePort } from './helpers.js';

const rootDir = path.join(PROJECT_ROOT, '.neo4j');
const instances: string[] = [];
const lines: string[] = [];

function options(instance: string, overrides: Partial<LocalNeo4jOptions> = {}): LocalNeo4jOptions {
  instances.push(instance);
  return {
    rootDir,
    instance,
    boltPort: 0,
    heapSize: '256m',
    pageCacheSize: '64m',
    startTimeoutMs: 60_000,
    log: (line) => lines.push(line),
    ...overrides,
  };
}

async function holdPort(): Promise<{ port: number; release(): Promise<void> }> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    port: (server.address() as AddressInfo).port,
    release: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function rejectsWith(promise: Promise<unknown>, code: string, message: RegExp): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof LocalNeo4jError, String(error));
    assert.equal(error.code, code);
    assert.match(error.message, message);
    return true;
  });
}

function withEnv<T>(changes: Record<string, string>, work: () => T): T {
  const saved = Object.fromEntries(Object.keys(changes).map((key) => [key, process.env[key]]));
  Object.assign(process.env, changes);
  try {
    return work();
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

const { release, jdk } = chooseRuntime();
after(() => {
  for (const instance of instances) rmSync(path.join(rootDir, release.version, 'instances', instance), { recursive: true, force: true });
});

describe('choosing Java and Neo4j', () => {
  it('runs the newest pinned release that an installed JDK supports', () => {
    const majors = findJdks().map((jdk) => jdk.major);
    const { release: chosen, jdk } = chooseRuntime();
    const expected = NEO4J_RELEASES.find((candidate) => candidate.javaVersions.some((major) => majors.includes(major)));
    assert.equal(chosen.version, expected?.version);
    assert.ok(chosen.javaVersions.includes(jdk.major));
  });

  it('falls back to the LTS release when only Java 17 is there', (t) => {
    const java17 = findJdks().find((jdk) => jdk.major === 17);
    if (!java17) return t.skip('no Java 17 on this machine');
    const choice = withEnv({ NEO4J_JAVA_HOME: java17.home }, () => chooseRuntime());
    assert.equal(choice.release.version, NEO4J_RELEASES.at(-1)?.version);
    assert.equal(choice.jdk.major, 17);
  });

  it('says clearly when Java is missing', () => {
    assert.throws(
      () => withEnv({ NEO4J_JAVA_HOME: '/nonexistent/jdk' }, () => chooseRuntime()),
      (error: unknown) => error instanceof LocalNeo4jError && error.code === 'JAVA_MISSING' && /JDK 17, 21 or 25/.test(error.message),
    );
  });

  it('says clearly when Maven is needed and missing', () => {
    const emptyRoot = mkdtempSync(path.join(tmpdir(), 'neo4j-home-'));
    try {
      assert.throws(
        () => withEnv({ PATH: '/nonexistent' }, () => provision(emptyRoot, release, jdk, () => undefined)),
        (error: unknown) => error instanceof LocalNeo4jError && error.code === 'MAVEN_MISSING' && /apt-get install maven/.test(error.message),
      );
    } finally {
      rmSync(emptyRoot, { recursive: true, force: true });
    }
  });
});

describe('starting the local Neo4j', () => {
  let held: { port: number; release(): Promise<void> };
  before(async () => {
    held = await holdPort();
  });
  after(async () => {
    await held.release();
  });

  it('gives the server JVM the heap size neo4j.conf would, and refuses one that is not a size', () => {
    assert.equal(kibibytes('512m'), 512 * 1024);
    assert.equal(kibibytes('1g'), 1024 * 1024);
    assert.equal(kibibytes('3G'), 3 * 1024 * 1024);
    assert.equal(kibibytes('2GiB'), 2 * 1024 * 1024);
    assert.equal(kibibytes('1048576k'), 1024 * 1024);
    for (const bad of ['', 'lots', '1.5g', '-1g', '1x']) {
      assert.throws(
        () => kibibytes(bad),
        (error: unknown) => error instanceof LocalNeo4jError && /NEO4J_HEAP_SIZE/.test(error.message),
        bad,
      );
    }
  });

  it('refuses a taken port, naming it and the variable to change', async () => {
    await rejectsWith(startLocalNeo4j(options('check-port', { boltPort: held.port })), 'PORT_TAKEN', new RegExp(`Port ${held.port} .*NEO4J_BOLT_PORT`));
  });

  it('clears a stale lock left by a crash, and says so', async () => {
    const run = path.join(rootDir, release.version, 'instances', 'check-stale', 'run');
    mkdirSync(run, { recursive: true });
    writeFileSync(path.join(run, 'started.pid'), '999999');
    // Earlier versions started Neo4j's launcher and kept its pid here.
    writeFileSync(path.join(run, 'launcher.pid'), '999998');
    await rejectsWith(startLocalNeo4j(options('check-stale', { boltPort: held.port })), 'PORT_TAKEN', /taken/);
    assert.equal(lines.filter((line) => /stale lock/.test(line)).length, 2);
    assert.equal(existsSync(path.join(run, 'started.pid')), false);
    assert.equal(existsSync(path.join(run, 'launcher.pid')), false);
  });

  it('refuses to start twice on the same data, naming the running process', { skip: Boolean(process.env.TEST_NEO4J_URI) }, async () => {
    // `npm test` runs the tests' own Neo4j from the instance "test", or the one TEST_NEO4J_INSTANCE names (scripts/run-tests.ts passes it on as NEO4J_LOCAL_INSTANCE).
    try {
      await rejectsWith(
        startLocalNeo4j({ ...options(process.env.NEO4J_LOCAL_INSTANCE || 'test'), boltPort: held.port }),
        'ALREADY_RUNNING',
        /pid \d+.*npm run neo4j:stop/,
      );
    } finally {
      // The running instance's data is not this file's to remove, whatever the outcome.
      instances.pop();
    }
  });

  it('reports a Neo4j that exits during start-up, with the end of its log', async () => {
    // A page cache size Neo4j cannot read: it starts, refuses its configuration and exits.
    await rejectsWith(startLocalNeo4j(options('check-exit', { boltPort: await freePort(), pageCacheSize: 'lots' })), 'START_FAILED', /logs\/console\.log/);
    // A heap size the JVM could not take is refused before anything starts.
    await rejectsWith(startLocalNeo4j(options('check-exit', { boltPort: await freePort(), heapSize: 'lots' })), 'START_FAILED', /NEO4J_HEAP_SIZE=lots/);
  });

  it('gives up on a Neo4j that does not answer in time, naming its log', async () => {
    await rejectsWith(
      startLocalNeo4j(options('check-timeout', { boltPort: await freePort(), startTimeoutMs: 300 })),
      'START_TIMEOUT',
      /did not answer .* within 0 s .*logs\/console\.log/,
    );
  });
});

describe('finding and stopping the local Neo4j', () => {
  const children: ChildProcess[] = [];
  const sleeperDir = mkdtempSync(path.join(tmpdir(), 'sleeper-'));
  const sleeper = path.join(sleeperDir, 'Sleep.java');
  writeFileSync(sleeper, 'class Sleep { public static void main(String[] a) throws Exception { Thread.sleep(120_000); } }');
  const instanceDir = (instance: string): string => path.join(rootDir, release.version, 'instances', instance);
  const runDir = (instance: string): string => path.join(instanceDir(instance), 'run');
  const alive = (child: ChildProcess): boolean => child.exitCode === null && child.signalCode === null;
  const started = (child: ChildProcess): Promise<number> =>
    new Promise((resolve, reject) => {
      child.once('spawn', () => resolve(child.pid ?? 0));
      child.once('error', reject);
    });
  /** A real java process that sleeps, with the given arguments before its program. */
  async function java(...args: string[]): Promise<number> {
    const child = spawn(path.join(chooseRuntime().jdk.home, 'bin', 'java'), [...args, sleeper], { stdio: 'ignore' });
    children.push(child);
    return started(child);
  }
  /** `tail -f` on a file of the instance: a process whose command line names the instance but is not Neo4j. */
  async function tailOf(file: string): Promise<{ child: ChildProcess; pid: number }> {
    mkdirSync(path.dirname(file), { recursive: true });
    if (!existsSync(file)) writeFileSync(file, '');
    const child = spawn('tail', ['-f', file], { stdio: 'ignore' });
    children.push(child);
    return { child, pid: await started(child) };
  }
  after(() => {
    for (const child of children) if (alive(child)) child.kill('SIGKILL');
    rmSync(sleeperDir, { recursive: true, force: true });
  });

  it('knows a java process of the instance by the exact instance argument, through /proc and through ps (as on macOS)', async () => {
    const dir = instanceDir('check-lookup');
    instances.push('check-lookup');
    const ours = await java(instanceFlag(dir));
    const longerName = await java(instanceFlag(`${dir}-2`));
    const { pid: tail } = await tailOf(path.join(dir, 'logs', 'console.log'));
    for (const source of ['proc', 'ps'] as const) {
      assert.equal(isInstanceProcess(ours, dir, source), true, source);
      assert.equal(isInstanceProcess(longerName, dir, source), false, `${source}: instance check-lookup-2 is not check-lookup`);
      assert.equal(isInstanceProcess(tail, dir, source), false, `${source}: tail -f on the log is not Neo4j`);
      assert.equal(isInstanceProcess(999_999_999, dir, source), false, `${source}: no such process`);
    }
  });

  it('finds the processes through their pid files only, and stopStray stops those and nothing else', async () => {
    const dir = instanceDir('check-pids');
    instances.push('check-pids');
    const server = await java(instanceFlag(dir));
    const other = await java(instanceFlag(`${dir}-other`));
    const tail = await tailOf(path.join(dir, 'logs', 'console.log'));
    mkdirSync(runDir('check-pids'), { recursive: true });
    writeFileSync(path.join(runDir('check-pids'), 'started.pid'), String(server));
    // A pid file naming another instance's java process, as a reused pid would.
    writeFileSync(path.join(runDir('check-pids'), 'neo4j.pid'), String(other));
    const options = { rootDir, instance: 'check-pids' };
    assert.deepEqual(runningProcesses(options), [server]);
    writeFileSync(path.join(runDir('check-pids'), 'neo4j.pid'), String(tail.pid));
    assert.deepEqual(runningProcesses(options), [server]);

    assert.deepEqual(await stopStray(options), [server]);
    assert.equal(isInstanceProcess(server, dir), false, 'the stray java process is stopped');
    assert.equal(alive(tail.child), true, 'tail -f on its log is left alone');
    assert.equal(isInstanceProcess(other, `${dir}-other`), true, "another instance's process is left alone");
    assert.equal(existsSync(path.join(runDir('check-pids'), 'started.pid')), false);
  });

  it('stops a started Neo4j, its server JVM started directly, and leaves a tail -f on its log running', async () => {
    const settings = options('check-stop', { boltPort: await freePort() });
    const running = await startLocalNeo4j(settings);
    const tail = await tailOf(running.logFile);
    const pids: number[] = [];
    try {
      // The pid the project wrote at launch, and the one Neo4j wrote itself: the same JVM, no launcher.
      for (const file of ['started.pid', 'neo4j.pid']) pids.push(Number(readFileSync(path.join(runDir('check-stop'), file), 'utf8')));
      assert.equal(pids[0], pids[1]);
      assert.deepEqual(runningProcesses(settings), [pids[0]]);
    } finally {
      await running.stop();
    }
    assert.deepEqual(runningProcesses(settings), []);
    for (const pid of pids) assert.equal(isInstanceProcess(pid, instanceDir('check-stop')), false);
    assert.equal(alive(tail.child), true, 'tail -f on the log is left alone');
  });
});

describe("the JVM's start-up cache", () => {
  const work = mkdtempSync(path.join(tmpdir(), 'neo4j-cache-'));
  after(() => rmSync(work, { recursive: true, force: true }));
  const tool = (name: string, args: string[], cwd = work): string => {
    const result = spawnSync(path.join(jdk.home, 'bin', name), args, { cwd, encoding: 'utf8' });
    assert.equal(result.status, 0, `${name} ${args.join(' ')}: ${result.stderr}`);
    return result.stdout;
  };
  const entries = (jar: string): string[] => tool('jar', ['tf', jar]).trim().split('\n').sort();

  it('unsigns the signed jars of a provisioned lib folder once, keeping every other entry', () => {
    // A signed jar, made and signed by the JDK's own tools, named as the one a provisioned folder must hold.
    const lib = path.join(work, 'signed', release.version, 'lib');
    mkdirSync(path.join(work, 'content', 'data'), { recursive: true });
    writeFileSync(path.join(work, 'content', 'data', 'hello.txt'), 'hello');
    const jar = path.join(lib, `neo4j-bolt-${release.version}.jar`);
    mkdirSync(lib, { recursive: true });
    tool('jar', ['cf', jar, '-C', path.join(work, 'content'), '.']);
    tool('keytool', [
      '-genkeypair',
      '-alias',
      'signer',
      '-keyalg',
      'EC',
      '-dname',
      'CN=test',
      '-validity',
      '1',
      '-storetype',
      'PKCS12',
      '-keystore',
      'keys.p12',
      '-storepass',
      'secret',
    ]);
    tool('jarsigner', ['-keystore', 'keys.p12', '-storepass', 'secret', jar, 'signer']);
    const signed = entries(jar);
    assert.ok(
      signed.some((entry) => /^META-INF\/SIGNER\.(SF|EC)$/.test(entry)),
      signed.join(' '),
    );
    assert.match(tool('jarsigner', ['-verify', jar]), /jar verified/);

    const logged: string[] = [];
    provision(path.join(work, 'signed'), release, jdk, (line) => logged.push(line));
    assert.match(tool('jarsigner', ['-verify', jar]), /jar is unsigned/);
    assert.deepEqual(
      entries(jar),
      signed.filter((entry) => !/^META-INF\/SIGNER\./.test(entry)),
    );
    assert.equal(readFileSync(path.join(lib, '..', 'lib.unsigned'), 'utf8'), '');
    assert.deepEqual(logged, [`Unsigned ${path.basename(jar)}, so that the JVM's start-up cache can hold their classes`]);

    // Once: a second start leaves the folder alone.
    provision(path.join(work, 'signed'), release, jdk, (line) => logged.push(line));
    assert.equal(logged.length, 1);
  });

  it('is recorded by one start at a time, moved into place at its stop, and mapped by the next start', async () => {
    // A root of its own, so that the archive starts out missing; the jars are the provisioned ones.
    const root = path.join(work, 'root');
    const home = path.join(root, release.version);
    mkdirSync(home, { recursive: true });
    symlinkSync(path.join(rootDir, release.version, 'lib'), path.join(home, 'lib'));
    writeFileSync(path.join(home, 'lib.unsigned'), '');
    const start = async (instance: string): Promise<{ running: Awaited<ReturnType<typeof startLocalNeo4j>>; flags: string[] }> => {
      const running = await startLocalNeo4j({ ...options(instance, { boltPort: await freePort() }), rootDir: root });
      const pid = readFileSync(path.join(home, 'instances', instance, 'run', 'started.pid'), 'utf8');
      const flags = readFileSync(`/proc/${pid}/cmdline`, 'utf8')
        .split('\0')
        .filter((arg) => /^-XX:(AOTCache|AOTCacheOutput|SharedArchiveFile|ArchiveClassesAtExit)=/.test(arg));
      return { running, flags };
    };
    const archives = (): string[] => readdirSync(home).filter((file) => /^classes-.*\.(aot|jsa)$/.test(file));
    // A claim whose process has ended, as a crash would leave it, is taken over.
    const { claim } = classArchive(home, jdk, path.join(home, 'instances', 'cache-recorder'));
    writeFileSync(claim, String(spawnSync('true').pid));

    const recorder = await start('cache-recorder');
    let bystander: Awaited<ReturnType<typeof start>> | undefined;
    try {
      assert.equal(recorder.flags.length, 1);
      assert.match(recorder.flags[0] ?? '', /^-XX:(AOTCacheOutput|ArchiveClassesAtExit)=.*cache-recorder\/run\//);
      assert.equal(readFileSync(claim, 'utf8'), String(process.pid));
      // While one start records, another runs without the archive.
      bystander = await start('cache-bystander');
      assert.deepEqual(bystander.flags, []);
    } finally {
      await bystander?.running.stop();
      assert.deepEqual(archives(), [], 'a start that did not record leaves no archive');
      await recorder.running.stop();
    }
    assert.equal(archives().length, 1, 'the recording is in place');
    assert.deepEqual(
      readdirSync(path.join(home, 'instances', 'cache-recorder', 'run')).filter((file) => file.startsWith('classes-')),
      [],
    );
    assert.equal(existsSync(claim), false, 'the claim is given up');

    const mapping = await start('cache-mapping');
    try {
      assert.deepEqual(mapping.flags, [`-XX:${archives()[0]?.endsWith('.aot') ? 'AOTCache' : 'SharedArchiveFile'}=${path.join(home, archives()[0] ?? '')}`]);
      // The JVM logs a cache it cannot use as an error (see archiveFlags); this one is used.
      assert.doesNotMatch(readFileSync(mapping.running.logFile, 'utf8'), /\[error\]\[(aot|cds)/);
    } finally {
      await mapping.running.stop();
    }
  });
});
