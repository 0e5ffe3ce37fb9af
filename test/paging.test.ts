import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parseTokens } from '../src/auth.js';
import { data, gql, graphChecksum, startApi, testDriver, type GraphQLResponse, type RunningApi, reloadSeed } from './helpers.js';

/**
 * Keyset cursors: a page starts strictly after its cursor's sort key, so every row is visited
 * once whatever the nulls in the order and whatever is written meanwhile; a cursor only serves
 * the list, filter and order that issued it.
 */
const EDITOR = 'editor-token-for-paging-tests';
const AS_EDITOR = { authorization: `Bearer ${EDITOR}` };
const AUTH = { tokens: parseTokens(`pager:editor:${EDITOR}`), anonymousRead: true };
const QUOTE = { source: 'source:nanjing-2008-en', quote: 'SIPO Deputy Commissioner Zhang Qin' };
const CREATE_ENTITY = 'mutation($input: CreateEntityInput!) { createEntity(input: $input) { id auditId } }';

let api: RunningApi;
before(async () => {
  api = await startApi(testDriver(), { auth: AUTH });
});
after(async () => {
  await reloadSeed(api.driver);
  await api.close();
});

interface Connection<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: { cursor: string; node: T }[];
}

/** Every page of a connection, `first` at a time, following endCursor; `pick` finds the connection in the response. */
async function allPages<T>(
  query: string,
  variables: Record<string, unknown>,
  first: number,
  pick: (data: Record<string, unknown>) => Connection<T>,
): Promise<{ nodes: T[]; pages: number }> {
  const nodes: T[] = [];
  let cursor: string | null = null;
  for (let pages = 1; ; pages++) {
    const page = pick(await data(api.url, query, { ...variables, first, after: cursor }));
    assert.equal(page.pageInfo.hasPreviousPage, cursor !== null);
    assert.equal(page.pageInfo.startCursor, page.edges[0]?.cursor ?? null);
    assert.equal(page.pageInfo.endCursor, page.edges.at(-1)?.cursor ?? null);
    assert.ok(page.edges.length <= first);
    nodes.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage) return { nodes, pages };
    assert.equal(page.edges.length, first, 'only the last page is short');
    cursor = page.pageInfo.endCursor;
  }
}

/** The ids a read query returns, in its order: Neo4j's own sorting, to check the API's pages against. */
async function idsInOrder(cypher: string): Promise<string[]> {
  const session = api.driver.session({ defaultAccessMode: 'READ' });
  try {
    return (await session.executeRead((tx) => tx.run(cypher))).records.map((record) => String(record.get('id')));
  } finally {
    await session.close();
  }
}

function refusal(response: GraphQLResponse<unknown>): { code: unknown; argument: unknown; message: string } {
  const error = response.errors?.[0];
  assert.ok(error, `expected an error, got ${JSON.stringify(response).slice(0, 300)}`);
  return { code: error.extensions?.code, argument: error.extensions?.argument, message: error.message };
}

type Figure = { id: string; asOf: string | null };

describe('keyset paging visits every row exactly once', () => {
  const orders: readonly {
    name: string;
    query: string;
    variables: Record<string, unknown>;
    first: number;
    pick: (data: Record<string, unknown>) => Connection<Record<string, unknown>>;
    sortKey: string;
  }[] = [
    ...(['ASC', 'DESC'] as const).map((direction) => ({
      name: `figures by asOf ${direction} (ties and a null), two at a time`,
      query: `query ($first: Int, $after: String) { programmeFigures(orderBy: [{ field: AS_OF, direction: ${direction} }], first: $first, after: $after) {
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id asOf } } } }`,
      variables: {},
      first: 2,
      pick: (result: Record<string, unknown>) => result.programmeFigures as Connection<Figure>,
      sortKey: 'asOf',
    })),
    {
      name: "a programme's figures, a relationship connection, by asOf DESC",
      query: `query ($first: Int, $after: String) { node(id: "programme:national-ip-pilot-demonstration") { ... on Programme {
        figures(orderBy: [{ field: AS_OF, direction: DESC }], first: $first, after: $after) {
          pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id asOf } } } } } }`,
      variables: {},
      first: 3,
      pick: (result: Record<string, unknown>) => (result.node as { figures: Connection<Figure> }).figures,
      sortKey: 'asOf',
    },
  ];

  for (const order of orders) {
    it(order.name, async () => {
      const whole = order.pick(await data(api.url, order.query, { ...order.variables, first: 100, after: null }));
      assert.equal(whole.pageInfo.hasNextPage, false, 'one page holds the whole list');
      assert.ok(
        whole.edges.some((edge) => edge.node[order.sortKey] === null),
        'the order has nulls to place',
      );
      const { nodes, pages } = await allPages(order.query, order.variables, order.first, order.pick);
      assert.deepEqual(
        nodes,
        whole.edges.map((edge) => edge.node),
        'the pages, one after another, are the one big page',
      );
      assert.equal(pages, Math.max(1, Math.ceil(whole.edges.length / order.first)));
    });
  }

  // Longer than the largest page: Neo4j's own ORDER BY is the reference.
  for (const direction of ['ASC', 'DESC'] as const) {
    it(`every designation by announcedOn ${direction} (mostly null), then year DESC, as Neo4j orders them`, async () => {
      const query = `query ($first: Int, $after: String) { designations(orderBy: [{ field: ANNOUNCED_ON, direction: ${direction} }, { field: YEAR, direction: DESC }], first: $first, after: $after) {
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } } }`;
      const { nodes, pages } = await allPages(query, {}, 25, (result) => result.designations as Connection<{ id: string }>);
      const expected = await idsInOrder(`MATCH (n:Entity:Designation) RETURN n.id AS id ORDER BY n.announcedOn ${direction}, n.year DESC, n.id`);
      assert.ok(expected.length > 200);
      assert.ok((await idsInOrder('MATCH (n:Designation) WHERE n.announcedOn IS NULL RETURN n.id AS id')).length > 25, 'whole pages of nulls');
      assert.deepEqual(
        nodes.map((node) => node.id),
        expected,
      );
      assert.equal(pages, Math.ceil(expected.length / 25));
    });
  }

  it('answers `first` edges, with or without pageInfo, at the root and nested', async () => {
    type Page = { totalCount: number; pageInfo?: { hasNextPage: boolean }; edges: { node: { id: string } }[] };
    const root = (selection: string): Promise<{ regions: Page }> => data(api.url, `{ regions(first: 3) { ${selection} } }`);
    const nested = (selection: string): Promise<{ node: { parts: Page } }> =>
      data(api.url, `{ node(id: "region:320000") { ... on Region { parts(first: 3) { ${selection} } } } }`);
    for (const read of [async (s: string) => (await root(s)).regions, async (s: string) => (await nested(s)).node.parts]) {
      const plain = await read('totalCount edges { node { id } }');
      assert.ok(plain.totalCount > 3);
      const paged = await read('totalCount pageInfo { hasNextPage } edges { node { id } }');
      assert.deepEqual(paged.pageInfo, { hasNextPage: true });
      assert.deepEqual(
        plain.edges.map((edge) => edge.node.id),
        paged.edges.map((edge) => edge.node.id),
      );
      assert.equal(plain.edges.length, 3);
    }
  });

  it('answers a cursor past the end with an empty last page', async () => {
    const query = '{ programmeFigures(first: 100) { pageInfo { endCursor } } }';
    const { endCursor } = (await data<{ programmeFigures: Connection<never> }>(api.url, query)).programmeFigures.pageInfo;
    const beyond = await data<{ programmeFigures: Connection<Figure> }>(
      api.url,
      'query ($after: String) { programmeFigures(after: $after) { pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { id } } } }',
      { after: endCursor },
    );
    assert.deepEqual(beyond.programmeFigures, { pageInfo: { hasNextPage: false, hasPreviousPage: true, endCursor: null }, edges: [] });
  });
});

describe('a cursor serves only the query that issued it', () => {
  const cursorOf = async (query: string): Promise<string> => {
    const result = await data<Record<string, Connection<unknown>>>(api.url, query);
    const cursor = Object.values(result)[0]?.pageInfo.endCursor;
    assert.ok(cursor, query);
    return cursor;
  };
  const refusedWith = async (query: string, after: string): Promise<string> => {
    const { code, argument, message } = refusal(await gql(api.url, query, { after }));
    assert.deepEqual([code, argument], ['BAD_USER_INPUT', 'after'], message);
    return message;
  };

  it('refuses a cursor of another field, filter or order', async () => {
    const regions = await cursorOf('{ regions(where: { kind: PROVINCE }, first: 2) { pageInfo { endCursor } } }');
    // The same list, filter and order accept it, however the filter is written and whatever the page size.
    const same = await data(
      api.url,
      'query ($after: String) { regions(where: { kind: PROVINCE, name: null }, orderBy: [{ field: NAME_EN, direction: ASC }], first: 5, after: $after) { edges { node { id } } } }',
      { after: regions },
    );
    assert.ok(same);
    const others = [
      'query ($after: String) { people(after: $after) { totalCount } }',
      'query ($after: String) { regions(where: { kind: MUNICIPALITY }, after: $after) { totalCount } }',
      'query ($after: String) { regions(after: $after) { totalCount } }',
      'query ($after: String) { regions(where: { kind: PROVINCE }, orderBy: [{ field: NAME_EN, direction: DESC }], after: $after) { totalCount } }',
      'query ($after: String) { regions(where: { kind: PROVINCE }, orderBy: [{ field: ID }], after: $after) { totalCount } }',
      'query ($after: String) { node(id: "region:320000") { ... on Region { parts(where: { kind: PROVINCE }, after: $after) { totalCount } } } }',
      'query ($after: String) { auditTrail(after: $after) { totalCount } }',
    ];
    for (const query of others) assert.match(await refusedWith(query, regions), /another list, filter or order/, query);
  });

  it('refuses a nested list cursor on a sibling list and an audit cursor of another actor', async () => {
    const nested = await data<{ node: { parts: Connection<unknown> } }>(
      api.url,
      '{ node(id: "region:320000") { ... on Region { parts(first: 1) { pageInfo { endCursor } } } } }',
    );
    const parts = String(nested.node.parts.pageInfo.endCursor);
    await refusedWith('query ($after: String) { node(id: "region:320000") { ... on Region { partOf(after: $after) { totalCount } } } }', parts);
    await refusedWith('query ($after: String) { regions(after: $after) { totalCount } }', parts);

    await post(CREATE_ENTITY, { input: { kind: 'PERSON', id: 'person:paging-cursor-owner', nameEn: 'Paging Cursor Owner', sources: [QUOTE] } });
    const audit = await cursorOf('{ auditTrail(actor: "pager", first: 1) { pageInfo { endCursor } } }');
    await refusedWith('query ($after: String) { auditTrail(actor: "somebody-else", after: $after) { totalCount } }', audit);
    await refusedWith('query ($after: String) { auditTrail(targetId: "person:paging-cursor-owner", actor: "pager", after: $after) { totalCount } }', audit);
    await refusedWith('query ($after: String) { people(after: $after) { totalCount } }', audit);
    assert.ok(await data(api.url, 'query ($after: String) { auditTrail(actor: "pager", after: $after) { totalCount } }', { after: audit }));
  });

  it('refuses garbled and forged cursors as bad input, never as an internal error', async () => {
    const real = await cursorOf('{ regions(first: 1) { pageInfo { endCursor } } }');
    const audit = await cursorOf('{ auditTrail(first: 1) { pageInfo { endCursor } } }');
    const payload = (cursor: string): { f: string; k: unknown[] } =>
      JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { f: string; k: unknown[] };
    const forge = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
    const { f, k } = payload(real);
    const regions = 'query ($after: String) { regions(after: $after) { totalCount edges { node { id } } } }';
    const forgeries = [
      '',
      'not a cursor!',
      '%%%',
      Buffer.from('offset:5').toString('base64url'),
      forge(null),
      forge([f, k]),
      forge('just text'),
      forge({ f }),
      forge({ f, k: k.slice(1) }),
      forge({ f, k: [...k, 'one too many'] }),
      forge({ f, k: [1, 2] }),
      forge({ f, k: [k[0], null] }),
      forge({ f, k: [{ nested: true }, k[1]] }),
      forge({ f: `${f.slice(1)}x`, k }),
      `${real}x`,
      real.slice(0, -3),
    ];
    for (const cursor of forgeries) await refusedWith(regions, cursor);
    const trail = 'query ($after: String) { auditTrail(after: $after) { totalCount } }';
    const at = payload(audit);
    for (const moment of ['2026-02-31T00:00Z', 'yesterday', '2026-11-25T10:00:00+01:00', 1_700_000_000]) {
      await refusedWith(trail, forge({ f: at.f, k: [moment, at.k[1]] }));
    }
    // A well-formed position that no row has is still a position: the rows after it.
    const between = await data<{ regions: Connection<{ id: string }> }>(api.url, regions, { after: forge({ f, k: ['M', 'region:000000'] }) });
    assert.ok(between.regions.edges.length > 0);
  });
});

async function post(query: string, variables: Record<string, unknown>): Promise<Record<string, { id: string; auditId: string }>> {
  const response = await gql<Record<string, { id: string; auditId: string }>>(api.url, query, variables, AS_EDITOR);
  assert.equal(response.errors, undefined, JSON.stringify(response.errors));
  return response.data ?? {};
}

describe('the audit trail pages by keyset while editors write', () => {
  it('never repeats or skips an entry when entries are added between page requests', async () => {
    const createPerson = (n: number): Promise<Record<string, { id: string; auditId: string }>> =>
      post(CREATE_ENTITY, { input: { kind: 'PERSON', id: `person:paging-test-${n}`, nameEn: `Paging Test ${n}`, sources: [QUOTE] } });
    for (let n = 1; n <= 7; n++) await createPerson(n);
    const untouched = await graphChecksum(api.driver, { exceptCuration: true });
    type Trail = { auditTrail: Connection<{ id: string; targetId: string }> };
    const query =
      'query ($first: Int, $after: String) { auditTrail(actor: "pager", first: $first, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id targetId } } } }';
    const existing = (await data<Trail>(api.url, query, { first: 100 })).auditTrail.edges.map((edge) => edge.node.id);
    assert.ok(existing.length >= 7);

    const seen: string[] = [];
    const added: string[] = [];
    let cursor: string | null = null;
    for (let n = 8; ; n++) {
      const page: Trail['auditTrail'] = (await data<Trail>(api.url, query, { first: 2, after: cursor })).auditTrail;
      assert.equal(page.totalCount, existing.length + added.length, 'the total counts the entries written meanwhile');
      seen.push(...page.edges.map((edge) => edge.node.id));
      // A newer entry between every two page requests: with offsets, each would push the page's last entry onto the next page.
      added.push((await createPerson(n)).createEntity?.auditId ?? '');
      if (!page.pageInfo.hasNextPage) break;
      cursor = page.pageInfo.endCursor;
    }
    assert.deepEqual(seen, existing, 'every entry that existed when paging started, once each, newest first');
    assert.ok(
      added.every((id) => id.startsWith('audit:') && !seen.includes(id)),
      'entries written meanwhile are newer and come before the first page',
    );
    const now = (await data<Trail>(api.url, query, { first: 100 })).auditTrail.edges.map((edge) => edge.node.id);
    assert.deepEqual(now, [...[...added].reverse(), ...existing]);
    assert.equal(await graphChecksum(api.driver, { exceptCuration: true }), untouched, 'the writes touched curation records only');
  });
});

describe('a node reached along parallel relationships', () => {
  const CREATE_RELATIONSHIP = 'mutation($input: CreateRelationshipInput!) { createRelationship(input: $input) { id auditId } }';
  type PostEdge = { cursor: string; node: { id: string }; relationship?: { id: string } };
  type Posts = { node: { posts: Omit<Connection<{ id: string }>, 'edges'> & { edges: PostEdge[] } } };
  const posts = (selection: string, variables: Record<string, unknown> = {}): Promise<Posts> =>
    data<Posts>(
      api.url,
      `query ($first: Int, $after: String) { node(id: "person:zhang-qin") { ... on Person { posts(first: $first, after: $after) { ${selection} } } } }`,
      { first: 100, ...variables },
    );

  it('answers every edge, whether the page shows relationships, pages by cursor or lists nodes alone', async () => {
    const sipo = (ids: readonly string[]): number => ids.filter((id) => id === 'org:sipo').length;
    const before = (await posts('totalCount edges { node { id } }')).node.posts;
    await post(CREATE_RELATIONSHIP, {
      input: { type: 'HOLDS_POST', from: 'person:zhang-qin', to: 'org:sipo', key: 'paging-parallel', properties: { title: 'Adviser' }, sources: [QUOTE] },
    });
    // Nodes alone: the page neither sorts on nor carries the relationships, and still has one edge per relationship.
    const nodesOnly = (await posts('totalCount edges { node { id } }')).node.posts;
    assert.equal(nodesOnly.totalCount, before.totalCount + 1);
    assert.equal(nodesOnly.edges.length, nodesOnly.totalCount);
    const ids = nodesOnly.edges.map((edge) => edge.node.id);
    assert.equal(sipo(ids), sipo(before.edges.map((edge) => edge.node.id)) + 1);
    assert.ok(sipo(ids) >= 2, 'SIPO is reached along two relationships');
    // With the relationships shown, the same nodes in the same order, each relationship once.
    const shown = (await posts('totalCount edges { relationship { id } node { id } }')).node.posts;
    assert.deepEqual(
      shown.edges.map((edge) => edge.node.id),
      ids,
    );
    const relationships = shown.edges.map((edge) => edge.relationship?.id);
    assert.equal(new Set(relationships).size, relationships.length);
    // A page at a time by cursor: every relationship once, the parallel ones included.
    const paged: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Posts['node']['posts'] = (await posts('pageInfo { hasNextPage endCursor } edges { relationship { id } node { id } }', { first: 1, after }))
        .node.posts;
      paged.push(...page.edges.map((edge) => String(edge.relationship?.id)));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    assert.deepEqual(paged, relationships);
    // An edge holding more than its node, or its node under an alias, travels as before.
    const aliased = (await posts('edges { place: node { id } }')).node.posts.edges as unknown as { place: { id: string } }[];
    assert.deepEqual(
      aliased.map((edge) => edge.place.id),
      ids,
    );
  });
});
