import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ApolloServerOptions, ApolloServerPlugin } from '@apollo/server';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import { GraphQLError } from 'graphql';
import { LRUCache } from 'lru-cache';
import { PROJECT_ROOT } from './config.js';
import type { Context } from './context.js';
import { ErrorCode } from './errors.js';

/**
 * Persisted operations. Codegen writes the web pages' operations to a manifest, each under the
 * SHA-256 of its text; the pages send only that hash. Every other client may register its own
 * operations by hash (automatic persisted queries). With the safelist on, the manifest's
 * operations are the only ones the server runs, and nothing can be registered.
 */
export const MANIFEST = path.join(PROJECT_ROOT, 'web', 'src', '__generated__', 'persisted-documents.json');

/** The manifest's operations by hash (hex, as Apollo's `persistedQuery.sha256Hash` carries it). */
export function loadManifest(file = MANIFEST): ReadonlyMap<string, string> {
  const entries = Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>);
  return new Map(entries.map(([key, text]) => [key.replace(/^sha256:/, ''), text]));
}

/** How many operations registered by clients the server keeps, least recently used first out. */
const REGISTERED_MAX = 1000;

/**
 * Apollo's store of persisted operations: the manifest's always answer, others as registered.
 * Apollo prefixes its keys (`apq:`); the manifest is looked up by the hash after it.
 */
class PersistedOperations implements KeyValueCache<string> {
  private readonly registered = new LRUCache<string, string>({ max: REGISTERED_MAX });

  constructor(
    private readonly manifest: ReadonlyMap<string, string>,
    private readonly registering: boolean,
  ) {}

  get(key: string): Promise<string | undefined> {
    return Promise.resolve(this.manifest.get(key.slice(key.indexOf(':') + 1)) ?? this.registered.get(key));
  }

  set(key: string, value: string): Promise<void> {
    if (this.registering) this.registered.set(key, value);
    return Promise.resolve();
  }

  delete(key: string): Promise<boolean> {
    return Promise.resolve(this.registered.delete(key));
  }
}

/** With the safelist on, refuses every operation whose text is not one of the manifest's. */
function safelistPlugin(manifest: ReadonlyMap<string, string>): ApolloServerPlugin<Context> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        // Refused where Apollo answers a refusal as the client's error; the text was parsed within maxTokens.
        didResolveOperation({ queryHash }) {
          if (manifest.has(queryHash)) return Promise.resolve();
          throw new GraphQLError('This server runs only its own persisted operations (GRAPHQL_SAFELIST): send one by its hash.', {
            extensions: { code: ErrorCode.PERSISTED_QUERY_NOT_ALLOWED, http: { status: 400 } },
          });
        },
      }),
  };
}

/** Apollo options for persisted operations; `safelist` keeps to the manifest's. */
export function persistedOperations(safelist: boolean, manifest = loadManifest()): Pick<ApolloServerOptions<Context>, 'persistedQueries' | 'plugins'> {
  return {
    persistedQueries: { cache: new PersistedOperations(manifest, !safelist) },
    plugins: safelist ? [safelistPlugin(manifest)] : [],
  };
}
