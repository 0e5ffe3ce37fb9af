import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BoltRecorder } from '../bench/bolt-recorder.js';
import { DEFAULT_LIMITS } from '../src/config.js';
import { data, startApi, testDriver, type RunningApi } from './helpers.js';

let recorder: BoltRecorder;
let api: RunningApi;
before(async () => {
  recorder = await BoltRecorder.start(process.env.NEO4J_URI ?? '');
  // The deep query below could, on a dense graph, return 20^6 nodes: far over the default cost
  // limit (test/limits.test.ts), which is not what this file tests.
  // The cache off: this file counts the translator's queries, which a cache hit would not send.
  api = await startApi(testDriver(recorder.uri), { limits: { ...DEFAULT_LIMITS, maxCost: 100_000_000 }, cacheBytes: 0 });
});
after(async () => {
  await api.close();
  await recorder.close();
});

/** A selection three and four levels deep, broad at each level, with fragments and aliases. */
const deepPerson = `
  fragment Place on Region { id nameEn parts(first: 5) { edges { node { id designations { edges { node { tier batches { edges { node { nameEn } } } } } } } } } }
  { node(id: "person:zhang-qin") { id nameEn sources { quote source { id title } }
      ... on Person {
        posts { totalCount edges { relationship { ... on HoldsPost { title } sources { quote } } node { id postHolders { edges { node { id } } } } } }
        spokeAt { edges { relationship { ... on SpokeAt { role } } node { id
          heldIn { edges { node { ...Place partOf { edges { node { ...Place } } } } } }
          speakers { totalCount edges { node { id statements { edges { node { textEn concerns { edges { node { __typename id } } } } } } } } }
          awards { edges { node { recipientCount presenters { edges { node { id } } } } } } } } }
        again: statements(first: 2) { pageInfo { hasNextPage } edges { node { id madeAt { edges { node { id } } } } } } } } }`;

const cases: Record<string, string> = {
  'node with nested relationships four levels deep': deepPerson,
  'a typed list with filters, nested connections and sources': `{
    regions(where: { partOf: { id: "region:320000" } }, orderBy: [{ field: NAME_EN }], first: 3) { totalCount pageInfo { endCursor }
      edges { cursor node { id partOf { edges { node { id administeredBy { edges { node { id postHolders { edges { node { id } } } } } } } } }
        designations { edges { relationship { sources { quote source { url } } } node { tier batches { edges { node { programmes { edges { node { nameEn } } } } } } } } } } } } }`,
  'search with nested fields': `{ search(text: "Jiangsu", first: 5) { score kind node { id ... on Region { parts { edges { node { id } } } } ... on Organization { postHolders { edges { node { id } } } } } } }`,
  'neighborhood depth 2 with nested fields': `{ neighborhood(id: "event:nanjing-2008-conference", depth: 2, limit: 10) { truncated
      nodes { distance node { id sources { quote } ... on Person { posts { edges { node { id } } } } } }
      relationships { type startId sources { quote source { id } } } } }`,
  'shortestPath with nested fields': `{ shortestPath(from: "person:tian-lipu", to: "region:320583") { length
      nodes { id ... on Region { partOf { edges { node { id } } } } } relationships { type sources { quote source { id } } } } }`,
  'sources with nested fields': `{ sources(where: { kind: DOCUMENT }) { totalCount edges { node { id title url } } } }`,
  'designationHistory with lists, holders and sources': `{ designationHistory(id: "region:320583") { id tier sources { quote source { id title } }
      batches { edges { node { id year size sources { quote } } } } holders { edges { node { id } } } } }`,
  'source by id': `{ source(id: "source:nanjing-2008-zh") { id title language publishedOn } }`,
  'every dashboard aggregation': `{ entityCounts { kind count } designationsByProvince { province { id parts { totalCount } } designations }
      designationsByYearAndTier { year tier count } sourceCoverage { source { id } nodes relationships } coverageBySourceCount { sources nodes }
      tiers { tier family adjacent designations holders batches } batchCoverage { batch { id tier designations(first: 0) { totalCount } } size named }
      parkBatches: batchCoverage(tier: NATIONAL_IP_DEMONSTRATION_PARK) { named }
      designationsByProvinceAndTier(year: 2013) { province { id nameEn parts { totalCount } } tier designations holders } }`,
  'the audit trail, filtered and paged': `{ auditTrail(actor: "nobody", first: 5) { totalCount pageInfo { hasNextPage } edges { cursor node { id action at } } } }`,
  'several root fields at once': `{ a: node(id: "region:320200") { id } b: people(first: 2) { totalCount } c: search(text: "南京") { score } }`,
};

describe('each root field runs as ONE Cypher query, counted on the Bolt wire', () => {
  for (const [name, query] of Object.entries(cases)) {
    it(name, async () => {
      let result: Record<string, unknown> = {};
      const sent = await recorder.during(async () => {
        result = await data(api.url, query);
      });
      const rootFields = Object.keys(result).length;
      assert.ok(
        Object.values(result).every((value) => value !== null),
        'every root field answered',
      );
      assert.equal(sent.length, rootFields, `queries sent:\n${sent.join('\n---\n')}`);
    });
  }

  it('the deep query answers correctly, not just cheaply', async () => {
    const result = await data<{
      node: { spokeAt: { edges: { node: { heldIn: { edges: { node: { id: string; partOf: { edges: { node: { id: string } }[] } } }[] } } }[] } };
    }>(api.url, deepPerson);
    const place = result.node.spokeAt.edges[0]?.node.heldIn.edges[0]?.node;
    assert.equal(place?.id, 'region:320100');
    assert.equal(place?.partOf.edges[0]?.node.id, 'region:320000');
  });
});
