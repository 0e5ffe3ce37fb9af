import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildSchema, isAbstractType } from 'graphql';
import { resolvers } from '../src/resolvers/index.js';
import { loadTypeDefs } from '../src/schema.js';
import { RELATIONSHIP_TYPES } from '../src/vocabulary.js';
import { countOf, data, gql, type RunningApi, startApi, writer } from './helpers.js';

let api: RunningApi;
before(async () => {
  api = await startApi();
});
after(async () => {
  await api.close();
});

interface Subgraph {
  rootId: string;
  truncated: boolean;
  nodes: { distance: number; degree: number; node: { __typename: string; id: string } }[];
  relationships: { __typename: string; id: string; type: string; startId: string; endId: string; sources: { quote: string | null }[] }[];
}

const neighborhood = `query ($id: ID!, $depth: Int, $limit: Int, $offset: Int) {
  neighborhood(id: $id, depth: $depth, limit: $limit, offset: $offset) { rootId truncated
    nodes { distance degree node { __typename id } }
    relationships { __typename id type startId endId sources { quote } } } }`;

async function subgraph(variables: Record<string, unknown>): Promise<Subgraph> {
  return (await data<{ neighborhood: Subgraph }>(api.url, neighborhood, variables)).neighborhood;
}

function assertConsistent(graph: Subgraph, { sourced = true } = {}): void {
  const ids = graph.nodes.map((entry) => entry.node.id);
  assert.equal(new Set(ids).size, ids.length, 'no node twice');
  const relationshipIds = graph.relationships.map((rel) => rel.id);
  assert.equal(new Set(relationshipIds).size, relationshipIds.length, 'no relationship twice');
  for (const rel of graph.relationships) {
    assert.ok(ids.includes(rel.startId) && ids.includes(rel.endId), `${rel.id} joins nodes of the subgraph`);
    if (sourced) assert.ok(rel.sources.length > 0, `${rel.id} has sources`);
  }
}

describe('neighborhood', () => {
  it('returns the root and all its neighbours at depth 1, with typed, directed, sourced relationships', async () => {
    const graph = await subgraph({ id: 'person:zhang-qin' });
    assertConsistent(graph);
    assert.equal(graph.rootId, 'person:zhang-qin');
    assert.deepEqual(graph.nodes[0], { distance: 0, degree: 11, node: { __typename: 'Person', id: 'person:zhang-qin' } });
    assert.equal(graph.truncated, false);
    assert.deepEqual(
      graph.nodes
        .filter((entry) => entry.distance === 1)
        .map((entry) => entry.node.id)
        .sort(),
      [
        'award:nanjing-2008-advanced-collectives',
        'award:nanjing-2008-advanced-individuals',
        'event:nanjing-2008-conference',
        'org:sipo',
        'statement:zhang-qin-2008-requirement-1',
        'statement:zhang-qin-2008-requirement-2',
        'statement:zhang-qin-2008-requirement-3',
        'statement:zhang-qin-2008-requirement-4',
        'statement:zhang-qin-2008-significance',
      ],
    );
    const types = graph.relationships.map((rel) => `${rel.__typename}:${rel.type}`);
    assert.ok(types.includes('HoldsPost:HOLDS_POST'));
    assert.equal(graph.relationships.filter((rel) => rel.type === 'SPOKE_AT').length, 2, 'both speeches, as two relationships');
    assert.ok(
      graph.relationships.every((rel) => rel.startId === 'person:zhang-qin'),
      'all of them start at Zhang Qin',
    );
  });

  it('bounds the neighbours each node contributes, and says so', async () => {
    const graph = await subgraph({ id: 'event:nanjing-2008-conference', limit: 3 });
    assertConsistent(graph);
    assert.equal(graph.nodes.filter((entry) => entry.distance === 1).length, 3);
    assert.ok((graph.nodes[0]?.degree ?? 0) > 3);
    assert.equal(graph.truncated, true);
  });

  it("pages through a node's relationships with offset", async () => {
    const first = await subgraph({ id: 'event:nanjing-2008-conference', limit: 10 });
    const second = await subgraph({ id: 'event:nanjing-2008-conference', limit: 10, offset: 10 });
    assert.equal(first.relationships.length, 10);
    assert.equal(second.relationships.length, 10);
    assert.equal(first.truncated, true);
    assert.equal(second.truncated, false, 'the 20 relationships end with the second page');
    const ids = [...first.relationships, ...second.relationships].map((rel) => rel.id);
    assert.equal(new Set(ids).size, 20, 'the pages do not overlap');
  });

  it('goes deeper with depth, each node at its shortest distance', async () => {
    const one = await subgraph({ id: 'region:320583', depth: 1 });
    const three = await subgraph({ id: 'region:320583', depth: 3, limit: 100 });
    assertConsistent(three);
    assert.ok(three.nodes.length > one.nodes.length);
    // Kunshan lies in Suzhou, which lies in Jiangsu: its parent at 1, its province and a sibling (Changshu) at 2, another city of the province (Wuxi) at 3.
    assert.equal(three.nodes.find((entry) => entry.node.id === 'region:320500')?.distance, 1);
    assert.equal(three.nodes.find((entry) => entry.node.id === 'region:320000')?.distance, 2);
    assert.equal(three.nodes.find((entry) => entry.node.id === 'region:320581')?.distance, 2);
    assert.equal(three.nodes.find((entry) => entry.node.id === 'region:320200')?.distance, 3);
    assert.ok(Math.max(...three.nodes.map((entry) => entry.distance)) <= 3);
  });

  it('follows every relationship between two entities, and only those: sources stay out', async () => {
    // The walk matches (f)-[r]-(m:Entity) with no list of types: it relies on the graph holding
    // no relationship between entities outside the vocabulary, and on sources not being entities.
    const outside = await countOf(
      api.driver,
      `MATCH (:Entity)-[r]->(:Entity) WHERE NOT type(r) IN [${RELATIONSHIP_TYPES.map((type) => `'${type}'`).join(', ')}] RETURN count(r)`,
    );
    assert.equal(outside, 0);
    assert.equal(await countOf(api.driver, 'MATCH (s:Source:Entity) RETURN count(s)'), 0);
    const cited = await countOf(api.driver, "MATCH (:Entity {id: 'person:zhang-qin'})-[:SUPPORTED_BY]->(:Source) RETURN count(*)");
    assert.ok(cited > 0, 'the root cites sources');
    const graph = await subgraph({ id: 'person:zhang-qin', limit: 100 });
    assert.ok(graph.nodes.every((entry) => !entry.node.id.startsWith('source:')));
    assert.ok(graph.relationships.every((rel) => rel.type !== 'SUPPORTED_BY'));
  });

  it('never returns more than 500 nodes however connected the graph', async () => {
    // A hub with 100 events of 10 delegations each: 1,101 nodes within two hops.
    const session = writer(api.driver);
    try {
      await session.executeWrite((tx) =>
        tx.run(`CREATE (hub:Entity:Person {id: 'person:test-hub', nameEn: 'Test hub', layer: 'SYNTHETIC'})
                WITH hub UNWIND range(1, 100) AS e
                CREATE (hub)-[:ATTENDED {id: 'rel:test-hub-' + e, layer: 'SYNTHETIC'}]->(event:Entity:Event {id: 'event:test-' + e, nameEn: 'Test event ' + e, layer: 'SYNTHETIC'})
                WITH event, e UNWIND range(1, 10) AS d
                CREATE (:Entity:Delegation {id: 'delegation:test-' + e + '-' + d, nameEn: 'Test delegation', layer: 'SYNTHETIC'})
                       -[:ATTENDED {id: 'rel:test-' + e + '-' + d, layer: 'SYNTHETIC'}]->(event)`),
      );
      const graph = await subgraph({ id: 'person:test-hub', depth: 2, limit: 100 });
      assertConsistent(graph, { sourced: false });
      assert.equal(graph.nodes.length, 500);
      assert.equal(graph.nodes.filter((entry) => entry.distance === 1).length, 100);
      assert.equal(graph.truncated, true);
    } finally {
      await session.executeWrite((tx) =>
        tx.run(
          "MATCH (n:Entity {layer: 'SYNTHETIC'}) WHERE n.id = 'person:test-hub' OR n.id STARTS WITH 'event:test-' OR n.id STARTS WITH 'delegation:test-' DETACH DELETE n",
        ),
      );
      await session.close();
    }
  });

  it('is null for an unknown id and refuses out-of-range bounds', async () => {
    const unknown = await gql(api.url, neighborhood, { id: 'region:atlantis' });
    assert.deepEqual(unknown.data, { neighborhood: null });
    for (const [variables, argument] of [
      [{ depth: 0 }, 'depth'],
      [{ depth: 4 }, 'depth'],
      [{ limit: 0 }, 'limit'],
      [{ limit: 101 }, 'limit'],
    ] as const) {
      const response = await gql(api.url, neighborhood, { id: 'person:zhang-qin', ...variables });
      assert.equal(response.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
      assert.equal(response.errors?.[0]?.extensions?.argument, argument);
    }
  });
});

describe('values whose type nobody asks', () => {
  it('answer as their own type would, on the first request and on the prepared path', async () => {
    // The translator leaves __typename out where nothing asked depends on it, and the interfaces'
    // type resolvers take a stand-in: sound only while no type has resolvers of its own.
    const schema = buildSchema(loadTypeDefs().join('\n'));
    for (const name of ['Node', 'Relationship']) {
      const declared = schema.getType(name);
      assert.ok(declared && isAbstractType(declared));
      for (const type of schema.getPossibleTypes(declared))
        assert.equal(resolvers[type.name as keyof typeof resolvers], undefined, `${type.name} has no resolvers`);
    }
    const fields = 'id nameEn sources { quote }';
    const plain = `query ($id: ID!) { neighborhood(id: $id) { nodes { node { ${fields} } } relationships { type startId sources { quote } } } }`;
    const typed = `query ($id: ID!) { neighborhood(id: $id) { nodes { node { __typename ${fields} } } relationships { __typename type startId sources { quote } } } }`;
    const strip = (value: unknown): unknown => JSON.parse(JSON.stringify(value, (key, inner: unknown) => (key === '__typename' ? undefined : inner)));
    const expected = await data(api.url, typed, { id: 'person:zhang-qin' });
    assert.ok(JSON.stringify(expected).includes('"__typename":"Statement"'));
    for (let round = 0; round < 3; round++) assert.deepEqual(await data(api.url, plain, { id: 'person:zhang-qin' }), strip(expected), `round ${round}`);
  });
});

describe('shortestPath', () => {
  const path = `query ($from: ID!, $to: ID!, $maxLength: Int) { shortestPath(from: $from, to: $to, maxLength: $maxLength) {
    length nodes { id } relationships { type startId endId sources { quote source { id } } } } }`;
  type Path = {
    length: number;
    nodes: { id: string }[];
    relationships: { type: string; startId: string; endId: string; sources: { quote: string | null; source: { id: string } }[] }[];
  } | null;

  it('returns the ordered nodes and relationships of a shortest path, each hop sourced', async () => {
    const result = (await data<{ shortestPath: Path }>(api.url, path, { from: 'person:li-xiaomin', to: 'region:320100' })).shortestPath;
    assert.ok(result);
    assert.equal(result.length, 2);
    assert.deepEqual(
      result.nodes.map((node) => node.id),
      ['person:li-xiaomin', 'event:nanjing-2008-conference', 'region:320100'],
    );
    assert.equal(result.relationships.length, 2);
    result.relationships.forEach((rel, index) => {
      const ends = [rel.startId, rel.endId].sort();
      assert.deepEqual(ends, [result.nodes[index]?.id, result.nodes[index + 1]?.id].sort(), 'hop i joins nodes i and i+1');
      assert.ok(rel.sources.length > 0);
    });
    assert.ok(['SPOKE_AT', 'ATTENDED'].includes(result.relationships[0]?.type ?? ''));
    assert.equal(result.relationships[1]?.type, 'HELD_IN');
  });

  it('is null when no path is short enough, or an id is unknown', async () => {
    const far = await data<{ shortestPath: Path }>(api.url, path, { from: 'person:zhang-qin', to: 'region:320583', maxLength: 2 });
    assert.equal(far.shortestPath, null);
    const unknown = await data<{ shortestPath: Path }>(api.url, path, { from: 'person:zhang-qin', to: 'person:nobody' });
    assert.equal(unknown.shortestPath, null);
  });

  it('has length 0 from an entity to itself', async () => {
    const self = await data<{ shortestPath: Path }>(api.url, path, { from: 'region:320200', to: 'region:320200' });
    assert.deepEqual(self.shortestPath, { length: 0, nodes: [{ id: 'region:320200' }], relationships: [] });
  });

  it('refuses maxLength out of range', async () => {
    for (const maxLength of [0, 11]) {
      const response = await gql(api.url, path, { from: 'person:zhang-qin', to: 'region:320000', maxLength });
      assert.equal(response.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    }
  });
});
