import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LocalNeo4jError } from './errors.js';
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

/**
 * Copies the server's jars from Maven Central into `<root>/<version>/lib`, once.
 * The jars land in a scratch folder first, so an interrupted download never looks complete.
 */
export function provision(rootDir: string, release: Neo4jRelease, log: (line: string) => void): string {
  const lib = libDir(rootDir, release);
  if (isProvisioned(rootDir, release)) return lib;

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
  rmSync(lib, { recursive: true, force: true });
  renameSync(scratch, lib);
  return lib;
}
