import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { it } from 'node:test';
import { PROJECT_ROOT } from '../src/config.js';
import { freePort } from './helpers.js';

/** Graceful shutdown of the process `npm start` runs: on SIGTERM it stops accepting, finishes what is in flight, then exits. */
it('on SIGTERM refuses new connections, answers the request in flight, closes the driver and exits 0', async () => {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'src', 'main.ts')], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  const logged = (text: string): Promise<void> =>
    new Promise((resolve, reject) => {
      const check = (): void => void (log.includes(text) && resolve());
      child.stderr.on('data', (chunk: Buffer) => {
        log += chunk.toString();
        check();
      });
      child.once('exit', (code) => reject(new Error(`exited with ${code} before logging "${text}": ${log.slice(-2000)}`)));
      check();
    });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  try {
    await logged('GraphQL ready');
    // A request whose body is still arriving when the signal comes: in flight by any measure.
    const body = JSON.stringify({ query: '{ node(id: "person:zhang-qin") { id nameEn } }' });
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const request = http.request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
      });
      request.on('error', reject);
      request.write(body.slice(0, 10));
      setTimeout(() => {
        child.kill('SIGTERM');
        void logged('Stopping').then(async () => {
          await assert.rejects(fetch(`http://127.0.0.1:${port}/health`), 'a new connection is refused while stopping');
          request.end(body.slice(10));
        }, reject);
      }, 300);
    });
    const { status, text } = await answer;
    assert.equal(status, 200, text);
    assert.deepEqual(JSON.parse(text), { data: { node: { id: 'person:zhang-qin', nameEn: 'Zhang Qin' } } });
    assert.equal(await exited, 0);
    assert.ok(log.indexOf('Stopped') > log.indexOf('Stopping'), log.slice(-1000));
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
});
