/**
 * The one place where the Neo4j versions this project runs are pinned.
 *
 * Releases are tried newest first; the first one that has a compatible JDK on the
 * machine is provisioned. 2025.10+ supports Java 21 and 25; the 5.26 LTS line runs
 * on Java 17 and 21, so machines with only OpenJDK 17 still get a real server.
 */
export interface Neo4jRelease {
  readonly version: string;
  readonly javaVersions: readonly number[];
  /** The Community server's main class, which the project starts itself (renamed in 2025.x). */
  readonly serverClass: string;
}

export const NEO4J_RELEASES: readonly Neo4jRelease[] = [
  { version: '2026.08.1', javaVersions: [25, 21], serverClass: 'org.neo4j.server.Neo4jCommunity' },
  { version: '5.26.30', javaVersions: [21, 17], serverClass: 'org.neo4j.server.CommunityEntryPoint' },
];
