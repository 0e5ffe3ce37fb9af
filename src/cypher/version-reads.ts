/**
 * Reads of the graph's version, shared by the requests that wait for one. A read already sent
 * when a request arrives may predate a write that had committed by then, so that request waits
 * for the next read, which starts the moment the one in flight ends. Every request thus gets a
 * version read that began after it arrived; under load one read serves every request that
 * arrived while the previous one ran, instead of one read each.
 */
export class SharedVersionReads {
  private inFlight = false;
  /** The callers waiting for the next read, and how to hand it to them once it starts. */
  private waiting: { readonly read: Promise<string | null>; readonly start: (read: Promise<string | null>) => void } | null = null;

  constructor(private readonly read: () => Promise<string | null>) {}

  /** A version read that starts no earlier than this call. */
  latest(): Promise<string | null> {
    if (!this.inFlight) return this.start();
    if (!this.waiting) {
      let start: (read: Promise<string | null>) => void = () => undefined;
      const read = new Promise<string | null>((resolve) => (start = resolve));
      this.waiting = { read, start };
    }
    return this.waiting.read;
  }

  private start(): Promise<string | null> {
    this.inFlight = true;
    const read = this.read();
    const done = (): void => {
      this.inFlight = false;
      const waiting = this.waiting;
      this.waiting = null;
      waiting?.start(this.start());
    };
    read.then(done, done);
    return read;
  }
}
