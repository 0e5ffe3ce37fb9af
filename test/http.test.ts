import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { stripVTControlCharacters } from 'node:util';
import { PROJECT_ROOT } from '../src/config.js';
import { startApi, type RunningApi } from './helpers.js';

/** GraphQL over HTTP as the specification has it, request ids and the request log. */
let api: RunningApi;
before(async () => {
  api = await startApi();
});
after(async () => {
  await api.close();
});

const post = (body: string, headers: Record<string, string> = {}): Promise<Response> =>
  fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('GraphQL over HTTP', () => {
  it('answers a query sent by GET, when the request cannot be a cross-site one', async () => {
    const url = `${api.url}?query=${encodeURIComponent('{ node(id: "region:320000") { id } }')}`;
    const response = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { data: { node: { id: 'region:320000' } } });
    // Not kept by a browser or proxy: the next read after a write must see it.
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const failed = await fetch(`${api.url}?query=${encodeURIComponent('{ nope }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    assert.equal(failed.status, 400);
    assert.equal(failed.headers.get('cache-control'), 'no-store');
  });

  it('refuses a GET that a browser could send cross-site without a preflight (CSRF prevention)', async () => {
    const response = await fetch(`${api.url}?query=${encodeURIComponent('{ __typename }')}`);
    assert.equal(response.status, 400);
    assert.match(await response.text(), /CSRF/);
  });

  it('refuses a POST with a content type a form could send', async () => {
    const response = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ __typename }"}' });
    assert.equal(response.status, 400);
  });

  it('answers application/graphql-response+json when asked, with 400 for an invalid document', async () => {
    const accept = { accept: 'application/graphql-response+json' };
    const ok = await post(JSON.stringify({ query: '{ __typename }' }), accept);
    assert.equal(ok.status, 200);
    assert.match(ok.headers.get('content-type') ?? '', /^application\/graphql-response\+json/);
    const invalid = await post(JSON.stringify({ query: '{ nope }' }), accept);
    assert.equal(invalid.status, 400);
    const unparsable = await post(JSON.stringify({ query: '{' }), accept);
    assert.equal(unparsable.status, 400);
  });

  it('answers malformed JSON and oversized bodies with a GraphQL-shaped error, not a page', async () => {
    const malformed = await post('{"query": "{ __typename }"');
    assert.equal(malformed.status, 400);
    assert.match(malformed.headers.get('content-type') ?? '', /json/);
    const body = (await malformed.json()) as { errors: { message: string; extensions: { code: string } }[] };
    assert.equal(body.errors[0]?.extensions.code, 'BAD_REQUEST');
    assert.match(body.errors[0]?.message ?? '', /not valid JSON/);
    const huge = await post(JSON.stringify({ query: `{ __typename } # ${'x'.repeat(1_100_000)}` }));
    assert.equal(huge.status, 413);
  });
});

describe('request ids and the request log', () => {
  it('gives every response an id, keeps a sane one the client sent, and replaces an unsafe one', async () => {
    const fresh = await post(JSON.stringify({ query: '{ __typename }' }));
    assert.match(fresh.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/);
    const kept = await post(JSON.stringify({ query: '{ __typename }' }), { 'x-request-id': 'client-42' });
    assert.equal(kept.headers.get('x-request-id'), 'client-42');
    const unsafe = `<script>alert(1)</script> ${'x'.repeat(200)}`;
    const replaced = await post(JSON.stringify({ query: '{ __typename }' }), { 'x-request-id': unsafe });
    assert.match(replaced.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/);
  });

  it('logs each request as JSON with its id and status, and never the token it carried', async () => {
    const secret = 'not-a-real-token-but-secret-0123456789';
    await post(JSON.stringify({ query: '{ __typename }' }), { 'x-request-id': 'log-check-7', authorization: `Bearer ${secret}` });
    const lines = api.logged.map((line) => JSON.parse(line) as Record<string, unknown>);
    const line = lines.find((entry) => entry.requestId === 'log-check-7' && entry.message === 'request');
    assert.ok(line, 'the request is logged with its id');
    // A token the server does not know is refused; the refusal is logged, the token is not.
    assert.equal(line.status, 401);
    assert.equal(line.method, 'POST');
    assert.equal(typeof line.ms, 'number');
    assert.match(String(line.time), /^\d{4}-\d\d-\d\dT/);
    assert.equal(api.logged.join('\n').includes(secret), false);
  });
});

describe('the log on stderr', () => {
  const program = "const { logger } = await import('./src/log.ts'); logger.info('log format check', { answer: 42, token: 'hidden-secret' });";
  const node = [process.execPath, '--import', 'tsx', '--input-type=module', '-e', JSON.stringify(program)].join(' ');

  it('is one JSON object per line when stderr is not a terminal', () => {
    const run = spawnSync('sh', ['-c', `${node} 2>&1`], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stdout);
    const line = JSON.parse(run.stdout.trim()) as Record<string, unknown>;
    assert.equal(line.level, 'info');
    assert.equal(line.message, 'log format check');
    assert.equal(line.answer, 42);
    assert.equal(line.token, '[redacted]');
  });

  it('is readable lines when stderr is a terminal', (t) => {
    // util-linux `script` runs the program on a pseudo-terminal.
    const run = spawnSync('script', ['-qec', node, '/dev/null'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    if (run.error) return t.skip('no `script` to give the program a terminal');
    assert.equal(run.status, 0, run.stdout);
    const text = stripVTControlCharacters(run.stdout);
    assert.match(text, /^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: log format check\r?$/m);
    assert.match(text, /^ {4}answer: 42\r?$/m);
    assert.match(text, /token: "\[redacted\]"/);
    assert.equal(text.includes('hidden-secret'), false);
    assert.equal(text.includes('{"level"'), false);
  });
});
