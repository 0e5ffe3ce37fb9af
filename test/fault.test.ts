import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { it } from 'node:test';
import { PROJECT_ROOT } from '../src/config.js';

/**
 * The small fault test: Neo4j (an instance of its own) is killed under load and started again.
 * The script checks its own requirements; this test also reads its report, so that a script
 * that stopped checking would be caught.
 */
it('survives Neo4j being killed under load: fast failures, recovery, no acknowledged write lost', () => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join('scripts', 'fault.ts'), '--small', '--bolt-port', '7718'], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    timeout: 600_000,
  });
  assert.equal(run.status, 0, `${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`);
  const report = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'test-artifacts', 'fault-small.json'), 'utf8')) as {
    duringOutage: { failed: number; failuresByCode: Record<string, number>; readyStatuses: number[] };
    afterRecovery: { requests: number; failed: number; readyStatuses: number[] };
    writes: { acknowledged: number; lost: number };
    recoverySeconds: number | null;
    processUp: boolean;
  };
  assert.ok(report.duringOutage.failed > 0);
  assert.deepEqual(Object.keys(report.duringOutage.failuresByCode), ['SERVICE_UNAVAILABLE']);
  assert.deepEqual(report.duringOutage.readyStatuses, [503]);
  assert.notEqual(report.recoverySeconds, null);
  assert.ok(report.afterRecovery.requests > 0);
  assert.equal(report.afterRecovery.failed, 0);
  assert.deepEqual(report.afterRecovery.readyStatuses, [200]);
  assert.ok(report.writes.acknowledged > 0);
  assert.equal(report.writes.lost, 0);
  assert.equal(report.processUp, true);
});
