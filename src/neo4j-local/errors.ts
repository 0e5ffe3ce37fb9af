/** Failures of the project-managed local Neo4j, each with a message that says what to do. */
export type LocalNeo4jErrorCode =
  'JAVA_MISSING' | 'JAVA_UNSUPPORTED' | 'MAVEN_MISSING' | 'PROVISION_FAILED' | 'PORT_TAKEN' | 'ALREADY_RUNNING' | 'START_FAILED' | 'START_TIMEOUT';

export class LocalNeo4jError extends Error {
  constructor(
    readonly code: LocalNeo4jErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'LocalNeo4jError';
  }
}
