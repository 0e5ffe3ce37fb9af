import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SharedVersionReads } from '../src/cypher/version-reads.js';
import type { GraphVersion } from '../src/database.js';

/** A version read the test settles by hand, to see which callers share it. */
interface PendingRead {
  readonly promise: Promise<GraphVersion | null>;
  /** Answers with a token (and the window the graph carries, by default the reader's own), or fails. */
  settle(token: string | Error, windowMs?: number): void;
}

/** Shared reads with a window of `windowMs` on a clock the test moves by hand (`clock.now`). */
function controlledReads(windowMs = 0): { reads: PendingRead[]; shared: SharedVersionReads; clock: { now: number } } {
  const reads: PendingRead[] = [];
  const clock = { now: 0 };
  const read = (): Promise<GraphVersion | null> => {
    let settle: PendingRead['settle'] = () => undefined;
    const promise = new Promise<GraphVersion | null>((resolve, reject) => {
      settle = (token, carried = windowMs) => (token instanceof Error ? reject(token) : resolve({ token, windowMs: carried }));
    });
    reads.push({ promise, settle });
    return promise;
  };
  return { reads, shared: new SharedVersionReads(read, windowMs, () => clock.now), clock };
}

/** The tokens of version reads. */
const tokens = async (versions: Promise<GraphVersion | null>[]): Promise<(string | undefined)[]> =>
  (await Promise.all(versions)).map((version) => version?.token);

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Checks that read number `index` (from 0) has been sent for `caller`, answers it with `token`, and that the caller gets it. */
async function answeredBy(reads: PendingRead[], index: number, caller: Promise<(string | undefined)[]>, token: string): Promise<void> {
  await tick();
  assert.equal(reads.length, index + 1, `read ${index + 1} was sent`);
  reads[index]?.settle(token);
  assert.deepEqual(await caller, [token]);
}

describe('shared reads of the graph version', () => {
  it('gives every caller a read that started after it, one read for all who waited together', async () => {
    const { reads, shared } = controlledReads();
    const first = tokens([shared.latest()]);
    assert.equal(reads.length, 1, 'nothing in flight: a read starts at once');
    // These arrive while the first read runs: it may predate a write they must see.
    const waiting = [shared.latest(), shared.latest(), shared.latest()];
    assert.equal(reads.length, 1, 'the next read waits for the one in flight');
    reads[0]?.settle('v1');
    assert.deepEqual(await first, ['v1']);
    assert.equal(reads.length, 2, 'then one read starts for all three');
    reads[1]?.settle('v2');
    assert.deepEqual(await tokens(waiting), ['v2', 'v2', 'v2']);
    // Nothing in flight again: the next caller starts its own read.
    const later = tokens([shared.latest()]);
    assert.equal(reads.length, 3);
    reads[2]?.settle('v3');
    assert.deepEqual(await later, ['v3']);
  });

  it('fails the callers of a failed read, and still reads for those waiting behind it', async () => {
    const { reads, shared } = controlledReads();
    const failing = shared.latest();
    const behind = tokens([shared.latest()]);
    reads[0]?.settle(new Error('Neo4j went away'));
    await assert.rejects(failing, /went away/);
    assert.equal(reads.length, 2);
    reads[1]?.settle('v2');
    assert.deepEqual(await behind, ['v2']);
  });

  it("starts the waiting callers' read as the one before ends, so a caller after that waits for the next", async () => {
    const { reads, shared } = controlledReads();
    const a = tokens([shared.latest()]);
    const b = tokens([shared.latest()]);
    reads[0]?.settle('x1');
    assert.deepEqual(await a, ['x1']);
    assert.equal(reads.length, 2, "b's read started as a's ended");
    const c = tokens([shared.latest()]);
    assert.equal(reads.length, 2, 'c arrived after it started, so c waits');
    reads[1]?.settle('x2');
    assert.deepEqual(await b, ['x2']);
    await answeredBy(reads, 2, c, 'x3');
  });

  it('lets one read serve the callers that arrive within the window of its sending, in flight or answered', async () => {
    const { reads, shared, clock } = controlledReads(50);
    const first = shared.latest();
    clock.now = 20;
    const joined = shared.latest();
    await tick();
    assert.equal(reads.length, 1, 'sent 20 ms before, within 50: shared while in flight');
    reads[0]?.settle('w1');
    clock.now = 49;
    assert.deepEqual(await tokens([first, joined, shared.latest()]), ['w1', 'w1', 'w1']);
    assert.equal(reads.length, 1, 'and once answered');
    // At 50 ms the read may predate a write that has since waited its window out and returned.
    clock.now = 50;
    await answeredBy(reads, 1, tokens([shared.latest()]), 'w2');
  });

  it("trusts no longer a window than the graph carries, nor a read sent before the process's own write", async () => {
    const { reads, shared, clock } = controlledReads(50);
    const first = tokens([shared.latest()]);
    // The graph carries 10 ms (the window was wiped and announced shorter): writers wait only that.
    reads[0]?.settle('s1', 10);
    assert.deepEqual(await first, ['s1']);
    clock.now = 5;
    assert.deepEqual(await tokens([shared.latest()]), ['s1'], 'within 10 ms');
    assert.equal(reads.length, 1);
    // Past what the graph carries: a read of its own.
    clock.now = 30;
    await answeredBy(reads, 1, tokens([shared.latest()]), 's2');
    clock.now = 31;
    // After a write of its own, the last read serves no one.
    shared.forget();
    await answeredBy(reads, 2, tokens([shared.latest()]), 's3');
  });

  it('does not let a failed read serve the callers after it, within the window or not', async () => {
    const { reads, shared, clock } = controlledReads(50);
    const failing = shared.latest();
    reads[0]?.settle(new Error('Neo4j went away'));
    await assert.rejects(failing, /went away/);
    clock.now = 1;
    await answeredBy(reads, 1, tokens([shared.latest()]), 'f2');
  });
});
