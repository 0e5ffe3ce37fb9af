import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * The processes of a local Neo4j instance are found through pid files only, never by searching
 * command lines: a `tail -f` on the instance's log names its folder too, and must never be
 * mistaken for Neo4j and killed.
 */

/** The pid file the project writes when it starts Neo4j's server JVM. */
export function startedPidFile(instanceDir: string): string {
  return path.join(instanceDir, 'run', 'started.pid');
}

/** Where earlier versions of the project kept the pid of Neo4j's launcher, which they started instead. */
function legacyLauncherPidFile(instanceDir: string): string {
  return path.join(instanceDir, 'run', 'launcher.pid');
}

/** The server JVM's pid file, which Neo4j writes into its run directory. */
function serverPidFile(instanceDir: string): string {
  return path.join(instanceDir, 'run', 'neo4j.pid');
}

export function pidFiles(instanceDir: string): string[] {
  return [startedPidFile(instanceDir), serverPidFile(instanceDir), legacyLauncherPidFile(instanceDir)];
}

/** The argument the server JVM of an instance carries on the command line the project gives it. */
export function instanceFlag(instanceDir: string): string {
  return `-Dipgraph.instance=${instanceDir}`;
}

/**
 * Where a command line is read: Linux's /proc gives the exact arguments; macOS has no /proc, so
 * `ps` gives them joined by spaces.
 */
export type CommandLineSource = 'proc' | 'ps';

const DEFAULT_SOURCE: CommandLineSource = existsSync('/proc/self/cmdline') ? 'proc' : 'ps';

function procArguments(pid: number): string[] | undefined {
  try {
    const raw = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    // NUL-terminated arguments; a zombie or kernel thread has none.
    return raw === '' ? undefined : raw.replace(/\0$/, '').split('\0');
  } catch {
    return undefined;
  }
}

function psCommand(pid: number): string | undefined {
  // -ww: never cut the line at the terminal's width (both procps and BSD ps).
  const result = spawnSync('ps', ['-ww', '-p', String(pid), '-o', 'command='], { encoding: 'utf8' });
  const command = result.status === 0 ? result.stdout.trim() : '';
  return command === '' ? undefined : command;
}

function isJava(executable: string): boolean {
  return path.basename(executable) === 'java';
}

/**
 * Whether `pid` is a java process of this instance: its arguments hold exactly the instance's
 * flag, not merely a string that contains it (instance `test` is not instance `test-2`). A pid
 * file left by a crash may name a pid that now belongs to something else; this tells them apart.
 */
export function isInstanceProcess(pid: number, instanceDir: string, source: CommandLineSource = DEFAULT_SOURCE): boolean {
  const flag = instanceFlag(instanceDir);
  if (source === 'proc') {
    const args = procArguments(pid);
    return args !== undefined && isJava(args[0] ?? '') && args.includes(flag);
  }
  const command = psCommand(pid);
  if (command === undefined) return false;
  // Every JVM option starts with "-", so the executable is what comes before the first one; the
  // flag must stand between spaces, which instance names (no whitespace, see config.ts) make exact.
  const optionsAt = command.indexOf(' -');
  return optionsAt > 0 && isJava(command.slice(0, optionsAt)) && ` ${command} `.includes(` ${flag} `);
}

function readPid(file: string): number | undefined {
  try {
    const text = readFileSync(file, 'utf8').trim();
    return /^\d+$/.test(text) ? Number(text) : undefined;
  } catch {
    return undefined;
  }
}

/** The live processes of this instance: the pids its pid files name that are its java processes. */
export function instanceProcesses(instanceDir: string): number[] {
  const pids = pidFiles(instanceDir).flatMap((file) => {
    const pid = readPid(file);
    return pid !== undefined && isInstanceProcess(pid, instanceDir) ? [pid] : [];
  });
  return [...new Set(pids)];
}

/** Removes pid files whose process is gone (or is no longer this instance's); returns their paths. */
export function removeStalePidFiles(instanceDir: string): string[] {
  return pidFiles(instanceDir).filter((file) => {
    const pid = readPid(file);
    const stale = existsSync(file) && (pid === undefined || !isInstanceProcess(pid, instanceDir));
    if (stale) rmSync(file);
    return stale;
  });
}

/** Sends a signal, ignoring a process that ended meanwhile. */
export function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Stops the instance's processes: SIGTERM, up to `graceMs` for Neo4j to shut down cleanly, then
 * SIGKILL for whichever is still this instance's (checked again, since a pid may be reused).
 */
export async function stopInstanceProcesses(instanceDir: string, graceMs: number): Promise<number[]> {
  const pids = instanceProcesses(instanceDir);
  for (const pid of pids) signal(pid, 'SIGTERM');
  const remaining = (): number[] => pids.filter((pid) => isInstanceProcess(pid, instanceDir));
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline && remaining().length > 0) await sleep(200);
  for (const pid of remaining()) signal(pid, 'SIGKILL');
  for (const file of pidFiles(instanceDir)) rmSync(file, { force: true });
  return pids;
}
