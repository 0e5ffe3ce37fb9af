import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { NEO4J_RELEASES, type Neo4jRelease } from './releases.js';
import { LocalNeo4jError } from './errors.js';

export interface Jdk {
  readonly home: string;
  readonly major: number;
}

export interface RuntimeChoice {
  readonly release: Neo4jRelease;
  readonly jdk: Jdk;
}

/** Reads the major version from a JDK's `release` file, or by asking its `java`. */
function majorVersionOf(home: string): number | undefined {
  const releaseFile = path.join(home, 'release');
  if (existsSync(releaseFile)) {
    const match = /JAVA_VERSION="(\d+)/.exec(readFileSync(releaseFile, 'utf8'));
    if (match?.[1]) return Number(match[1]);
  }
  const java = path.join(home, 'bin', 'java');
  if (!existsSync(java)) return undefined;
  // `java -version` prints to stderr.
  const result = spawnSync(java, ['-version'], { encoding: 'utf8' });
  const match = /version "(\d+)/.exec(`${result.stderr}${result.stdout}`);
  return match?.[1] ? Number(match[1]) : undefined;
}

function javaOnPath(): string | undefined {
  try {
    const java = execFileSync('sh', ['-c', 'command -v java'], { encoding: 'utf8' }).trim();
    return java ? path.dirname(path.dirname(realpathSync(java))) : undefined;
  } catch {
    return undefined;
  }
}

/** Every JDK we can find: NEO4J_JAVA_HOME alone when set, else JAVA_HOME, /usr/lib/jvm/* and `java` on PATH. */
export function findJdks(env: NodeJS.ProcessEnv = process.env): Jdk[] {
  const candidates = new Set<string>();
  if (env.NEO4J_JAVA_HOME) {
    candidates.add(env.NEO4J_JAVA_HOME);
  } else {
    if (env.JAVA_HOME) candidates.add(env.JAVA_HOME);
    const jvmDir = '/usr/lib/jvm';
    if (existsSync(jvmDir)) {
      for (const entry of readdirSync(jvmDir)) candidates.add(path.join(jvmDir, entry));
    }
    const fromPath = javaOnPath();
    if (fromPath) candidates.add(fromPath);
  }

  const byRealPath = new Map<string, Jdk>();
  for (const candidate of candidates) {
    if (!existsSync(path.join(candidate, 'bin', 'java'))) continue;
    const home = realpathSync(candidate);
    if (byRealPath.has(home)) continue;
    const major = majorVersionOf(home);
    if (major !== undefined) byRealPath.set(home, { home, major });
  }
  return [...byRealPath.values()];
}

/** Picks the newest pinned Neo4j release that an installed JDK can run, and the JDK for it. */
export function chooseRuntime(env: NodeJS.ProcessEnv = process.env): RuntimeChoice {
  const jdks = findJdks(env);
  if (jdks.length === 0) {
    throw new LocalNeo4jError(
      'JAVA_MISSING',
      (env.NEO4J_JAVA_HOME ? `NEO4J_JAVA_HOME (${env.NEO4J_JAVA_HOME}) holds no Java runtime. ` : 'No Java runtime found. ') +
        'The local Neo4j needs a JDK 17, 21 or 25 ' +
        '(on Debian: `apt-get install openjdk-17-jdk-headless`), or set NEO4J_URI to use an existing Neo4j server.',
    );
  }
  for (const release of NEO4J_RELEASES) {
    for (const major of release.javaVersions) {
      const jdk = jdks.find((candidate) => candidate.major === major);
      if (jdk) return { release, jdk };
    }
  }
  const found = jdks.map((jdk) => `Java ${jdk.major} at ${jdk.home}`).join(', ');
  throw new LocalNeo4jError(
    'JAVA_UNSUPPORTED',
    `No installed JDK can run a pinned Neo4j release (found: ${found}). Install a JDK 17, 21 or 25, ` + 'or set NEO4J_URI to use an existing Neo4j server.',
  );
}
