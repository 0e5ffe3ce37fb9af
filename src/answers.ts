import type { IncomingMessage, ServerResponse } from 'node:http';
import { Kind, OperationTypeNode, type OperationDefinitionNode } from 'graphql';
import { LRUCache } from 'lru-cache';

/**
 * Whole answers to repeated read requests, served before Express and Apollo run at all.
 *
 * The key is the request as sent: its Accept header (which picks the answer's media type) and
 * its body, byte for byte. The query cache (src/cypher/query-cache.ts) still runs each root
 * field's translation and graphql-js still completes every field of a hit; on a page that asks
 * the same thing again, that work is the same every time, and it is most of a hit's cost.
 *
 * An answer is kept only when Apollo has just produced it for a query whose every root field was
 * answered at one graph version (GraphStore.answerVersion): no errors, nothing answered outside
 * the versioned path, nothing written in between. It is served again only to a request whose
 * version read (shared, within the window, as for any root field) returns that same version.
 * A request the cache may not answer, or does not hold, goes on to Express as before, with the
 * body it already read.
 */

/** Bodies larger than this go straight to Express, which reads them up to its 1 MB limit. */
export const MAX_KEYED_BODY = 16 * 1024;

/** A kept answer: the bytes Apollo sent and what they were sent as. */
export interface KeptAnswer {
  readonly token: string;
  readonly body: Buffer;
  readonly contentType: string;
  /** For the metrics, as if the operation had run. */
  readonly operationName: string | undefined;
  /** Root fields, counted as query cache hits when the answer is served. */
  readonly fields: number;
}

/** A request handed on to Apollo that may be kept: the plugin fills in `keep` when its answer qualifies. */
export interface AnswerSlot {
  readonly key: string;
  keep?: Omit<KeptAnswer, 'body' | 'contentType'>;
}

export class AnswerCache {
  private readonly entries: LRUCache<string, KeptAnswer>;

  constructor(maxBytes: number) {
    this.entries = new LRUCache({ maxSize: maxBytes, sizeCalculation: (answer, key) => answer.body.length + key.length });
  }

  get(key: string): KeptAnswer | undefined {
    return this.entries.get(key);
  }

  set(key: string, answer: KeptAnswer): void {
    this.entries.set(key, answer);
  }

  delete(key: string): void {
    this.entries.delete(key);
  }
}

/**
 * Whether a request is one the cache or the prepared path (src/prepared.ts) may answer: a POST of
 * a small JSON body in UTF-8 with no content encoding and a declared length. Anything else is
 * left unread for Express.
 */
export function mayAnswer(request: IncomingMessage): boolean {
  if (request.method !== 'POST' || request.url !== '/graphql') return false;
  const length = Number(request.headers['content-length']);
  if (!(length > 0 && length <= MAX_KEYED_BODY)) return false;
  const encoding = request.headers['content-encoding'];
  if (encoding !== undefined && encoding !== 'identity') return false;
  const type = (request.headers['content-type'] ?? '').toLowerCase().replaceAll(' ', '');
  return type === 'application/json' || type === 'application/json;charset=utf-8';
}

/** Reads the whole body of a request mayAnswer accepted. */
export function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

export function keyOf(request: IncomingMessage, body: Buffer): string {
  return `${request.headers.accept ?? ''}\n${body.toString('utf8')}`;
}

/**
 * The root fields of a query whose answer may be kept, or null: only plain fields, so that the
 * count says how many root fields the versioned path must have answered (a directive or a
 * fragment at the root could leave some out, and `__typename` reads no graph).
 */
export function keptRootFields(operation: OperationDefinitionNode | undefined): number | null {
  if (operation?.operation !== OperationTypeNode.QUERY) return null;
  let fields = 0;
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD || selection.name.value.startsWith('__') || (selection.directives?.length ?? 0) > 0) return null;
    fields++;
  }
  return fields;
}

/**
 * Calls `sent` with the bytes of a 200 answer as they leave, and its media type: so that what a
 * cache keeps of Apollo's answer is exactly what Apollo sent.
 */
export function whenSent(response: ServerResponse, sent: (body: Buffer, contentType: string) => void): void {
  const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
  response.end = ((...args: unknown[]) => {
    const [chunk] = args;
    const contentType = response.getHeader('content-type');
    if (response.statusCode === 200 && typeof contentType === 'string') {
      const body = Buffer.isBuffer(chunk) ? chunk : typeof chunk === 'string' ? Buffer.from(chunk) : null;
      if (body) sent(body, contentType);
    }
    return end(...args);
  }) as ServerResponse['end'];
}

/** Keeps the answer of a request handed on to Apollo once it is sent, if the plugin found it qualifies. */
export function keepOnSend(response: ServerResponse, slot: AnswerSlot, cache: AnswerCache): void {
  whenSent(response, (body, contentType) => {
    if (slot.keep) cache.set(slot.key, { ...slot.keep, body, contentType });
  });
}

/**
 * What to keep of an answer without errors to `operation`, or undefined: only a query whose every
 * root field was answered at one graph version (`answerVersion`, the request's GraphStore).
 */
export function keepable(operation: OperationDefinitionNode | undefined, answerVersion: (fields: number) => string | null): AnswerSlot['keep'] {
  const fields = keptRootFields(operation);
  const token = fields === null ? null : answerVersion(fields);
  return fields !== null && token !== null ? { token, operationName: operation?.name?.value, fields } : undefined;
}
