import net from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A loopback TCP proxy in front of Neo4j that reads the Bolt protocol the API speaks and records
 * the text of every RUN message, i.e. every Cypher query sent. It sees the wire, not our code,
 * so it proves how many queries a request really costs.
 */
export class BoltRecorder {
  readonly queries: string[] = [];
  private readonly server: net.Server;
  private readonly sockets = new Set<net.Socket>();

  private constructor(target: { host: string; port: number }) {
    this.server = net.createServer((client) => {
      const upstream = net.connect(target.port, target.host);
      this.sockets.add(client).add(upstream);
      const parser = new BoltClientParser((query) => this.queries.push(query));
      client.on('data', (chunk: Buffer) => {
        parser.push(chunk);
        upstream.write(chunk);
      });
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

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

const RUN = 0x10;

const MANIFEST_V1 = 0x000001ff;

/**
 * Client-to-server Bolt: a 20-byte handshake; with the manifest handshake (Bolt 5.7+) the client
 * then names its version (4 bytes) and capabilities (a varint); then chunked messages
 * (2-byte size, 0x0000 ends one).
 */
class BoltClientParser {
  private buffer = Buffer.alloc(0);
  private stage: 'hello' | 'version' | 'messages' = 'hello';
  private manifest: boolean | undefined;
  private message: Buffer[] = [];

  constructor(private readonly onQuery: (query: string) => void) {}

  /** The server's first answer says whether it chose the manifest handshake. */
  serverSent(chunk: Buffer): void {
    if (this.manifest === undefined && chunk.length >= 4) this.manifest = chunk.readUInt32BE(0) === MANIFEST_V1;
  }

  push(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    if (this.stage === 'hello') {
      if (this.buffer.length < 20) return;
      this.buffer = this.buffer.subarray(20);
      this.stage = 'version';
    }
    if (this.stage === 'version') {
      // The client speaks again only after the server answered, so `manifest` is known here.
      if (this.buffer.length === 0) return;
      if (this.manifest) {
        const end = this.buffer.subarray(4).findIndex((byte) => (byte & 0x80) === 0);
        if (end < 0) return;
        this.buffer = this.buffer.subarray(4 + end + 1);
      }
      this.stage = 'messages';
    }
    while (this.buffer.length >= 2) {
      const size = this.buffer.readUInt16BE(0);
      if (size === 0) {
        this.buffer = this.buffer.subarray(2);
        this.finishMessage(Buffer.concat(this.message));
        this.message = [];
        continue;
      }
      if (this.buffer.length < 2 + size) return;
      this.message.push(this.buffer.subarray(2, 2 + size));
      this.buffer = this.buffer.subarray(2 + size);
    }
  }

  private finishMessage(message: Buffer): void {
    // A message is a PackStream struct: marker 0xB0-0xBF, then its signature byte.
    if (message.length < 2 || (message[0] ?? 0) >> 4 !== 0xb || message[1] !== RUN) return;
    this.onQuery(readString(message, 2));
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
