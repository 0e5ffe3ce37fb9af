import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadConfig, PROJECT_ROOT } from '../src/config.js';
import { DEFAULT_LIMITS } from '../src/config.js';
import { DashboardDocument, NeighborhoodDocument, NodeDetailsDocument, PathDocument, SearchDocument } from '../web/src/__generated__/graphql.js';
import { EXAMPLES } from '../web/src/examples.js';
import { gql, startApi, testDriver, type GraphQLResponse, type RunningApi } from './helpers.js';

/** Query limits: each one rejects what exceeds it, says which limit it was, and lets our own operations through. */
let api: RunningApi;
before(async () => {
  api = await startApi();
});
after(async () => {
  await api.close();
});

function firstError(response: GraphQLResponse<unknown>): { message: string; code: unknown; limit: unknown } {
  const error = response.errors?.[0];
  assert.ok(error, `expected an error, got ${JSON.stringify(response).slice(0, 300)}`);
  return { message: error.message, code: error.extensions?.code, limit: error.extensions?.limit };
}

const nested = (depth: number): string => {
  let selection = 'id';
  for (let level = 0; level < depth; level++) selection = `posts { edges { node { postHolders { edges { node { ${selection} } } } } } }`;
  return `{ node(id: "person:zhang-qin") { ... on Person { ${selection} } } }`;
};

describe('query limits', () => {
  it('rejects a depth bomb, naming the depth limit', async () => {
    const { message } = firstError(await gql(api.url, nested(5)));
    assert.match(message, /depth limit of 25/i);
  });

  it('rejects an alias bomb, naming the alias limit', async () => {
    const aliases = Array.from({ length: DEFAULT_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: node(id: "person:zhang-qin") { id }`).join(' ');
    const { message } = firstError(await gql(api.url, `{ ${aliases} }`));
    assert.match(message, /aliases limit of 30/i);
  });

  it('rejects too many directives, naming the directive limit', async () => {
    const directives = Array.from({ length: DEFAULT_LIMITS.maxDirectives + 1 }, () => '@include(if: true)').join(' ');
    const { message } = firstError(await gql(api.url, `{ node(id: "person:zhang-qin") { id ${directives} } }`));
    assert.match(message, /directives limit of 20/i);
  });

  it('rejects a document of too many tokens, naming the token limit', async () => {
    const fields = Array.from({ length: DEFAULT_LIMITS.maxTokens }, () => 'id').join(' ');
    const { message } = firstError(await gql(api.url, `{ node(id: "person:zhang-qin") { ${fields} } }`));
    assert.match(message, /more tha[nt] 3000 tokens/i);
  });

  it('counts list sizes in the cost, and says so when the cost is too high', async () => {
    const query = `{ people(first: 100) { edges { node { posts(first: 100) { edges { node { postHolders(first: 100) { edges { node { id } } } } } } } } } }`;
    const response = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    assert.equal(response.status, 400);
    const { message, code, limit } = firstError((await response.json()) as GraphQLResponse<unknown>);
    assert.equal(code, 'QUERY_LIMIT');
    assert.equal(limit, 'maxCost');
    assert.match(message, /cost limit: this operation costs \d+, more than the limit of 300000/i);
  });

  it('refuses a page larger than the page size limit, in a literal or a variable', async () => {
    const literal = firstError(await gql(api.url, '{ people(first: 101) { totalCount } }'));
    assert.deepEqual([literal.code, literal.limit], ['QUERY_LIMIT', 'maxPageSize']);
    assert.match(literal.message, /people\(first: 101\) asks for more than 100/);
    const variable = firstError(await gql(api.url, 'query ($n: Int) { search(text: "zhang", first: $n) { score } }', { n: 5000 }));
    assert.equal(variable.limit, 'maxPageSize');
  });

  it('refuses batched requests unless configured', async () => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    assert.equal(response.status, 400);
    assert.match(await response.text(), /batch/i);
  });

  it('lets every operation of the web pages, the README and the benchmark through', async () => {
    const documents = [
      ...[SearchDocument, NeighborhoodDocument, NodeDetailsDocument, PathDocument, DashboardDocument].map(String),
      ...EXAMPLES,
      ...readdirSync(path.join(PROJECT_ROOT, 'bench', 'queries')).map((file) => readFileSync(path.join(PROJECT_ROOT, 'bench', 'queries', file), 'utf8')),
    ];
    const variables = {
      id: 'person:zhang-qin',
      text: 'zhang',
      first: 20,
      limit: 100,
      offset: 0,
      from: 'person:zhang-qin',
      to: 'region:320000',
      province: 'region:320000',
    };
    for (const query of documents) {
      const response = await gql(api.url, query, variables);
      assert.deepEqual(response.errors ?? [], [], query.slice(0, 80));
    }
  });
});

describe('configured limits and production mode', () => {
  let strict: RunningApi;
  before(async () => {
    strict = await startApi(testDriver(), { limits: { ...DEFAULT_LIMITS, maxDepth: 4, maxPageSize: 10, production: true } });
  });
  after(async () => {
    await strict.close();
  });

  it('applies the configured depth and page size', async () => {
    assert.match(firstError(await gql(strict.url, '{ people { edges { node { posts { edges { node { id } } } } } } }')).message, /depth limit of 4/i);
    assert.match(firstError(await gql(strict.url, '{ people(first: 11) { totalCount } }')).message, /more than 10 items/);
  });

  it('turns introspection off', async () => {
    const { message } = firstError(await gql(strict.url, '{ __schema { types { name } } }'));
    assert.match(message, /introspection/i);
  });

  it('hides field suggestions that would reveal the schema', async () => {
    const open = firstError(await gql(api.url, '{ node(id: "x") { nameE } }'));
    assert.match(open.message, /Did you mean/);
    const hidden = firstError(await gql(strict.url, '{ node(id: "x") { nameE } }'));
    assert.doesNotMatch(hidden.message, /Did you mean/);
  });
});

describe('a page size limit below the default page size', () => {
  let small: RunningApi;
  let costly: RunningApi;
  before(async () => {
    const limits = loadConfig({ ...process.env, GRAPHQL_MAX_PAGE_SIZE: '5' }).limits;
    small = await startApi(testDriver(), { limits });
    // Every operation is refused here, with its cost in the message.
    costly = await startApi(testDriver(), { limits: { ...limits, maxCost: 1 } });
  });
  after(async () => {
    await small.close();
    await costly.close();
  });

  it('shrinks the default page to the limit, at the root and nested, in search and in the audit trail', async () => {
    type Page = { edges: unknown[]; pageInfo: { hasNextPage: boolean } };
    const response = await gql<{ regions: Page; node: { parts: Page }; search: unknown[]; auditTrail: { edges: unknown[] } }>(
      small.url,
      `{ regions { edges { node { id } } pageInfo { hasNextPage } }
         node(id: "region:320000") { ... on Region { parts { edges { node { id } } pageInfo { hasNextPage } } } }
         search(text: "市") { score }
         auditTrail { edges { cursor } } }`,
    );
    assert.equal(response.errors, undefined, JSON.stringify(response.errors));
    assert.equal(response.data?.regions.edges.length, 5);
    assert.equal(response.data?.regions.pageInfo.hasNextPage, true);
    assert.equal(response.data?.node.parts.edges.length, 5);
    assert.equal(response.data?.node.parts.pageInfo.hasNextPage, true);
    assert.equal(response.data?.search.length, 5);
    assert.ok((response.data?.auditTrail.edges.length ?? 0) <= 5);
  });

  it('still refuses an explicit first above the limit, naming maxPageSize', async () => {
    for (const query of ['{ regions(first: 6) { totalCount } }', '{ search(text: "市", first: 6) { score } }', '{ auditTrail(first: 6) { totalCount } }']) {
      const response = await gql(small.url, query);
      const { code, limit } = firstError(response);
      assert.deepEqual([code, limit, response.errors?.[0]?.extensions?.argument], ['QUERY_LIMIT', 'maxPageSize', 'first'], query);
    }
    assert.equal((await gql(small.url, '{ regions(first: 5) { totalCount } }')).errors, undefined);
  });

  it('counts a default page at the limit in the cost', async () => {
    const costOf = async (query: string): Promise<number> => Number(/costs (\d+)/.exec(firstError(await gql(costly.url, query)).message)?.[1]);
    const implicit = await costOf('{ regions { edges { node { id parts { edges { node { id } } } } } } }');
    // Counted at 20 per level, the default pages would cost 16 times as much.
    assert.equal(implicit, await costOf('{ regions(first: 5) { edges { node { id parts(first: 5) { edges { node { id } } } } } } }'));
  });

  it('costs what Neo4j must read: a name filter more than an id, an aggregation over the graph more than a row', async () => {
    const costOf = async (query: string): Promise<number> => Number(/costs (\d+)/.exec(firstError(await gql(costly.url, query)).message)?.[1]);
    const byId = await costOf('{ people(where: { id: "person:zhang-qin" }) { totalCount } }');
    const byName = await costOf('{ people(where: { name: "zhang" }) { totalCount } }');
    assert.ok(byName >= byId + 4000, `${byName} against ${byId}`);
    const entityCounts = await costOf('{ entityCounts { count } }');
    const sourceCoverage = await costOf('{ sourceCoverage { nodes } }');
    assert.ok(sourceCoverage > entityCounts && entityCounts > 1000, `${sourceCoverage}, ${entityCounts}`);
  });
});

describe('the costs the README states', () => {
  let priced: RunningApi;
  before(async () => {
    // Every operation is refused here, with its cost under the default limits in the message.
    priced = await startApi(testDriver(), { limits: { ...DEFAULT_LIMITS, maxCost: 1 } });
  });
  after(async () => {
    await priced.close();
  });

  it("are the dashboard's own query's and the three-level benchmark query's", async () => {
    const costOf = async (query: string, variables: Record<string, unknown> = {}): Promise<string> => {
      const cost = Number(/costs (\d+)/.exec(firstError(await gql(priced.url, query, variables)).message)?.[1]);
      assert.ok(cost > 1, query.slice(0, 60));
      return cost.toLocaleString('en');
    };
    const readme = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    const dashboard = await costOf(String(DashboardDocument));
    const nestedQuery = await costOf(readFileSync(path.join(PROJECT_ROOT, 'bench', 'queries', 'entity-nested.graphql'), 'utf8'), { id: 'person:zhang-qin' });
    assert.ok(readme.includes(`own query costs ${dashboard}, the three-level benchmark query ${nestedQuery};`), `${dashboard}, ${nestedQuery}`);
    assert.ok(readme.includes(`One GraphQL request (cost ${dashboard}) feeds the page`), dashboard);
  });
});
