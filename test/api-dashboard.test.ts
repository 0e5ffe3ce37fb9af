import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadSeed } from '../src/seed/load.js';
import { countOf, data, gql, startApi, type RunningApi } from './helpers.js';

let api: RunningApi;
before(async () => {
  api = await startApi();
});
after(async () => {
  await api.close();
});


describe('dashboard aggregations', () => {
  it('counts entities by kind, as the seed holds them', async () => {
    const plan = loadSeed('seed');
    const result = await data<{ entityCounts: { kind: string; count: number }[] }>(api.url, '{ entityCounts { kind count } }');
    const counts = Object.fromEntries(result.entityCounts.map((row) => [row.kind, row.count]));
    assert.equal(counts.PERSON, plan.nodes.Person.length);
    assert.equal(counts.REGION, plan.nodes.Region.length);
    assert.equal(counts.PROGRAMME_FIGURE, plan.nodes.ProgrammeFigure.length);
    assert.equal(result.entityCounts.length, 13);
  });

  it('groups designations by province, holders without a named province together', async () => {
    const result = await data<{ designationsByProvince: { province: { id: string } | null; designations: number; holders: number }[] }>(
      api.url,
      '{ designationsByProvince { province { id } designations holders } }',
    );
    const rows = result.designationsByProvince;
    assert.deepEqual(rows[0], { province: { id: 'region:jiangsu' }, designations: 5, holders: 5 });
    assert.deepEqual(rows.find((row) => row.province === null), { province: null, designations: 4, holders: 4 });
    const total = rows.reduce((sum, row) => sum + row.designations, 0);
    assert.equal(total, await countOf(api.driver, 'MATCH (d:Designation) RETURN count(d)'));
    const counts = rows.map((row) => row.designations);
    assert.deepEqual(counts, [...counts].sort((a, b) => b - a));
    const parks = await data<{ designationsByProvince: unknown[] }>(api.url, '{ designationsByProvince(tier: DEMONSTRATION_PARK) { designations } }');
    assert.deepEqual(parks.designationsByProvince, [{ designations: 1 }]);
  });

  it('groups designations by year and tier in time order', async () => {
    const result = await data<{ designationsByYearAndTier: { year: number | null; tier: string; count: number }[] }>(
      api.url,
      '{ designationsByYearAndTier { year tier count } }',
    );
    assert.deepEqual(result.designationsByYearAndTier.slice(0, 3), [
      { year: 2010, tier: 'NATIONAL_IP_WORK_DEMONSTRATION_CITY', count: 1 },
      { year: 2012, tier: 'NATIONAL_IP_DEMONSTRATION_CITY', count: 3 },
      { year: 2013, tier: 'NATIONAL_IP_DEMONSTRATION_CITY', count: 18 },
    ]);
  });

  it('counts the facts each source backs, and facts by how many sources back them', async () => {
    const result = await data<{
      sourceCoverage: { source: { id: string }; nodes: number; relationships: number }[];
      coverageBySourceCount: { sources: number; nodes: number; relationships: number }[];
    }>(api.url, '{ sourceCoverage { source { id } nodes relationships } coverageBySourceCount { sources nodes relationships } }');
    const english = result.sourceCoverage.find((row) => row.source.id === 'source:nanjing-2008-en');
    assert.equal(english?.nodes, await countOf(api.driver, "MATCH (:Source {id: 'source:nanjing-2008-en'})<-[:SUPPORTED_BY]-(n:Entity) RETURN count(DISTINCT n)"));
    assert.equal(english?.relationships, await countOf(api.driver, "MATCH ()-[r]->() WHERE 'source:nanjing-2008-en' IN r.citeSources RETURN count(r)"));
    const buckets = result.coverageBySourceCount;
    assert.equal(buckets.reduce((sum, row) => sum + row.nodes, 0), await countOf(api.driver, 'MATCH (n:Entity) RETURN count(n)'));
    assert.equal(buckets.reduce((sum, row) => sum + row.relationships, 0), await countOf(api.driver, "MATCH ()-[r]->() WHERE type(r) <> 'SUPPORTED_BY' RETURN count(r)"));
    assert.ok((buckets.find((row) => row.sources === 2)?.nodes ?? 0) > 0, 'facts stated by both reports');
  });

  it('refuses an unknown tier', async () => {
    const response = await gql(api.url, '{ designationsByProvince(tier: GOLD) { designations } }');
    assert.equal(response.errors?.[0]?.extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
  });
});
