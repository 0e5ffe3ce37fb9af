import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSchema, execute, parse, type GraphQLResolveInfo } from 'graphql';
import { listQuery, neighborhoodQuery, nodeQuery, searchQuery, shortestPathQuery } from '../src/cypher/translate/queries.js';
import type { CypherQuery } from '../src/cypher/translate/scope.js';
import { DEFAULT_LIMITS } from '../src/config.js';
import { loadTypeDefs } from '../src/schema.js';

/** Unit tests of the translator: no database, just the Cypher and parameters a selection becomes. */
const schema = buildSchema(loadTypeDefs().join('\n'));
const OPTIONS = { maxPageSize: DEFAULT_LIMITS.maxPageSize };

async function translate(query: string, variables: Record<string, unknown> = {}): Promise<CypherQuery[]> {
  const translated: CypherQuery[] = [];
  const capture =
    (make: (info: GraphQLResolveInfo, args: Record<string, unknown>) => CypherQuery) =>
    (args: Record<string, unknown>, _context: unknown, info: GraphQLResolveInfo): null => {
      translated.push(make(info, args));
      return null;
    };
  const rootValue = {
    node: capture((info, args) => nodeQuery(info, String(args.id), OPTIONS)),
    regions: capture((info) => listQuery(info, 'Region', OPTIONS)),
    people: capture((info) => listQuery(info, 'Person', OPTIONS)),
    search: capture((info, args) => searchQuery(info, args as { text: string }, OPTIONS)),
    neighborhood: capture((info, args) => neighborhoodQuery(info, args as { id: string }, OPTIONS)),
    shortestPath: capture((info, args) => shortestPathQuery(info, args as { from: string; to: string }, OPTIONS)),
  };
  const result = await execute({ schema, document: parse(query), rootValue, variableValues: variables });
  const unexpected = result.errors?.filter((error) => !/Cannot return null for non-nullable/.test(error.message));
  const [first] = unexpected ?? [];
  if (first) throw first;
  return translated;
}

describe('the Cypher translator', () => {
  it('prints a root list as one parameterised statement, matching once for its total and its page', async () => {
    const [query] = await translate('{ regions(where: { name: "jiang" }, first: 2) { totalCount edges { node { id nameEn } } } }');
    assert.equal(
      query?.text,
      'CALL () { MATCH (n0:Entity:Region) WHERE n0.nameKey CONTAINS $p1 RETURN collect(n0) AS rows3 } ' +
        'CALL (rows3) { UNWIND rows3 AS n0 WITH n0 ORDER BY n0.nameEn ASC, n0.id ASC LIMIT $p2 ' +
        // Edges that hold only their node travel as the nodes: src/resolvers/connection.ts wraps them.
        'RETURN collect({id: n0.id, nameEn: n0.nameEn}) AS e5 } ' +
        'RETURN {__total: size(rows3), __nodes_edges: e5} AS result',
    );
    assert.equal(query?.params.p1, 'jiang');
    // Without pageInfo, the page is read as it is answered.
    assert.equal(Number(query?.params.p2), 2);
    // With it, one row more, which only says whether another page follows.
    const [paged] = await translate('{ regions(where: { name: "jiang" }, first: 2) { pageInfo { hasNextPage } edges { node { id } } } }');
    const limit = /LIMIT \$(p\d+)/.exec(paged?.text ?? '')?.[1] ?? '';
    const size = /__first: \$(p\d+)/.exec(paged?.text ?? '')?.[1] ?? '';
    assert.deepEqual([Number(paged?.params[limit]), Number(paged?.params[size])], [3, 2]);
  });

  it('carries sort keys and the cursor fingerprint only where cursors or pageInfo are asked', async () => {
    const [cursors] = await translate('{ regions(first: 2) { edges { cursor node { id } } } }');
    assert.match(cursors?.text ?? '', /collect\(\{__key: \[n0\.nameEn, n0\.id\], node/);
    assert.match(cursors?.text ?? '', /RETURN \{__fingerprint: \$p\d+, edges/);
    const [pageInfo] = await translate('{ regions(first: 2) { pageInfo { endCursor } edges { node { id } } } }');
    assert.match(pageInfo?.text ?? '', /__after: false, __fingerprint: \$p\d+, .*__keys: \[x\d+ IN e\d+ \| x\d+\.__key\]/);
    const [nested] = await translate('{ node(id: "person:zhang-qin") { ... on Person { posts { edges { node { id } } } } } }');
    assert.doesNotMatch(nested?.text ?? '', /__key|__fingerprint|__after/);
  });

  it('leaves the type of an abstract value out only where nothing asked depends on it', async () => {
    const typeOf = async (query: string): Promise<boolean> => /__typename/.test((await translate(query))[0]?.text ?? '');
    const walk = (selection: string): string => `{ neighborhood(id: "person:zhang-qin") { nodes { node { ${selection} } } relationships { type } } }`;
    assert.equal(await typeOf(walk('id nameEn')), false);
    assert.equal(await typeOf(walk('... on Node { id }')), false);
    assert.equal(await typeOf('{ shortestPath(from: "a", to: "b") { nodes { id } relationships { type startId } } }'), false);
    // Anything that can tell the types apart keeps it: __typename, under any alias, or a fragment on a type.
    assert.equal(await typeOf(walk('__typename id')), true);
    assert.equal(await typeOf(walk('kind: __typename')), true);
    assert.equal(await typeOf(walk('id ... on Person { nameZh }')), true);
    assert.equal(await typeOf(`query { neighborhood(id: "x") { nodes { node { ...P } } } } fragment P on Person { id }`), true);
    assert.equal(await typeOf('{ shortestPath(from: "a", to: "b") { relationships { ... on HoldsPost { title } } } }'), true);
  });

  it('matches a nested connection once for its total, its page and its pageInfo', async () => {
    const list = '{ node(id: "person:zhang-qin") { ... on Person { posts(first: 1) { totalCount pageInfo { hasNextPage } edges { node { id } } } } } }';
    const [query] = await translate(list);
    assert.equal(query?.text.match(/\bMATCH\b/g)?.length, 2, query?.text);
    assert.equal(query?.text.match(/HOLDS_POST/g)?.length, 1, query?.text);
  });

  it("sorts on and carries a nested list's relationships only where the page shows them or pages by cursor", async () => {
    const posts = async (selection: string, args = 'first: 2'): Promise<string> =>
      (await translate(`query ($after: String) { node(id: "person:zhang-qin") { ... on Person { posts(${args}) { ${selection} } } } }`, { after: null }))[0]
        ?.text ?? '';
    const nodesOnly = await posts('totalCount edges { node { id } }');
    assert.match(nodesOnly, /RETURN collect\(n\d+\) AS rows\d+ \}/);
    assert.match(nodesOnly, /ORDER BY n\d+\.nameEn ASC, n\d+\.id ASC LIMIT/);
    assert.doesNotMatch(nodesOnly, /r\d+\.id/);
    assert.match(nodesOnly, /__nodes_edges: e\d+/);
    for (const selection of [
      'totalCount edges { relationship { id } node { id } }',
      'totalCount edges { cursor node { id } }',
      'totalCount pageInfo { endCursor } edges { node { id } }',
    ]) {
      const text = await posts(selection);
      assert.match(text, /collect\(\[r\d+, n\d+\]\)/, selection);
      assert.match(text, /ORDER BY n\d+\.nameEn ASC, n\d+\.id ASC, r\d+\.id ASC LIMIT/, selection);
    }
    // Edges with more than their node, or the node under an alias, keep their maps.
    assert.match(
      await posts('edges { __typename node { id } }'),
      /collect\(\{__typename: 'OrganizationEdge', node: \{id: n\d+\.id\}\}\) AS e\d+ \}.* posts: \{edges: e\d+\}/,
    );
    assert.match(await posts('edges { place: node { id } }'), /collect\(\{place: \{id: n\d+\.id\}\}\) AS e\d+ \}.* posts: \{edges: e\d+\}/);
  });

  it('pages an unfiltered root list in the order of its name index, counting it apart', async () => {
    const [query] = await translate('{ people { totalCount edges { node { id } } } }');
    assert.match(query?.text ?? '', /RETURN count\(\*\) AS t\d+ \}/);
    assert.match(query?.text ?? '', /WHERE n0\.nameEn IS NOT NULL WITH n0 ORDER BY n0\.nameEn ASC, n0\.id ASC LIMIT/);
  });

  it('starts a page strictly after its cursor, nulls placed as Neo4j sorts them', async () => {
    const list = '{ regions(orderBy: [{ field: NAME_ZH, direction: DESC }, { field: CODE }], first: 2, after: $after) { edges { cursor } } }';
    const [first] = await translate(list.replace(', after: $after', ''));
    const fingerprint = String(first?.params[/__fingerprint: \$(p\d+)/.exec(first.text)?.[1] ?? '']);
    const cursor = (key: unknown[]): string => Buffer.from(JSON.stringify({ f: fingerprint, k: key })).toString('base64url');
    // After a name: smaller names (DESC puts nulls first, so none of them), or the same name and a later code.
    const [named] = await translate(`query ($after: String) ${list}`, { after: cursor(['江苏省', null, 'region:320000']) });
    assert.match(named?.text ?? '', /WHERE \(\(n0\.nameZh < \$p\d+\) OR \(n0\.nameZh = \$p\d+ AND n0\.code IS NULL AND n0\.id > \$p\d+\)\)/);
    // After a null name: every name (DESC puts them after the nulls), or a null name and a later code.
    const [unnamed] = await translate(`query ($after: String) ${list}`, { after: cursor([null, '320000', 'region:320000']) });
    assert.match(
      unnamed?.text ?? '',
      /WHERE \(\(n0\.nameZh IS NOT NULL\) OR \(n0\.nameZh IS NULL AND \(n0\.code > \$p\d+ OR n0\.code IS NULL\)\) OR \(n0\.nameZh IS NULL AND n0\.code = \$p\d+ AND n0\.id > \$p\d+\)\)/,
    );
    assert.ok(Object.values(unnamed?.params ?? {}).includes('320000'), 'the cursor travels as parameters');
  });

  it('nests relationship walks as subqueries of the same statement', async () => {
    const [query] = await translate(
      '{ node(id: "person:zhang-qin") { ... on Person { posts { edges { node { postHolders { edges { node { id } } } } } } } } }',
    );
    assert.equal(query?.text.match(/\bMATCH\b/g)?.length, 3);
    assert.match(query?.text ?? '', /\(this\)-\[r\d+:HOLDS_POST\]->\(n\d+:Organization\)/);
    assert.match(query?.text ?? '', /\(n\d+\)<-\[r\d+:HOLDS_POST\]-\(n\d+:Person\)/);
  });

  it('starts a root list at the node an id filter names, through the id index', async () => {
    const [query] = await translate(
      '{ regions(where: { partOf: { id: "region:320000" }, kind: PREFECTURE_LEVEL_CITY }) { totalCount edges { node { id } } } }',
    );
    assert.match(query?.text ?? '', /MATCH \(n\d+:Entity:Region\)-\[:PART_OF\]->\(a\d+:Entity \{id: \$p\d+\}\) WHERE n\d+\.kind = \$p\d+/);
    assert.doesNotMatch(query?.text ?? '', /EXISTS/);
    assert.ok(Object.values(query?.params ?? {}).includes('region:320000'));
  });

  it('never puts user input into the query text, whatever argument carries it', async () => {
    const hostile = 'x\'}) DETACH DELETE n // " ` ; MATCH (m) RETURN m';
    const operations = [
      'node(id: $id) { id ... on Person { posts(where: { name: $s, id: $id, id_in: [$id] }) { totalCount } } }',
      'regions(where: { name: $s, OR: [{ id: $id }], NOT: { partOf: { name: $s } } }) { totalCount }',
      'search(text: $s) { score }',
      'neighborhood(id: $id) { rootId }',
      'shortestPath(from: $id, to: $s) { length }',
    ];
    const queries: CypherQuery[] = [];
    for (const operation of operations) {
      // One root field per operation: a null from a non-null root field would stop the others.
      queries.push(...(await translate(`query ($s: String!, $id: ID!) { ${operation} }`, { s: hostile, id: hostile })));
    }
    assert.equal(queries.length, operations.length);
    for (const query of queries) {
      assert.equal(query.text.includes('DETACH'), false, query.text);
      assert.equal(query.text.includes(';'), false);
      assert.ok(JSON.stringify(query.params).toLowerCase().includes('detach'), 'the input travels as a parameter');
    }
  });

  it('rejects out-of-range numbers before any query is built', async () => {
    await assert.rejects(translate('{ people(first: 500) { totalCount } }'), /first must be between 0 and 100/);
    await assert.rejects(translate('{ neighborhood(id: "x", depth: 7) { rootId } }'), /depth must be an integer from 1 to 3/);
  });
});
