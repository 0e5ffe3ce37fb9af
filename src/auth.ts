import { createHash, timingSafeEqual } from 'node:crypto';

/** What a caller may do: readers query, editors also change the graph. */
export type Role = 'reader' | 'editor';

/** Who is calling, as far as the request's bearer token says. */
export interface Caller {
  /** The token's configured name (never the token itself): what the audit trail records. */
  readonly name: string;
  readonly role: Role;
}

export const ANONYMOUS: Caller = { name: 'anonymous', role: 'reader' };

export interface AuthConfig {
  readonly tokens: readonly { readonly name: string; readonly role: Role; readonly digest: Buffer }[];
  /** Whether a request without a token may read. */
  readonly anonymousRead: boolean;
}

export class AuthConfigError extends Error {
  override readonly name = 'AuthConfigError';
}

const digest = (secret: string): Buffer => createHash('sha256').update(secret, 'utf8').digest();

/** Tokens shorter than this are refused at start-up: they could be guessed. */
const MIN_TOKEN_LENGTH = 16;

/**
 * Parses API_TOKENS: comma-separated `name:role:token` entries, e.g.
 * `API_TOKENS="alice:editor:<32 random chars>,dashboard:reader:<...>"`. Only digests are kept.
 */
export function parseTokens(raw: string | undefined): AuthConfig['tokens'] {
  if (!raw || raw.trim() === '') return [];
  return raw.split(',').map((entry, index) => {
    const [name, role, ...rest] = entry.trim().split(':');
    const token = rest.join(':');
    if (!name || !/^[\w.-]{1,64}$/.test(name))
      throw new AuthConfigError(`API_TOKENS entry ${index + 1}: the name must be 1 to 64 letters, digits, '.', '_' or '-'.`);
    if (role !== 'reader' && role !== 'editor')
      throw new AuthConfigError(`API_TOKENS entry ${index + 1} (${name}): the role must be reader or editor, not "${role ?? ''}".`);
    if (token.length < MIN_TOKEN_LENGTH)
      throw new AuthConfigError(`API_TOKENS entry ${index + 1} (${name}): the token must be at least ${MIN_TOKEN_LENGTH} characters.`);
    return { name, role, digest: digest(token) };
  });
}

export type Authentication = { readonly ok: true; readonly caller: Caller } | { readonly ok: false; readonly reason: string };

/**
 * The caller an Authorization header names. Digests of equal length are compared in constant
 * time, and every configured token is compared, so the time taken says nothing about which
 * token, or how much of one, matched.
 */
export function authenticate(config: AuthConfig, header: string | undefined): Authentication {
  if (header === undefined || header === '') {
    return config.anonymousRead ? { ok: true, caller: ANONYMOUS } : { ok: false, reason: 'A bearer token is required.' };
  }
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) return { ok: false, reason: 'The Authorization header must be "Bearer <token>".' };
  const offered = digest(match[1]);
  let found: Caller | undefined;
  for (const token of config.tokens) {
    if (timingSafeEqual(offered, token.digest) && found === undefined) found = { name: token.name, role: token.role };
  }
  return found ? { ok: true, caller: found } : { ok: false, reason: 'The bearer token is not valid.' };
}
