import type { GraphVersion } from '../database.js';

/**
 * Reads of the graph's version, shared by the requests that want one.
 *
 * A read serves every request that arrives within `windowMs` of the moment it was sent, provided
 * the graph carries a window at least that long: every write waits that window out after its
 * commit before it returns (src/database.ts), so a write that has returned was committed before
 * any read still serving was sent, and a request arriving after the write returned never joins
 * a read that may predate it. A read the window no longer covers serves nobody new: the request
 * waits for the next read, which starts at once, or, when one is in flight, the moment it ends
 * (the one in flight was sent before the request arrived and may predate a write it must see).
 * With a window of 0 every request gets a read sent after it arrived.
 */
export class SharedVersionReads {
  /** The last read sent, in flight or answered, and when it was sent; forgotten when it fails. */
  private current: { readonly sentAt: number; readonly read: Promise<GraphVersion | null> } | null = null;
  private inFlight = false;
  /** The callers waiting for the next read, and how to hand it to them once it starts. */
  private waiting: { readonly read: Promise<GraphVersion | null>; readonly start: (read: Promise<GraphVersion | null>) => void } | null = null;

  constructor(
    private readonly read: () => Promise<GraphVersion | null>,
    private readonly windowMs: number,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  /** A version read that may serve a request arriving now. */
  async latest(): Promise<GraphVersion | null> {
    const arrived = this.clock();
    const recent = this.current;
    if (recent && arrived - recent.sentAt < this.windowMs) {
      const version = await recent.read;
      // Trust no longer a window than the graph carries, which is what the writers wait out.
      if (version === null || arrived - recent.sentAt < Math.min(this.windowMs, version.windowMs)) return version;
    }
    return this.next();
  }

  /** After a write of this process's own: no read sent before it serves again. */
  forget(): void {
    this.current = null;
  }

  private next(): Promise<GraphVersion | null> {
    if (!this.inFlight) return this.start();
    if (!this.waiting) {
      let start: (read: Promise<GraphVersion | null>) => void = () => undefined;
      const read = new Promise<GraphVersion | null>((resolve) => (start = resolve));
      this.waiting = { read, start };
    }
    return this.waiting.read;
  }

  private start(): Promise<GraphVersion | null> {
    this.inFlight = true;
    const sent = { sentAt: this.clock(), read: this.read() };
    this.current = sent;
    const done = (): void => {
      this.inFlight = false;
      const waiting = this.waiting;
      this.waiting = null;
      waiting?.start(this.start());
    };
    sent.read.then(done, () => {
      if (this.current === sent) this.current = null;
      done();
    });
    return sent.read;
  }
}
