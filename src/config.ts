/**
 * The configuration, from the environment. This module imports nothing heavy: `npm start` reads
 * it before it launches Neo4j, and everything it imports loads before that launch.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AuthConfigError, parseTokens, type AuthConfig } from './auth.js';
import type { LocalNeo4jOptions } from './neo4j-local/server.js';

/** The project's root folder, whatever the working directory. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The translator never pages more than this many items, whatever is configured. */
export const MAX_PAGE_SIZE = 100;

/** The limits every request is held to; README.md names the variable that sets each. */
export interface Limits {
  readonly maxDepth: number;
  readonly maxAliases: number;
  readonly maxDirectives: number;
  readonly maxTokens: number;
  /** Estimated cost of one operation, each field counted as often as its lists may repeat it. */
  readonly maxCost: number;
  /** The largest `first` a connection or search may ask for. */
  readonly maxPageSize: number;
  /** The longest string any argument may carry, e.g. a name filter or a quote. */
  readonly maxStringLength: number;
  /** The most items any list argument may carry, e.g. `id_in`. */
  readonly maxListLength: number;
  /** How deep a `where` filter may nest: through NOT, OR and filters on related nodes. */
  readonly maxFilterDepth: number;
  /** How many conditions one `where` filter may hold, at every depth together; a filter on related nodes counts as two besides its own. */
  readonly maxFilterPredicates: number;
  /** Several operations in one HTTP request (a JSON array); off unless configured. */
  readonly batching: boolean;
  /** Only the web pages' persisted operations run (src/persisted.ts); off unless configured. */
  readonly safelist: boolean;
  /** Production mode: no introspection, no "did you mean" hints that reveal the schema (errors.ts). */
  readonly production: boolean;
}

export const DEFAULT_LIMITS: Limits = {
  maxDepth: 25,
  maxAliases: 30,
  maxDirectives: 20,
  maxTokens: 3000,
  maxCost: 300_000,
  maxPageSize: 100,
  maxStringLength: 2000,
  maxListLength: 500,
  maxFilterDepth: 6,
  maxFilterPredicates: 20,
  batching: false,
  safelist: false,
  production: false,
};

export interface LocalDatabaseConfig extends Omit<LocalNeo4jOptions, 'log'> {
  readonly kind: 'local';
}

export interface ExternalDatabaseConfig {
  readonly kind: 'external';
  readonly uri: string;
  readonly username: string;
  readonly password: string;
}

export interface Config {
  readonly host: string;
  readonly port: number;
  readonly database: LocalDatabaseConfig | ExternalDatabaseConfig;
  /** The Neo4j database name; undefined means the server's default. */
  readonly databaseName: string | undefined;
  readonly seedDir: string;
  readonly limits: Limits;
  readonly auth: AuthConfig;
  /** The query cache's bound in bytes of answers; 0 turns the cache off. */
  readonly cacheBytes: number;
  /** How long one read of the graph's version serves later requests; every write waits as long after its commit. */
  readonly cacheWindowMs: number;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

function port(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    throw new ConfigError(`${name} must be a port number from 1 to 65535, not "${raw}".`);
  }
  return value;
}

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new ConfigError(`${name} must be a positive integer, not "${raw}".`);
  return value;
}

function nonNegativeInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new ConfigError(`${name} must be 0 or a positive integer, not "${raw}".`);
  return value;
}

function cacheWindow(env: NodeJS.ProcessEnv): number {
  const windowMs = nonNegativeInt(env, 'GRAPHQL_CACHE_WINDOW_MS', DEFAULT_CACHE_WINDOW_MS);
  if (windowMs > MAX_CACHE_WINDOW_MS) {
    throw new ConfigError(`GRAPHQL_CACHE_WINDOW_MS must be at most ${MAX_CACHE_WINDOW_MS}, not ${windowMs}: every write waits that long.`);
  }
  return windowMs;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(`${name} must be true or false, not "${raw}".`);
}

/**
 * An instance name becomes a folder name and part of the JVMs' command lines (see
 * neo4j-local/processes.ts), so it has no path separators and no whitespace.
 */
function instanceName(env: NodeJS.ProcessEnv): string {
  const raw = env.NEO4J_LOCAL_INSTANCE;
  if (raw === undefined || raw === '') return 'default';
  if (!/^[A-Za-z0-9_-][A-Za-z0-9_.-]*$/.test(raw)) {
    throw new ConfigError(`NEO4J_LOCAL_INSTANCE must be letters, digits, "_", "-" and "." (not first), not "${raw}".`);
  }
  return raw;
}

function limits(env: NodeJS.ProcessEnv): Limits {
  const maxPageSize = positiveInt(env, 'GRAPHQL_MAX_PAGE_SIZE', DEFAULT_LIMITS.maxPageSize);
  if (maxPageSize > MAX_PAGE_SIZE) throw new ConfigError(`GRAPHQL_MAX_PAGE_SIZE must be at most ${MAX_PAGE_SIZE}, not ${maxPageSize}.`);
  return {
    maxDepth: positiveInt(env, 'GRAPHQL_MAX_DEPTH', DEFAULT_LIMITS.maxDepth),
    maxAliases: positiveInt(env, 'GRAPHQL_MAX_ALIASES', DEFAULT_LIMITS.maxAliases),
    maxDirectives: positiveInt(env, 'GRAPHQL_MAX_DIRECTIVES', DEFAULT_LIMITS.maxDirectives),
    maxTokens: positiveInt(env, 'GRAPHQL_MAX_TOKENS', DEFAULT_LIMITS.maxTokens),
    maxCost: positiveInt(env, 'GRAPHQL_MAX_COST', DEFAULT_LIMITS.maxCost),
    maxStringLength: positiveInt(env, 'GRAPHQL_MAX_STRING_LENGTH', DEFAULT_LIMITS.maxStringLength),
    maxListLength: positiveInt(env, 'GRAPHQL_MAX_LIST_LENGTH', DEFAULT_LIMITS.maxListLength),
    maxFilterDepth: positiveInt(env, 'GRAPHQL_MAX_FILTER_DEPTH', DEFAULT_LIMITS.maxFilterDepth),
    maxFilterPredicates: positiveInt(env, 'GRAPHQL_MAX_FILTER_PREDICATES', DEFAULT_LIMITS.maxFilterPredicates),
    maxPageSize,
    batching: flag(env, 'GRAPHQL_BATCHING', DEFAULT_LIMITS.batching),
    safelist: flag(env, 'GRAPHQL_SAFELIST', DEFAULT_LIMITS.safelist),
    production: env.NODE_ENV === 'production',
  };
}

function auth(env: NodeJS.ProcessEnv): AuthConfig {
  try {
    return { tokens: parseTokens(env.API_TOKENS), anonymousRead: flag(env, 'ANONYMOUS_READ', true) };
  } catch (error) {
    if (error instanceof AuthConfigError) throw new ConfigError(error.message);
    throw error;
  }
}

/** The query cache's default bound: the whole seed's answers fit many times over. */
export const DEFAULT_CACHE_MB = 64;

/**
 * How long one read of the graph's version serves the requests after it (src/cypher/version-reads.ts).
 * Under load it saves a round trip per request; every write pays it once, after its commit.
 */
export const DEFAULT_CACHE_WINDOW_MS = 50;
/** A longer window would hold every write that long; past a second it is a setting to refuse. */
const MAX_CACHE_WINDOW_MS = 1_000;

/** Reads the configuration from the environment; README.md documents every variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const uri = env.NEO4J_URI;
  const database: Config['database'] = uri
    ? {
        kind: 'external',
        uri,
        username: env.NEO4J_USERNAME ?? 'neo4j',
        password: env.NEO4J_PASSWORD ?? '',
      }
    : {
        kind: 'local',
        rootDir: path.resolve(PROJECT_ROOT, env.NEO4J_LOCAL_DIR ?? '.neo4j'),
        instance: instanceName(env),
        boltPort: port(env, 'NEO4J_BOLT_PORT', 7687),
        heapSize: env.NEO4J_HEAP_SIZE ?? '512m',
        pageCacheSize: env.NEO4J_PAGECACHE_SIZE ?? '256m',
        startTimeoutMs: positiveInt(env, 'NEO4J_START_TIMEOUT_MS', 120_000),
      };
  return {
    host: env.HOST ?? '127.0.0.1',
    port: port(env, 'PORT', 4000),
    database,
    databaseName: env.NEO4J_DATABASE || undefined,
    seedDir: path.join(PROJECT_ROOT, 'seed'),
    limits: limits(env),
    auth: auth(env),
    cacheBytes: nonNegativeInt(env, 'GRAPHQL_CACHE_MB', DEFAULT_CACHE_MB) * 1024 * 1024,
    cacheWindowMs: cacheWindow(env),
  };
}
