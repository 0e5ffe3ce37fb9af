import net from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A loopback TCP proxy in front of Neo4j that reads the Bolt protocol the API speaks and records
 * the text of every RUN message, i.e. every Cypher query sent. It sees the wire, not our code,
 * so it proves how many queries a request really costs. It also counts BEGIN messages: a query
 * sent without one is an auto-commit transaction, which costs a round trip less. For tests of
 * error handling it can answer a chosen query with a FAILURE of its own instead of passing it on.
 */
export class BoltRecorder {
  readonly queries: string[] = [];
  /** Explicit transactions begun so far. */
  begins = 0;
  private readonly server: net.Server;
  private readonly sockets = new Set<net.Socket>();
  private failures: { readonly query: RegExp; readonly code: string; remaining: number } | null = null;

  private constructor(target: { host: string; port: number }) {
    this.server = net.createServer((client) => {
      const upstream = net.connect(target.port, target.host);
      this.sockets.add(client).add(upstream);
      // The PULL after a failed RUN is answered IGNORED, as a server would.
      let ignoreNextPull = false;
      const parser = new BoltClientParser((message, raw) => {
        if (message.signature === BEGIN) this.begins++;
        if (message.signature === RUN && message.query !== undefined) {
          this.queries.push(message.query);
          const failure = this.failures;
          if (failure && failure.remaining > 0 && failure.query.test(message.query)) {
            failure.remaining--;
            ignoreNextPull = true;
            client.write(chunked(failureMessage(failure.code)));
            return;
          }
        }
        if (message.signature === PULL && ignoreNextPull) {
          ignoreNextPull = false;
          client.write(chunked(Buffer.from([0xb0, IGNORED])));
          return;
        }
        upstream.write(raw);
      });
      client.on('data', (chunk: Buffer) => parser.push(chunk, (raw) => upstream.write(raw)));
      upstream.on('data', (chunk: Buffer) => {
        parser.serverSent(chunk);
        client.write(chunk);
      });
      const close = (): void => {
        client.destroy();
        upstream.destroy();
      };
      client.on('close', close).on('error', close);
      upstream.on('close', close).on('error', close);
    });
  }

  static async start(targetUri: string): Promise<BoltRecorder> {
    const url = new URL(targetUri);
    const recorder = new BoltRecorder({ host: url.hostname, port: Number(url.port || 7687) });
    await new Promise<void>((resolve) => recorder.server.listen(0, '127.0.0.1', () => resolve()));
    return recorder;
  }

  get uri(): string {
    return `bolt://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Queries recorded from now on, until the returned function is called. */
  async during(work: () => Promise<unknown>): Promise<string[]> {
    const start = this.queries.length;
    await work();
    return this.queries.slice(start);
  }

  /**
   * Answers the next `times` queries matching `query` with a FAILURE carrying `code`, without
   * passing them to Neo4j. Only for a connection at rest (the query is the first message the
   * client sends after its previous answers), where the FAILURE cannot overtake another answer.
   */
  failNext(query: RegExp, code: string, times = 1): void {
    this.failures = { query, code, remaining: times };
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

const RUN = 0x10;
const BEGIN = 0x11;
const PULL = 0x3f;
const FAILURE = 0x7f;
const IGNORED = 0x7e;

const MANIFEST_V1 = 0x000001ff;

/** A message as Bolt sends it: in one chunk, then the 0x0000 that ends it. */
function chunked(message: Buffer): Buffer {
  const size = Buffer.alloc(2);
  size.writeUInt16BE(message.length);
  return Buffer.concat([size, message, Buffer.alloc(2)]);
}

function packString(text: string): Buffer {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length < 16) return Buffer.concat([Buffer.from([0x80 | bytes.length]), bytes]);
  if (bytes.length > 255) throw new Error('a string this long is not needed here');
  return Buffer.concat([Buffer.from([0xd0, bytes.length]), bytes]);
}

/** FAILURE with the metadata of every Bolt 5 and 6 version: the classic code and the GQL fields. */
function failureMessage(code: string): Buffer {
  const fields: Record<string, string> = {
    code,
    neo4j_code: code,
    message: `Injected by the Bolt recorder: ${code}`,
    gql_status: '50N42',
    description: 'error: general processing exception - unexpected error',
  };
  const entries = Object.entries(fields).flatMap(([key, value]) => [packString(key), packString(value)]);
  return Buffer.concat([Buffer.from([0xb1, FAILURE, 0xa0 | Object.keys(fields).length]), ...entries]);
}

interface ClientMessage {
  readonly signature: number;
  /** A RUN message's Cypher text. */
  readonly query?: string;
}

/**
 * Client-to-server Bolt: a 20-byte handshake; with the manifest handshake (Bolt 5.7+) the client
 * then names its version (4 bytes) and capabilities (a varint); then chunked messages
 * (2-byte size, 0x0000 ends one). The handshake passes on as it comes; each message passes on
 * whole, once read, through `onMessage`.
 */
class BoltClientParser {
  private buffer = Buffer.alloc(0);
  private stage: 'hello' | 'version' | 'messages' = 'hello';
  private manifest: boolean | undefined;
  private message: Buffer[] = [];
  private raw: Buffer[] = [];

  constructor(private readonly onMessage: (message: ClientMessage, raw: Buffer) => void) {}

  /** The server's first answer says whether it chose the manifest handshake. */
  serverSent(chunk: Buffer): void {
    if (this.manifest === undefined && chunk.length >= 4) this.manifest = chunk.readUInt32BE(0) === MANIFEST_V1;
  }

  push(chunk: Buffer, passOn: (raw: Buffer) => void): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    if (this.stage === 'hello') {
      if (this.buffer.length < 20) return;
      passOn(this.buffer.subarray(0, 20));
      this.buffer = this.buffer.subarray(20);
      this.stage = 'version';
    }
    if (this.stage === 'version') {
      // The client speaks again only after the server answered, so `manifest` is known here.
      if (this.buffer.length === 0) return;
      if (this.manifest) {
        const end = this.buffer.subarray(4).findIndex((byte) => (byte & 0x80) === 0);
        if (end < 0) return;
        passOn(this.buffer.subarray(0, 4 + end + 1));
        this.buffer = this.buffer.subarray(4 + end + 1);
      }
      this.stage = 'messages';
    }
    while (this.buffer.length >= 2) {
      const size = this.buffer.readUInt16BE(0);
      if (size === 0) {
        this.raw.push(this.buffer.subarray(0, 2));
        this.buffer = this.buffer.subarray(2);
        this.finishMessage(Buffer.concat(this.message), Buffer.concat(this.raw));
        this.message = [];
        this.raw = [];
        continue;
      }
      if (this.buffer.length < 2 + size) return;
      this.message.push(this.buffer.subarray(2, 2 + size));
      this.raw.push(this.buffer.subarray(0, 2 + size));
      this.buffer = this.buffer.subarray(2 + size);
    }
  }

  private finishMessage(message: Buffer, raw: Buffer): void {
    // A message is a PackStream struct: marker 0xB0-0xBF, then its signature byte.
    const signature = message.length >= 2 && (message[0] ?? 0) >> 4 === 0xb ? (message[1] ?? -1) : -1;
    this.onMessage({ signature, query: signature === RUN ? readString(message, 2) : undefined }, raw);
  }
}

function readString(data: Buffer, offset: number): string {
  const marker = data[offset] ?? 0;
  if (marker >> 4 === 0x8) return data.toString('utf8', offset + 1, offset + 1 + (marker & 0x0f));
  if (marker === 0xd0) return data.toString('utf8', offset + 2, offset + 2 + (data[offset + 1] ?? 0));
  if (marker === 0xd1) return data.toString('utf8', offset + 3, offset + 3 + data.readUInt16BE(offset + 1));
  if (marker === 0xd2) return data.toString('utf8', offset + 5, offset + 5 + data.readUInt32BE(offset + 1));
  throw new Error(`RUN message without a query string (marker 0x${marker.toString(16)})`);
}
