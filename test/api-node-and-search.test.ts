import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { countOf, data, gql, graphChecksum, startApi, type RunningApi } from './helpers.js';

let api: RunningApi;
before(async () => {
  api = await startApi();
});
after(async () => {
  await api.close();
});

describe('node(id)', () => {
  it('returns any entity by its global id, with type-specific fields through fragments', async () => {
    const result = await data<{ node: Record<string, unknown> }>(
      api.url,
      `{ node(id: "region:320000") { __typename id nameEn nameZh aliases layer ... on Region { kind level code } } }`,
    );
    // The Chinese name is the division codes' own; the English name and the other spellings are the sources'.
    assert.deepEqual(result.node, {
      __typename: 'Region',
      id: 'region:320000',
      nameEn: 'Jiangsu',
      nameZh: '江苏省',
      aliases: ['Jiangsu Province', '江蘇省', '江蘇'],
      layer: 'SEED',
      kind: 'PROVINCE',
      level: 'PROVINCIAL',
      code: '320000',
    });
  });

  it('says how each fact entered the graph: every seed entity and citation is of the SEED layer', async () => {
    const result = await data<{ node: { layer: string; sources: { layer: string; checked: boolean; quote: string | null }[] } }>(
      api.url,
      '{ node(id: "person:zhang-qin") { layer sources { layer checked quote } } }',
    );
    assert.equal(result.node.layer, 'SEED');
    assert.ok(result.node.sources.length > 0);
    assert.ok(result.node.sources.every((citation) => citation.layer === 'SEED' && citation.checked && citation.quote));
    const layers = await data<{ people: { edges: { node: { layer: string } }[] }; designations: { edges: { node: { layer: string } }[] } }>(
      api.url,
      '{ people(first: 100) { edges { node { layer } } } designations(first: 100) { edges { node { layer } } } }',
    );
    assert.ok([...layers.people.edges, ...layers.designations.edges].every((edge) => edge.node.layer === 'SEED'));
  });

  it('gives null, not an error, for an unknown id', async () => {
    const response = await gql(api.url, '{ node(id: "person:nobody") { id } }');
    assert.equal(response.errors, undefined);
    assert.deepEqual(response.data, { node: null });
  });

  it('resolves the same field twice under two aliases with different arguments', async () => {
    const result = await data<{ node: { a: { edges: unknown[] }; b: { edges: unknown[] } } }>(
      api.url,
      `{ node(id: "event:nanjing-2008-conference") { ... on Event {
           a: statements(first: 1) { edges { node { id } } }
           b: statements(first: 3) { edges { node { id } } } } } }`,
    );
    assert.equal(result.node.a.edges.length, 1);
    assert.equal(result.node.b.edges.length, 3);
  });
});

describe('search', () => {
  const search = `query ($text: String!, $kinds: [NodeKind!], $first: Int) {
    search(text: $text, kinds: $kinds, first: $first) { score kind node { id nameEn } } }`;
  type Hits = { search: { score: number; kind: string; node: { id: string; nameEn: string } }[] };

  for (const text of ['Zhang Qin', '张勤', '張勤', 'zhang', 'ZHANG QIN']) {
    it(`finds Zhang Qin first for "${text}"`, async () => {
      const result = await data<Hits>(api.url, search, { text });
      assert.equal(result.search[0]?.node.id, 'person:zhang-qin');
      assert.equal(result.search[0]?.kind, 'PERSON');
      assert.ok((result.search[0]?.score ?? 0) > 0);
    });
  }

  it('ranks hits by score and honours kinds and first', async () => {
    const all = await data<Hits>(api.url, search, { text: 'Jiangsu', first: 20 });
    const scores = all.search.map((hit) => hit.score);
    assert.deepEqual(
      scores,
      [...scores].sort((a, b) => b - a),
    );
    assert.ok(new Set(all.search.map((hit) => hit.kind)).size > 1, 'Jiangsu names regions and organizations');
    const regions = await data<Hits>(api.url, search, { text: 'Jiangsu', kinds: ['REGION'], first: 2 });
    assert.ok(regions.search.length <= 2);
    assert.ok(regions.search.every((hit) => hit.kind === 'REGION'));
    assert.equal(regions.search[0]?.node.id, 'region:320000');
  });

  it('returns as many hits of the kinds asked as there are, even when other kinds lead', async () => {
    // "national" names some 200 designations and lists; its one event comes after the first
    // window of hits, where the whole index is read.
    const matching = (label: string): Promise<number> =>
      countOf(api.driver, `CALL db.index.fulltext.queryNodes('entity_search', '(national OR national*)') YIELD node WHERE node:${label} RETURN count(*)`);
    const all = await matching('Entity');
    for (const [kind, label] of [
      ['EVENT', 'Event'],
      ['ORGANIZATION', 'Organization'],
      ['BATCH', 'Batch'],
      ['DESIGNATION', 'Designation'],
    ] as const) {
      const exist = await matching(label);
      for (const first of [1, 3]) {
        const result = await data<Hits>(api.url, search, { text: 'national', kinds: [kind], first });
        assert.equal(result.search.length, Math.min(first, exist), `${kind} first ${first}: ${exist} of ${all} hits`);
        assert.ok(result.search.every((hit) => hit.kind === kind));
      }
    }
  });

  it('finds Chinese names in simplified and traditional script alike', async () => {
    const simplified = await data<Hits>(api.url, search, { text: '南京' });
    assert.ok(simplified.search.some((hit) => hit.node.id === 'region:320100'));
    const traditional = await data<Hits>(api.url, search, { text: '江蘇' });
    assert.equal(traditional.search[0]?.node.id, 'region:320000');
  });

  it('finds a place by its Chinese name in either script and by its English name', async () => {
    for (const text of ['昆山', '崑山', 'Kunshan']) {
      const result = await data<Hits>(api.url, search, { text });
      assert.equal(result.search[0]?.node.id, 'region:320583', text);
      assert.equal(result.search[0]?.kind, 'REGION', text);
    }
  });

  it('ranks the places the programme designated ahead of undesignated places of the same name', async () => {
    const result = await data<Hits>(api.url, search, { text: '朝阳', kinds: ['REGION'], first: 20 });
    const ids = result.search.map((hit) => hit.node.id);
    // Beijing's 朝阳区 and Liaoning's 朝阳市 hold designations; Changchun's 朝阳区 and 朝阳县 do not.
    assert.deepEqual(ids.slice(0, 2).sort(), ['region:110105', 'region:211300']);
    assert.ok(ids.includes('region:220104') && ids.includes('region:211321'), ids.join(', '));
    const designated = async (id: string): Promise<boolean> =>
      (await countOf(api.driver, `MATCH (:Region {id: '${id}'})-[:DESIGNATED_AS]->(:Designation) RETURN count(*)`)) > 0;
    assert.ok((await designated('region:110105')) && (await designated('region:211300')));
    for (const id of ids.slice(2)) assert.equal(await designated(id), false, `${id} ranks after the designated places`);
  });

  it('treats Lucene syntax in the text as plain words', async () => {
    for (const text of ['"unbalanced', 'a:b OR (c', '\\', 'Zhang AND']) {
      const response = await gql(api.url, search, { text });
      assert.equal(response.errors, undefined, `text ${text}`);
    }
    const star = await data<Hits>(api.url, search, { text: 'zhang*' });
    assert.equal(star.search[0]?.node.id, 'person:zhang-qin');
  });

  it('skips words too common to be indexed, and refuses a text of nothing else', async () => {
    const result = await data<Hits>(api.url, search, { text: 'Conference of the Demonstration Cities' });
    assert.equal(result.search[0]?.node.id, 'event:nanjing-2008-conference');
    const response = await gql(api.url, search, { text: 'of the' });
    assert.equal(response.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  });

  it('refuses empty, oversized and out-of-range arguments with BAD_USER_INPUT', async () => {
    for (const variables of [{ text: '   ' }, { text: 'x'.repeat(201) }, { text: 'zhang', first: 0 }]) {
      const response = await gql(api.url, search, variables);
      assert.equal(response.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', JSON.stringify(variables));
    }
    // More hits than a page may hold is the page size limit (test/limits.test.ts).
    const tooMany = await gql(api.url, search, { text: 'zhang', first: 101 });
    assert.equal(tooMany.errors?.[0]?.extensions?.limit, 'maxPageSize');
  });
});

describe('hostile input', () => {
  // Ids that are not of the graph's form are refused before any query runs (test/hostile.test.ts).
  it('treats hostile text as text, beside ids that name nothing, and changes nothing in the graph', async () => {
    const before = await graphChecksum(api.driver);
    const hostile = ["' OR 1=1 //", "x'}) DETACH DELETE n //", '") MATCH (n) DETACH DELETE n //', '\\u0000', '`; DROP', "张勤'})-[:X]->()"];
    for (const text of hostile) {
      const response = await gql(
        api.url,
        `query ($t: String!, $id: ID!) {
          node(id: $id) { id }
          search(text: $t) { score }
          regions(where: { name: $t, OR: [{ id: $id }] }) { totalCount }
          neighborhood(id: $id) { rootId }
          shortestPath(from: $id, to: $id) { length } }`,
        { t: text, id: 'person:nobody' },
      );
      assert.equal(response.errors, undefined, text);
      const { search, ...rest } = response.data ?? {};
      assert.ok(Array.isArray(search));
      assert.deepEqual(rest, { node: null, regions: { totalCount: 0 }, neighborhood: null, shortestPath: null });
    }
    assert.equal(await graphChecksum(api.driver), before);
  });
});
