import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { constantCase } from '../src/cypher/translate/names.js';
import { loadSeed } from '../src/seed/load.js';
import { ENTITY_LABELS, TIERS, isAdjacentTier, type Tier } from '../src/vocabulary.js';
import { countOf, data, gql, startApi, type RunningApi } from './helpers.js';

let api: RunningApi;
before(async () => {
  api = await startApi();
});
after(async () => {
  await api.close();
});

/** What the dashboard counts, worked out from the seed itself rather than from the graph's Cypher. */
const seed = loadSeed('seed');
const nodes = [...seed.plan.nodes.values()];
const relationships = [...seed.plan.relationships.values()];
const TIER_ORDER = Object.keys(TIERS) as Tier[];
const PROVINCIAL_KINDS = ['PROVINCE', 'AUTONOMOUS_REGION', 'MUNICIPALITY', 'SPECIAL_ADMINISTRATIVE_REGION', 'PRODUCTION_CORPS'];

function planned(label: string): typeof nodes {
  return nodes.filter((node) => node.label === label);
}

/** The provincial-level units a holder lies in: up its LOCATED_IN (parks) and PART_OF (regions) chain. */
function provincesOf(holder: string): string[] {
  const found = new Set<string>();
  const walk = (id: string): void => {
    const node = seed.plan.nodes.get(id);
    if (node?.label === 'Region' && PROVINCIAL_KINDS.includes(String(node.props.kind))) found.add(id);
    for (const rel of relationships) if ((rel.type === 'PART_OF' || rel.type === 'LOCATED_IN') && rel.from === id) walk(rel.to);
  };
  walk(holder);
  return [...found];
}

type ProvinceRow = { province: { id: string } | null; designations: number; holders: number };

/** The list a designation is in, if any. */
function batchOf(designation: string): string | undefined {
  return relationships.find((rel) => rel.type === 'IN_BATCH' && rel.from === designation)?.to;
}

/** The year of a designation, or of its list where it gives none. */
function yearOf(designation: string): number | null {
  const own = seed.plan.nodes.get(designation)?.props.year;
  if (typeof own === 'number') return own;
  const batch = batchOf(designation);
  const year = batch === undefined ? undefined : seed.plan.nodes.get(batch)?.props.year;
  return typeof year === 'number' ? year : null;
}

/** The provincial-level units a designation's holders lie in. */
function designationProvinces(designation: string): string[] {
  return relationships.filter((rel) => rel.type === 'DESIGNATED_AS' && rel.to === designation).flatMap((rel) => provincesOf(rel.from));
}

/** The dashboard's filters, applied to one designation of the seed. */
interface Filter {
  tier?: string;
  batch?: string;
  year?: number;
  province?: string;
}
function matches(designation: string, filter: Filter): boolean {
  return (
    (filter.tier === undefined || seed.plan.nodes.get(designation)?.props.tier === filter.tier) &&
    (filter.batch === undefined || batchOf(designation) === filter.batch) &&
    (filter.year === undefined || yearOf(designation) === filter.year) &&
    (filter.province === undefined || designationProvinces(designation).includes(filter.province))
  );
}

/** designationsByProvince as the seed states it: designations of these tiers (and filters) by their holders' province. */
function expectedByProvince(tiers: readonly string[], filter: Filter = {}): ProvinceRow[] {
  const groups = new Map<string | null, { designations: Set<string>; holders: Set<string> }>();
  for (const rel of relationships) {
    if (rel.type !== 'DESIGNATED_AS' || !tiers.includes(String(seed.plan.nodes.get(rel.to)?.props.tier)) || !matches(rel.to, filter)) continue;
    const provinces = provincesOf(rel.from);
    for (const province of provinces.length > 0 ? provinces : [null]) {
      const group = groups.get(province) ?? { designations: new Set(), holders: new Set() };
      group.designations.add(rel.to);
      group.holders.add(rel.from);
      groups.set(province, group);
    }
  }
  return [...groups].map(([province, group]) => ({
    province: province === null ? null : { id: province },
    designations: group.designations.size,
    holders: group.holders.size,
  }));
}

const byProvinceId = (rows: readonly ProvinceRow[]): ProvinceRow[] => [...rows].sort((a, b) => (a.province?.id ?? '~').localeCompare(b.province?.id ?? '~'));

describe('dashboard aggregations', () => {
  it('counts entities by kind, as the seed holds them', async () => {
    const result = await data<{ entityCounts: { kind: string; count: number }[] }>(api.url, '{ entityCounts { kind count } }');
    const counts = Object.fromEntries(result.entityCounts.map((row) => [row.kind, row.count]));
    assert.equal(counts.PERSON, planned('Person').length);
    assert.equal(counts.REGION, planned('Region').length);
    assert.equal(counts.PROGRAMME_FIGURE, planned('ProgrammeFigure').length);
    for (const label of ENTITY_LABELS) assert.equal(counts[constantCase(label)], planned(label).length, label);
    assert.equal(result.entityCounts.length, 13);
  });

  it('groups designations by province, holders without a named province together', async () => {
    const query = 'query ($tier: DesignationTier) { designationsByProvince(tier: $tier) { province { id } designations holders } }';
    const result = await data<{ designationsByProvince: ProvinceRow[] }>(api.url, query);
    const rows = result.designationsByProvince;
    // Without a tier, the programme's own tiers count and the related programmes' (family H) do not.
    const ownTiers = TIER_ORDER.filter((tier) => !isAdjacentTier(tier));
    const expected = expectedByProvince(ownTiers);
    assert.deepEqual(byProvinceId(rows), byProvinceId(expected));
    const most = Math.max(...expected.map((row) => row.designations));
    assert.equal(rows[0]?.designations, most);
    assert.deepEqual(
      rows.find((row) => row.province === null),
      expected.find((row) => row.province === null),
    );
    const total = rows.reduce((sum, row) => sum + row.designations, 0);
    assert.equal(total, await countOf(api.driver, `MATCH (d:Designation) WHERE d.tier IN ['${ownTiers.join("', '")}'] RETURN count(d)`));
    assert.ok(total < (await countOf(api.driver, 'MATCH (d:Designation) RETURN count(d)')), 'the related programmes are left out');
    const counts = rows.map((row) => row.designations);
    assert.deepEqual(
      counts,
      [...counts].sort((a, b) => b - a),
    );

    const parks = await data<{ designationsByProvince: ProvinceRow[] }>(api.url, query, { tier: 'NATIONAL_IP_DEMONSTRATION_PARK' });
    assert.deepEqual(byProvinceId(parks.designationsByProvince), byProvinceId(expectedByProvince(['NATIONAL_IP_DEMONSTRATION_PARK'])));
    assert.equal(
      parks.designationsByProvince.reduce((sum, row) => sum + row.designations, 0),
      await countOf(api.driver, "MATCH (d:Designation {tier: 'NATIONAL_IP_DEMONSTRATION_PARK'}) RETURN count(d)"),
    );
    // A related programme's tier, asked for by name, is counted.
    const zones = await data<{ designationsByProvince: ProvinceRow[] }>(api.url, query, { tier: 'IP_PROTECTION_DEMONSTRATION_ZONE' });
    assert.deepEqual(byProvinceId(zones.designationsByProvince), byProvinceId(expectedByProvince(['IP_PROTECTION_DEMONSTRATION_ZONE'])));
    assert.ok(zones.designationsByProvince.length > 0);
  });

  it('narrows designations by province to one list and one year, as the seed holds them', async () => {
    const query =
      'query ($tier: DesignationTier, $batch: ID, $year: Int) { designationsByProvince(tier: $tier, batch: $batch, year: $year) { province { id } designations holders } }';
    const ownTiers = TIER_ORDER.filter((tier) => !isAdjacentTier(tier));
    const cases: Filter[] = [
      { batch: 'batch:national-ip-demonstration-city-2012' },
      { year: 2013 },
      { year: 2016 },
      { tier: 'IPR_STRONG_COUNTY_PROJECT_PILOT', year: 2011 },
      { tier: 'NATIONAL_IP_DEMONSTRATION_CITY', batch: 'batch:national-ip-demonstration-city-2012', year: 2013 },
    ];
    for (const filter of cases) {
      const rows = (await data<{ designationsByProvince: ProvinceRow[] }>(api.url, query, { ...filter })).designationsByProvince;
      const expected = expectedByProvince(filter.tier ? [filter.tier] : ownTiers, filter);
      assert.deepEqual(byProvinceId(rows), byProvinceId(expected), JSON.stringify(filter));
    }
    const firstBatch = (await data<{ designationsByProvince: ProvinceRow[] }>(api.url, query, { batch: 'batch:national-ip-demonstration-city-2012' }))
      .designationsByProvince;
    // The source fixes it: 23 cities in the first batch of demonstration cities.
    assert.equal(
      firstBatch.reduce((sum, row) => sum + row.designations, 0),
      23,
    );
    const none = await data<{ designationsByProvince: ProvinceRow[] }>(api.url, query, { year: 1900 });
    assert.deepEqual(none.designationsByProvince, []);
  });

  it('groups designations by province and tier, every tier counted, as the seed holds them', async () => {
    type Row = { province: { id: string } | null; tier: Tier; designations: number; holders: number };
    const query = `query ($tier: DesignationTier, $batch: ID, $year: Int, $province: ID) {
      designationsByProvinceAndTier(tier: $tier, batch: $batch, year: $year, province: $province) { province { id } tier designations holders } }`;
    /** The rows the seed gives for a filter, keyed "province|tier". */
    const expected = (filter: Filter): Record<string, Omit<Row, 'province' | 'tier'>> => {
      const rows: Record<string, Omit<Row, 'province' | 'tier'>> = {};
      for (const tier of filter.tier ? [filter.tier] : TIER_ORDER) {
        for (const row of expectedByProvince([tier], { ...filter, province: undefined })) {
          if (filter.province !== undefined && row.province?.id !== filter.province) continue;
          rows[`${row.province?.id ?? 'none'}|${tier}`] = { designations: row.designations, holders: row.holders };
        }
      }
      return rows;
    };
    const keyed = (rows: readonly Row[]): Record<string, Omit<Row, 'province' | 'tier'>> =>
      Object.fromEntries(rows.map((row) => [`${row.province?.id ?? 'none'}|${row.tier}`, { designations: row.designations, holders: row.holders }]));
    const cases: Filter[] = [
      {},
      { tier: 'NATIONAL_IP_DEMONSTRATION_CITY' },
      { tier: 'IP_PROTECTION_DEMONSTRATION_ZONE' },
      { batch: 'batch:national-ip-demonstration-city-2012' },
      { year: 2016 },
      { province: 'region:320000' },
      { province: 'region:440000', year: 2013 },
    ];
    for (const filter of cases) {
      const rows = (await data<{ designationsByProvinceAndTier: Row[] }>(api.url, query, { ...filter })).designationsByProvinceAndTier;
      assert.ok(rows.length > 0, JSON.stringify(filter));
      assert.deepEqual(keyed(rows), expected(filter), JSON.stringify(filter));
      // The units with the most designations first, one block each, its tiers in the vocabulary's order.
      const blocks: { province: string; total: number; tiers: number[] }[] = [];
      for (const row of rows) {
        const id = row.province?.id ?? 'none';
        if (blocks.at(-1)?.province !== id) blocks.push({ province: id, total: 0, tiers: [] });
        const block = blocks.at(-1);
        assert.ok(block);
        block.total += row.designations;
        block.tiers.push(TIER_ORDER.indexOf(row.tier));
      }
      assert.equal(new Set(blocks.map((block) => block.province)).size, blocks.length, 'each unit in one block');
      const totals = blocks.map((block) => block.total);
      assert.deepEqual(
        totals,
        [...totals].sort((a, b) => b - a),
        JSON.stringify(filter),
      );
      for (const block of blocks) {
        assert.deepEqual(
          block.tiers,
          [...block.tiers].sort((a, b) => a - b),
          block.province,
        );
      }
    }
    // Every tier counted: the designations add up to every designation held, related programmes included.
    const all = (await data<{ designationsByProvinceAndTier: Row[] }>(api.url, query)).designationsByProvinceAndTier;
    assert.ok(all.some((row) => isAdjacentTier(row.tier)));
    assert.ok(
      all.some((row) => row.province === null),
      'holders no source places are counted too',
    );
    const none = await data<{ designationsByProvinceAndTier: Row[] }>(api.url, query, { province: 'region:no-such-place' });
    assert.deepEqual(none.designationsByProvinceAndTier, []);
  });

  it('narrows designations by year and tier, and batch coverage, by tier, list, year and province', async () => {
    const designations = planned('Designation').map((node) => node.id);
    // A list with a place in Jiangsu, as the seed holds it.
    const listInJiangsu = designations.map((id) => (designationProvinces(id).includes('region:320000') ? batchOf(id) : undefined)).find(Boolean);
    assert.ok(listInJiangsu);
    const yearQuery =
      'query ($tier: DesignationTier, $batch: ID, $year: Int, $province: ID) { designationsByYearAndTier(tier: $tier, batch: $batch, year: $year, province: $province) { year tier count } }';
    const coverageQuery =
      'query ($tier: DesignationTier, $batch: ID, $year: Int, $province: ID) { batchCoverage(tier: $tier, batch: $batch, year: $year, province: $province) { batch { id } size named } }';
    const cases: Filter[] = [
      { province: 'region:320000' },
      { province: 'region:440000', tier: 'NATIONAL_IP_DEMONSTRATION_CITY' },
      { year: 2012 },
      { batch: listInJiangsu, province: 'region:320000' },
    ];
    for (const filter of cases) {
      const rows = (await data<{ designationsByYearAndTier: { year: number | null; tier: string; count: number }[] }>(api.url, yearQuery, { ...filter }))
        .designationsByYearAndTier;
      const groups = new Map<string, number>();
      for (const id of designations.filter((designation) => matches(designation, filter))) {
        const key = `${yearOf(id)}:${String(seed.plan.nodes.get(id)?.props.tier)}`;
        groups.set(key, (groups.get(key) ?? 0) + 1);
      }
      assert.deepEqual(Object.fromEntries(rows.map((row) => [`${row.year}:${row.tier}`, row.count])), Object.fromEntries(groups), JSON.stringify(filter));
      assert.ok(rows.length > 0, JSON.stringify(filter));

      const coverage = (await data<{ batchCoverage: { batch: { id: string }; size: number | null; named: number }[] }>(api.url, coverageQuery, { ...filter }))
        .batchCoverage;
      const batches = planned('Batch').filter(
        (batch) =>
          (filter.tier === undefined || batch.props.tier === filter.tier) &&
          (filter.batch === undefined || batch.id === filter.batch) &&
          (filter.year === undefined || batch.props.year === filter.year),
      );
      assert.deepEqual(coverage.map((row) => row.batch.id).sort(), batches.map((batch) => batch.id).sort(), JSON.stringify(filter));
      for (const row of coverage) {
        const named = designations.filter(
          (id) => batchOf(id) === row.batch.id && (filter.province === undefined || designationProvinces(id).includes(filter.province)),
        );
        assert.equal(row.named, named.length, `${row.batch.id} ${JSON.stringify(filter)}`);
      }
    }
  });

  it("groups designations by year and tier in time order, a designation without a year at its batch's", async () => {
    const result = await data<{ designationsByYearAndTier: { year: number | null; tier: string; count: number }[] }>(
      api.url,
      '{ designationsByYearAndTier { year tier count } }',
    );
    const rows = result.designationsByYearAndTier;
    const batchYear = (designation: string): number | null => {
      const batch = relationships.find((rel) => rel.type === 'IN_BATCH' && rel.from === designation)?.to;
      const year = batch === undefined ? undefined : seed.plan.nodes.get(batch)?.props.year;
      return typeof year === 'number' ? year : null;
    };
    const designations = planned('Designation');
    const fallsBack = designations.filter((d) => d.props.year === undefined && batchYear(d.id) !== null);
    assert.ok(fallsBack.length > 0, 'some designations give no year but their batch does');
    const groups = new Map<string, { year: number | null; tier: string; count: number }>();
    for (const designation of designations) {
      const year = typeof designation.props.year === 'number' ? designation.props.year : batchYear(designation.id);
      const tier = String(designation.props.tier);
      const key = `${year}:${tier}`;
      groups.set(key, { year, tier, count: (groups.get(key)?.count ?? 0) + 1 });
    }
    const rank = (row: { year: number | null; tier: string }): [number, number] => [row.year ?? Number.MAX_SAFE_INTEGER, TIER_ORDER.indexOf(row.tier as Tier)];
    const expected = [...groups.values()].sort((a, b) => rank(a)[0] - rank(b)[0] || rank(a)[1] - rank(b)[1]);
    assert.deepEqual(rows, expected);
    // The sources fix these: the 23 cities of the first batch (2012) and the 18 of the second (2013).
    assert.deepEqual(
      rows.find((row) => row.year === 2012 && row.tier === 'NATIONAL_IP_DEMONSTRATION_CITY'),
      { year: 2012, tier: 'NATIONAL_IP_DEMONSTRATION_CITY', count: 23 },
    );
    assert.deepEqual(
      rows.find((row) => row.year === 2013 && row.tier === 'NATIONAL_IP_DEMONSTRATION_CITY'),
      { year: 2013, tier: 'NATIONAL_IP_DEMONSTRATION_CITY', count: 18 },
    );
    assert.equal(
      rows.reduce((sum, row) => sum + row.count, 0),
      await countOf(api.driver, 'MATCH (d:Designation) RETURN count(d)'),
    );
  });

  it('lists every tier of the vocabulary in order, with the designations, holders and batches of each', async () => {
    type Summary = {
      tier: Tier;
      family: string;
      level: string;
      titleZh: string;
      titleEn: string;
      description: string;
      adjacent: boolean;
      designations: number;
      holders: number;
      batches: number;
    };
    const result = await data<{ tiers: Summary[] }>(
      api.url,
      '{ tiers { tier family level titleZh titleEn description adjacent designations holders batches } }',
    );
    assert.deepEqual(
      result.tiers.map((row) => row.tier),
      TIER_ORDER,
    );
    const query = `query ($tier: DesignationTier!) { designations(where: { tier: $tier }, first: 0) { totalCount } batches(where: { tier: $tier }, first: 0) { totalCount }
      regions(where: { designations: { tier: $tier } }, first: 0) { totalCount } parks(where: { designations: { tier: $tier } }, first: 0) { totalCount } }`;
    type Totals = Record<'designations' | 'batches' | 'regions' | 'parks', { totalCount: number }>;
    for (const row of result.tiers) {
      const spec = TIERS[row.tier];
      assert.deepEqual(
        { family: row.family, level: row.level, titleZh: row.titleZh, titleEn: row.titleEn, description: row.description, adjacent: row.adjacent },
        { family: spec.family, level: spec.level, titleZh: spec.titleZh, titleEn: spec.titleEn, description: spec.description, adjacent: spec.family === 'H' },
        row.tier,
      );
      const totals = await data<Totals>(api.url, query, { tier: row.tier });
      assert.equal(row.designations, totals.designations.totalCount, row.tier);
      assert.equal(row.batches, totals.batches.totalCount, row.tier);
      assert.equal(row.holders, totals.regions.totalCount + totals.parks.totalCount, row.tier);
    }
    assert.equal(
      result.tiers.reduce((sum, row) => sum + row.designations, 0),
      planned('Designation').length,
    );
    assert.equal(
      result.tiers.reduce((sum, row) => sum + row.batches, 0),
      planned('Batch').length,
    );
    assert.deepEqual(
      result.tiers.filter((row) => row.adjacent).map((row) => row.tier),
      ['IP_PROTECTION_DEMONSTRATION_ZONE', 'IP_POWERFUL_CITY_DEMONSTRATION_CREATION_OBJECT'],
    );
  });

  it('gives each batch the size its source states and how many of its places the graph names', async () => {
    type Coverage = { batch: { id: string; tier: Tier; designations: { totalCount: number } }; size: number | null; named: number };
    const query = 'query ($tier: DesignationTier) { batchCoverage(tier: $tier) { batch { id tier designations(first: 0) { totalCount } } size named } }';
    const rows = (await data<{ batchCoverage: Coverage[] }>(api.url, query)).batchCoverage;
    assert.deepEqual(
      rows.map((row) => row.batch.id).sort(),
      planned('Batch')
        .map((batch) => batch.id)
        .sort(),
    );
    for (const row of rows) {
      const size = seed.plan.nodes.get(row.batch.id)?.props.size;
      assert.equal(row.size, typeof size === 'number' ? size : null, row.batch.id);
      assert.equal(row.named, row.batch.designations.totalCount, row.batch.id);
      if (row.size !== null) assert.ok(row.named <= row.size, `${row.batch.id}: ${row.named} of ${row.size} named`);
    }
    const order = rows.map((row) => TIER_ORDER.indexOf(row.batch.tier));
    assert.deepEqual(
      order,
      [...order].sort((a, b) => a - b),
      "by tier, in the vocabulary's order",
    );
    // The source states the first list of IP powerful city demonstration cities (2022) holds 38.
    const cities2022 = rows.find((row) => row.batch.id === 'batch:ip-powerful-city-demonstration-2022');
    assert.equal(cities2022?.size, 38);
    assert.equal(cities2022?.named, cities2022?.batch.designations.totalCount);
    assert.equal(rows.find((row) => row.batch.id === 'batch:national-ip-demonstration-city-2012')?.size, 23);

    const oneTier = (await data<{ batchCoverage: Coverage[] }>(api.url, query, { tier: 'IP_POWERFUL_CITY_DEMONSTRATION' })).batchCoverage;
    assert.deepEqual(
      oneTier,
      rows.filter((row) => row.batch.tier === 'IP_POWERFUL_CITY_DEMONSTRATION'),
    );
    assert.ok(oneTier.length > 0);
  });

  it('counts the facts each source backs, and facts by how many sources back them', async () => {
    const result = await data<{
      sourceCoverage: { source: { id: string }; nodes: number; relationships: number }[];
      coverageBySourceCount: { sources: number; nodes: number; relationships: number }[];
    }>(api.url, '{ sourceCoverage { source { id } nodes relationships } coverageBySourceCount { sources nodes relationships } }');
    const english = result.sourceCoverage.find((row) => row.source.id === 'source:nanjing-2008-en');
    assert.equal(
      english?.nodes,
      await countOf(api.driver, "MATCH (:Source {id: 'source:nanjing-2008-en'})<-[:SUPPORTED_BY]-(n:Entity) RETURN count(DISTINCT n)"),
    );
    assert.equal(english?.relationships, await countOf(api.driver, "MATCH ()-[r]->() WHERE 'source:nanjing-2008-en' IN r.citeSources RETURN count(r)"));
    // Every source's relationships, counted by the one pass over relationships, equal a count per source.
    const session = api.driver.session({ defaultAccessMode: 'READ' });
    try {
      const direct = await session.executeRead((tx) =>
        tx.run('MATCH (s:Source) RETURN s.id AS id, COUNT { MATCH (:Entity)-[r]->(:Entity) WHERE s.id IN r.citeSources } AS relationships'),
      );
      const expected = new Map(direct.records.map((record) => [String(record.get('id')), Number(record.get('relationships'))]));
      assert.deepEqual(new Map(result.sourceCoverage.map((row) => [row.source.id, row.relationships])), expected);
      assert.ok([...expected.values()].some((count) => count > 0));
    } finally {
      await session.close();
    }
    const buckets = result.coverageBySourceCount;
    assert.equal(
      buckets.reduce((sum, row) => sum + row.nodes, 0),
      await countOf(api.driver, 'MATCH (n:Entity) RETURN count(n)'),
    );
    assert.equal(
      buckets.reduce((sum, row) => sum + row.relationships, 0),
      await countOf(api.driver, "MATCH ()-[r]->() WHERE type(r) <> 'SUPPORTED_BY' RETURN count(r)"),
    );
    assert.ok((buckets.find((row) => row.sources === 2)?.nodes ?? 0) > 0, 'facts stated by both reports');
  });

  it('refuses an unknown tier', async () => {
    for (const field of ['designationsByProvince', 'designationsByProvinceAndTier']) {
      const response = await gql(api.url, `{ ${field}(tier: GOLD) { designations } }`);
      assert.equal(response.errors?.[0]?.extensions?.code, 'GRAPHQL_VALIDATION_FAILED', field);
    }
  });
});
