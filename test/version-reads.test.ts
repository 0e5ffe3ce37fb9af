import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SharedVersionReads } from '../src/cypher/version-reads.js';

/** A version read the test settles by hand, to see which callers share it. */
interface PendingRead {
  readonly promise: Promise<string | null>;
  settle(version: string | Error): void;
}

function controlledReads(): { reads: PendingRead[]; shared: SharedVersionReads } {
  const reads: PendingRead[] = [];
  const shared = new SharedVersionReads(() => {
    let settle: (version: string | Error) => void = () => undefined;
    const promise = new Promise<string | null>((resolve, reject) => {
      settle = (version) => (version instanceof Error ? reject(version) : resolve(version));
    });
    reads.push({ promise, settle });
    return promise;
  });
  return { reads, shared };
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('shared reads of the graph version', () => {
  it('gives every caller a read that started after it, one read for all who waited together', async () => {
    const { reads, shared } = controlledReads();
    const first = shared.latest();
    assert.equal(reads.length, 1, 'nothing in flight: a read starts at once');
    // These arrive while the first read runs: it may predate a write they must see.
    const waiting = [shared.latest(), shared.latest(), shared.latest()];
    assert.equal(reads.length, 1, 'the next read waits for the one in flight');
    reads[0]?.settle('v1');
    assert.equal(await first, 'v1');
    assert.equal(reads.length, 2, 'then one read starts for all three');
    reads[1]?.settle('v2');
    assert.deepEqual(await Promise.all(waiting), ['v2', 'v2', 'v2']);
    // Nothing in flight again: the next caller starts its own read.
    const later = shared.latest();
    assert.equal(reads.length, 3);
    reads[2]?.settle('v3');
    assert.equal(await later, 'v3');
  });

  it('fails the callers of a failed read, and still reads for those waiting behind it', async () => {
    const { reads, shared } = controlledReads();
    const failing = shared.latest();
    const behind = shared.latest();
    reads[0]?.settle(new Error('Neo4j went away'));
    await assert.rejects(failing, /went away/);
    assert.equal(reads.length, 2);
    reads[1]?.settle('v2');
    assert.equal(await behind, 'v2');
  });

  it("starts the waiting callers' read as the one before ends, so a caller after that waits for the next", async () => {
    const { reads, shared } = controlledReads();
    const a = shared.latest();
    const b = shared.latest();
    reads[0]?.settle('x1');
    assert.equal(await a, 'x1');
    assert.equal(reads.length, 2, "b's read started as a's ended");
    const c = shared.latest();
    assert.equal(reads.length, 2, 'c arrived after it started, so c waits');
    reads[1]?.settle('x2');
    assert.equal(await b, 'x2');
    await tick();
    assert.equal(reads.length, 3);
    reads[2]?.settle('x3');
    assert.equal(await c, 'x3');
  });
});
