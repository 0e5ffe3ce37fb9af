import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LocalNeo4jError } from './errors.js';
import type { Jdk } from './jdk.js';
import type { Neo4jRelease } from './releases.js';

/** A pom whose runtime closure is the Neo4j Community server with Bolt: the jars of a real server. */
function serverPom(version: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.ip-programme-graph</groupId>
  <artifactId>neo4j-server-jars</artifactId>
  <version>${version}</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>org.neo4j</groupId><artifactId>neo4j</artifactId><version>${version}</version></dependency>
    <dependency><groupId>org.neo4j</groupId><artifactId>neo4j-bolt</artifactId><version>${version}</version></dependency>
  </dependencies>
</project>
`;
}

export function distributionDir(rootDir: string, release: Neo4jRelease): string {
  return path.join(rootDir, release.version);
}

export function libDir(rootDir: string, release: Neo4jRelease): string {
  return path.join(distributionDir(rootDir, release), 'lib');
}

function isProvisioned(rootDir: string, release: Neo4jRelease): boolean {
  const lib = libDir(rootDir, release);
  return existsSync(lib) && readdirSync(lib).some((file) => file.startsWith(`neo4j-bolt-${release.version}`));
}

const UNSIGN_JARS = fileURLToPath(new URL('UnsignJars.java', import.meta.url));

/** Rewrites the signed jars in `folder` without their signatures, with the JDK's own source launcher (see UnsignJars.java). */
function unsignJars(folder: string, jdk: Jdk, log: (line: string) => void): void {
  const result = spawnSync(path.join(jdk.home, 'bin', 'java'), [UNSIGN_JARS, folder], { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new LocalNeo4jError('PROVISION_FAILED', `Could not rewrite the signed jars in ${folder} without their signatures:\n${result.stderr.trim()}`);
  }
  const jars = result.stdout.trim().split('\n').filter(Boolean);
  if (jars.length > 0) log(`Unsigned ${jars.join(', ')}, so that the JVM's start-up cache can hold their classes`);
}

/** Written once the lib folder's jars are unsigned; a folder provisioned before that is unsigned at its next start. */
function unsignedMarker(rootDir: string, release: Neo4jRelease): string {
  return path.join(distributionDir(rootDir, release), 'lib.unsigned');
}

/**
 * Copies the server's jars from Maven Central into `<root>/<version>/lib`, once, and unsigns them.
 * The jars land in a scratch folder first, so an interrupted download never looks complete.
 */
export function provision(rootDir: string, release: Neo4jRelease, jdk: Jdk, log: (line: string) => void): string {
  const lib = libDir(rootDir, release);
  const unsigned = unsignedMarker(rootDir, release);
  if (isProvisioned(rootDir, release)) {
    if (!existsSync(unsigned)) {
      unsignJars(lib, jdk, log);
      writeFileSync(unsigned, '');
    }
    return lib;
  }

  const mvn = spawnSync('mvn', ['--version'], { encoding: 'utf8' });
  if (mvn.error || mvn.status !== 0) {
    throw new LocalNeo4jError(
      'MAVEN_MISSING',
      'Maven (`mvn`) was not found; it is needed once, to fetch the Neo4j server jars from Maven Central ' +
        '(on Debian: `apt-get install maven`). Or set NEO4J_URI to use an existing Neo4j server.',
    );
  }

  const dist = distributionDir(rootDir, release);
  mkdirSync(dist, { recursive: true });
  const pom = path.join(dist, 'pom.xml');
  writeFileSync(pom, serverPom(release.version));
  const scratch = path.join(dist, 'lib.partial');
  rmSync(scratch, { recursive: true, force: true });

  log(`Fetching Neo4j ${release.version} server jars from Maven Central (once) ...`);
  const result = spawnSync('mvn', ['-q', '-B', '-f', pom, 'dependency:copy-dependencies', '-DincludeScope=runtime', `-DoutputDirectory=${scratch}`], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    const output = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-15).join('\n');
    throw new LocalNeo4jError('PROVISION_FAILED', `Maven could not fetch Neo4j ${release.version}:\n${output}`);
  }
  unsignJars(scratch, jdk, log);
  rmSync(lib, { recursive: true, force: true });
  renameSync(scratch, lib);
  writeFileSync(unsigned, '');
  return lib;
}
