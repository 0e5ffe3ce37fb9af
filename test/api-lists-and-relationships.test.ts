import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { foldWhitespace } from '../src/records/sources.js';
import { loadSeed } from '../src/seed/load.js';
import { countOf, data, gql, startApi, type RunningApi } from './helpers.js';

const seed = loadSeed('seed');

let api: RunningApi;
before(async () => {
  api = await startApi();
});
after(async () => {
  await api.close();
});

interface Page<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: { cursor: string; node: T }[];
}

describe('typed lists', () => {
  const regions = `query ($where: RegionWhere, $orderBy: [RegionOrder!], $first: Int, $after: String) {
    regions(where: $where, orderBy: $orderBy, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id nameEn kind } } } }`;
  type Regions = { regions: Page<{ id: string; nameEn: string; kind: string }> };

  it('counts every provincial-level unit: 34 divisions and the XPCC', async () => {
    const result = await data<Regions>(api.url, regions, {
      where: { kind_in: ['PROVINCE', 'AUTONOMOUS_REGION', 'MUNICIPALITY', 'SPECIAL_ADMINISTRATIVE_REGION', 'PRODUCTION_CORPS'] },
      first: 50,
    });
    assert.equal(result.regions.totalCount, 35);
    assert.equal(result.regions.edges.length, 35);
    assert.equal(result.regions.pageInfo.hasNextPage, false);
  });

  it('walks every page with cursors, without gaps or repeats, in the order asked', async () => {
    const total = await countOf(api.driver, 'MATCH (r:Region) RETURN count(r)');
    const seen: string[] = [];
    const ids: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const result: Regions = await data<Regions>(api.url, regions, { first: 10, after, orderBy: [{ field: 'NAME_EN', direction: 'DESC' }] });
      const { edges, pageInfo, totalCount } = result.regions;
      assert.equal(totalCount, total);
      assert.equal(pageInfo.hasPreviousPage, pages > 0);
      assert.equal(pageInfo.startCursor, edges[0]?.cursor ?? null);
      assert.equal(pageInfo.endCursor, edges.at(-1)?.cursor ?? null);
      seen.push(...edges.map((edge) => edge.node.nameEn));
      ids.push(...edges.map((edge) => edge.node.id));
      pages += 1;
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    assert.equal(seen.length, total);
    assert.equal(new Set(ids).size, total, 'no region is repeated or skipped');
    assert.deepEqual(
      seen,
      [...seen].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0)),
    );
    assert.equal(pages, Math.ceil(total / 10));
  });

  it('answers first: 0 with the total and no edges, and a page past the end with none', async () => {
    const empty = await data<Regions>(api.url, regions, { first: 0 });
    assert.equal(empty.regions.edges.length, 0);
    assert.ok(empty.regions.totalCount > 0);
    assert.equal(empty.regions.pageInfo.hasNextPage, true);
    assert.equal(empty.regions.pageInfo.startCursor, null);
    // A list short enough for one page (the provincial-level units), to reach its end in one step.
    const where = { kind_in: ['PROVINCE', 'AUTONOMOUS_REGION', 'MUNICIPALITY', 'SPECIAL_ADMINISTRATIVE_REGION', 'PRODUCTION_CORPS'] };
    const last = await data<Regions>(api.url, regions, { where, first: 100 });
    assert.equal(last.regions.pageInfo.hasNextPage, false);
    const beyond = await data<Regions>(api.url, regions, { where, first: 5, after: last.regions.pageInfo.endCursor });
    assert.deepEqual(beyond.regions.edges, []);
    assert.equal(beyond.regions.pageInfo.hasNextPage, false);
    assert.equal(beyond.regions.pageInfo.hasPreviousPage, true);
  });

  it('finds by name any entity one of whose names holds the text, as the seed names it, through the text index', async () => {
    const people = 'query ($name: String) { people(where: { name: $name }, first: 100) { totalCount edges { node { id } } } }';
    const persons = [...seed.plan.nodes.values()].filter((node) => node.label === 'Person');
    for (const text of ['zhang', 'ZHANG', '张', '張', 'qin', 'Tian Lipu']) {
      const lower = text.toLowerCase();
      // Any of its names, in English, Chinese, traditional or pinyin, ignoring case.
      const expected = persons
        .filter((node) =>
          [node.props.nameEn, node.props.nameZh, node.props.searchText].some((name) => typeof name === 'string' && name.toLowerCase().includes(lower)),
        )
        .map((node) => node.id)
        .sort();
      const found = await data<{ people: { totalCount: number; edges: { node: { id: string } }[] } }>(api.url, people, { name: text });
      assert.equal(found.people.totalCount, expected.length, text);
      assert.deepEqual(found.people.edges.map((edge) => edge.node.id).sort(), expected, text);
      assert.ok(expected.length > 0, text);
    }
    const plan = await api.driver.executeQuery(
      'EXPLAIN MATCH (n:Entity:Person) WHERE n.nameKey CONTAINS $name RETURN n',
      { name: 'zhang' },
      { routing: 'READ' },
    );
    const operators: string[] = [];
    const walk = (step: { operatorType: string; children: unknown[] }): void => {
      operators.push(step.operatorType);
      for (const child of step.children) walk(child as typeof step);
    };
    walk(plan.summary.plan as unknown as { operatorType: string; children: unknown[] });
    assert.ok(
      operators.some((operator) => operator.startsWith('NodeIndexContainsScan')),
      operators.join(', '),
    );
  });

  it('filters by name in either language, by kind, and by related nodes', async () => {
    const chinese = await data<Regions>(api.url, regions, { where: { name: '江苏' } });
    assert.deepEqual(
      chinese.regions.edges.map((edge) => edge.node.id),
      ['region:320000'],
    );
    // The units directly within Jiangsu, as the division codes give them: its prefecture-level cities.
    const inJiangsu = await data<Regions>(api.url, regions, { where: { partOf: { id: 'region:320000' } }, first: 50 });
    const ids = inJiangsu.regions.edges.map((edge) => edge.node.id).sort();
    const expected = [...seed.plan.relationships.values()]
      .filter((rel) => rel.type === 'PART_OF' && rel.to === 'region:320000')
      .map((rel) => rel.from)
      .sort();
    assert.deepEqual(ids, expected);
    for (const city of ['region:320100', 'region:320200', 'region:321200']) assert.ok(ids.includes(city), city);
    assert.ok(!ids.includes('region:320583'), 'Kunshan lies within Suzhou, not directly within Jiangsu');
    assert.ok(inJiangsu.regions.edges.every((edge) => edge.node.kind === 'PREFECTURE_LEVEL_CITY'));
    const countyLevel = await data<Regions>(api.url, regions, {
      where: { kind: 'COUNTY_LEVEL_CITY', designations: { year: 2013 } },
    });
    assert.deepEqual(
      countyLevel.regions.edges.map((edge) => edge.node.nameEn),
      ['Changshu', 'Kunshan'],
    );
    const either = await data<Regions>(api.url, regions, { where: { OR: [{ id: 'region:320200' }, { id: 'region:xpcc' }] } });
    assert.equal(either.regions.totalCount, 2);
    const not = await data<Regions>(api.url, regions, { where: { NOT: { kind: 'PROVINCE' } }, first: 0 });
    assert.equal(not.regions.totalCount, await countOf(api.driver, "MATCH (r:Region) WHERE r.kind <> 'PROVINCE' RETURN count(r)"));
  });

  it('filters and sorts designations by year and tier', async () => {
    const result = await data<{ designations: Page<{ id: string; year: number; tier: string }> }>(
      api.url,
      `{ designations(where: { year_gte: 2012, year_lte: 2012 }, orderBy: [{ field: YEAR, direction: DESC }], first: 50) {
          totalCount edges { node { id year tier } } } }`,
    );
    // The 23 cities of the first batch of national IP demonstration cities (April 2012).
    assert.equal(result.designations.totalCount, 23);
    assert.equal(result.designations.edges.length, 23);
    assert.ok(result.designations.edges.every((edge) => edge.node.year === 2012 && edge.node.tier === 'NATIONAL_IP_DEMONSTRATION_CITY'));
  });

  it('lists every kind of entity, each count equal to the database', async () => {
    const fields = {
      people: 'Person',
      organizations: 'Organization',
      regions: 'Region',
      parks: 'Park',
      events: 'Event',
      awards: 'Award',
      delegations: 'Delegation',
      topics: 'Topic',
      statements: 'Statement',
      programmes: 'Programme',
      programmeFigures: 'ProgrammeFigure',
      batches: 'Batch',
      designations: 'Designation',
      sources: 'Source',
    };
    const query = `{ ${Object.keys(fields)
      .map((field) => `${field}(first: 0) { totalCount }`)
      .join(' ')} }`;
    const result = await data<Record<string, { totalCount: number }>>(api.url, query);
    for (const [field, label] of Object.entries(fields)) {
      assert.equal(result[field]?.totalCount, await countOf(api.driver, `MATCH (n:${label}) RETURN count(n)`), field);
    }
  });

  it('refuses bad paging arguments and names the argument', async () => {
    for (const [variables, argument] of [
      [{ first: -1 }, 'first'],
      [{ after: 'not-a-cursor' }, 'after'],
    ] as const) {
      const response = await gql(api.url, regions, variables);
      assert.equal(response.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
      assert.equal(response.errors?.[0]?.extensions?.argument, argument);
    }
    // A page above the page size limit is a query limit (test/limits.test.ts), still naming the argument.
    const tooLarge = await gql(api.url, regions, { first: 101 });
    assert.equal(tooLarge.errors?.[0]?.extensions?.code, 'QUERY_LIMIT');
    assert.equal(tooLarge.errors?.[0]?.extensions?.argument, 'first');
  });

  it('refuses arguments of the wrong type with a validation error', async () => {
    const response = await gql(api.url, '{ regions(where: { kind: NOT_A_KIND }) { totalCount } }');
    assert.equal(response.errors?.[0]?.extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
  });
});

describe('relationships in both directions', () => {
  it('walks HOLDS_POST out from a person and in to an organization, with its properties and sources', async () => {
    const result = await data<{
      person: { posts: Page<{ id: string }> & { edges: { relationship: { title: string; asOf: string; startId: string; endId: string } }[] } };
      org: { postHolders: Page<{ id: string }> };
    }>(
      api.url,
      `{ person: node(id: "person:zhang-qin") { ... on Person { posts { totalCount edges { node { id }
           relationship { ... on HoldsPost { title asOf startId endId } } } } } }
         org: node(id: "org:sipo") { ... on Organization { postHolders(orderBy: [{ field: NAME_EN }]) { totalCount edges { node { id } } } } } }`,
    );
    const post = result.person.posts.edges[0];
    assert.equal(result.person.posts.totalCount, 1);
    assert.equal(post?.node.id, 'org:sipo');
    assert.deepEqual(post?.relationship, { title: 'Deputy Commissioner', asOf: '2008-03', startId: 'person:zhang-qin', endId: 'org:sipo' });
    assert.deepEqual(
      result.org.postHolders.edges.map((edge) => edge.node.id),
      ['person:he-hua', 'person:li-yuguang', 'person:tian-lipu', 'person:yang-tiejun', 'person:zhang-qin'],
    );
  });

  it('pages and filters nested connections', async () => {
    // Suzhou's parts are districts and county-level cities; the filter keeps the cities.
    const query = `query ($after: String) { node(id: "region:320500") { ... on Region { all: parts(first: 0) { totalCount }
        parts(first: 2, after: $after, where: { kind: COUNTY_LEVEL_CITY }) {
          totalCount pageInfo { hasNextPage endCursor } edges { node { id kind } } } } } }`;
    type Parts = { node: { all: { totalCount: number }; parts: Page<{ id: string; kind: string }> } };
    const first = await data<Parts>(api.url, query);
    const cities = await countOf(api.driver, "MATCH (:Region {id: 'region:320500'})<-[:PART_OF]-(r:Region {kind: 'COUNTY_LEVEL_CITY'}) RETURN count(r)");
    assert.equal(first.node.parts.totalCount, cities);
    assert.ok(cities > 2 && cities < first.node.all.totalCount, 'the filter keeps some parts, not all');
    assert.equal(first.node.parts.edges.length, 2);
    assert.equal(first.node.parts.pageInfo.hasNextPage, true);
    const rest = await data<Parts>(api.url, query, { after: first.node.parts.pageInfo.endCursor });
    const ids = [...first.node.parts.edges, ...rest.node.parts.edges].map((edge) => edge.node.id);
    assert.equal(rest.node.parts.pageInfo.hasNextPage, cities > 4);
    assert.equal(new Set(ids).size, Math.min(cities, 4), 'the second page follows the first');
    assert.ok(ids.includes('region:320583'), 'Kunshan is a county-level city of Suzhou');
    assert.ok([...first.node.parts.edges, ...rest.node.parts.edges].every((edge) => edge.node.kind === 'COUNTY_LEVEL_CITY'));
  });

  it('reaches entities of several kinds through a Node connection', async () => {
    const result = await data<{ node: { attendees: { edges: { node: { __typename: string; id: string } }[] } } }>(
      api.url,
      `{ node(id: "event:nanjing-2008-conference") { ... on Event { attendees(first: 20) { edges { node { __typename id } } } } } }`,
    );
    const kinds = new Set(result.node.attendees.edges.map((edge) => edge.node.__typename));
    assert.deepEqual([...kinds].sort(), ['Delegation', 'Person']);
    assert.equal(result.node.attendees.edges.length, 6);
  });
});

describe('sources', () => {
  type Citation = {
    quote: string | null;
    checked: boolean;
    unquoted: string | null;
    layer: string;
    fields: string[] | null;
    source: { id: string; kind: string; file: string | null; url: string | null; language: string | null };
  };
  const citation = 'quote checked unquoted layer fields source { id kind file url language }';

  it('cite both reports for a fact they both state, each quote verbatim in its document', async () => {
    const result = await data<{ node: { sources: Citation[]; speakers: { edges: { relationship: { sources: Citation[] } }[] } } }>(
      api.url,
      `{ node(id: "event:nanjing-2008-conference") { sources { ${citation} }
          ... on Event { speakers(first: 10) { edges { relationship { sources { ${citation} } } } } } } }`,
    );
    const citations = [...result.node.sources, ...result.node.speakers.edges.flatMap((edge) => edge.relationship.sources)];
    const documents = new Set(citations.map((citation) => citation.source.id));
    assert.ok(documents.has('source:nanjing-2008-en') && documents.has('source:nanjing-2008-zh'));
    for (const citation of citations) {
      assert.ok(citation.source.file, `${citation.source.id} is a document`);
      assert.ok(citation.quote);
      assert.equal(citation.checked, true, 'a quote from a held document is checked');
      assert.equal(citation.unquoted, null);
      assert.equal(citation.layer, 'SEED');
      const text = foldWhitespace(readFileSync(`seed/${citation.source.file}`, 'utf8'));
      assert.ok(text.includes(foldWhitespace(citation.quote)), `quote not in ${citation.source.file}: ${citation.quote}`);
    }
    const chinese = citations.find((citation) => citation.source.id === 'source:nanjing-2008-zh');
    assert.equal(chinese?.source.language, 'zh-Hant');
  });

  it('cite the URL, without a quote and saying why, for facts only a web page the project does not hold gives', async () => {
    const result = await data<{ node: { sources: Citation[] } }>(
      api.url,
      '{ node(id: "person:tian-lipu") { sources { quote checked unquoted layer source { id kind url } } } }',
    );
    assert.deepEqual(result.node.sources, [
      {
        quote: null,
        checked: false,
        unquoted: "The project holds no copy of this CNIPA English page on SIPO's leadership in March 2008; it is cited by URL.",
        layer: 'SEED',
        source: { id: 'source:cnipa-1122513', kind: 'WEB_PAGE', url: 'https://english.cnipa.gov.cn/transfer/news/officialinformation/1122513.htm' },
      },
    ]);
  });

  it('every node and relationship in the graph carries at least one source', async () => {
    assert.equal(await countOf(api.driver, 'MATCH (n:Entity) WHERE NOT (n)-[:SUPPORTED_BY]->(:Source) RETURN count(n)'), 0);
    assert.equal(await countOf(api.driver, "MATCH ()-[r]->() WHERE type(r) <> 'SUPPORTED_BY' AND size(coalesce(r.citeSources, [])) = 0 RETURN count(r)"), 0);
  });

  it('lists and looks up sources', async () => {
    const result = await data<{ sources: Page<{ id: string; publishedOn: string | null }>; source: { title: string } }>(
      api.url,
      `{ sources(where: { kind: DOCUMENT }, orderBy: [{ field: PUBLISHED_ON, direction: DESC }]) { totalCount edges { node { id publishedOn } } }
         source(id: "source:nanjing-2008-zh") { title } }`,
    );
    assert.equal(result.sources.totalCount, seed.sources.filter((source) => source.record.kind === 'DOCUMENT').length);
    assert.ok(result.sources.totalCount >= 2 + 65, 'the two conference reports and the programme excerpts');
    assert.equal(result.source.title, '城市和園區知識産權試點示範工作會議在南京開幕');
  });
});

describe('the finer points of the query language', () => {
  it('filters entities of several kinds by kind', async () => {
    const result = await data<{ node: { attendees: { totalCount: number; edges: { node: { __typename: string } }[] } } }>(
      api.url,
      '{ node(id: "event:nanjing-2008-conference") { ... on Event { attendees(where: { kinds: [PERSON] }) { totalCount edges { node { __typename } } } } } }',
    );
    assert.equal(result.node.attendees.totalCount, 2);
    assert.ok(result.node.attendees.edges.every((edge) => edge.node.__typename === 'Person'));
  });

  it('compares partial dates at the precision of the bound', async () => {
    const query = 'query ($where: EventWhere) { events(where: $where) { totalCount } }';
    const count = async (where: Record<string, string>): Promise<number> =>
      (await data<{ events: { totalCount: number } }>(api.url, query, { where })).events.totalCount;
    assert.equal(await count({ startDate_lte: '2008' }), 1, '2008-05-14 is within 2008');
    assert.equal(await count({ startDate_gte: '2008-05' }), 1);
    assert.equal(await count({ startDate_lte: '2008-04' }), 0);
    assert.equal(await count({ startDate_gte: '2009' }), 0);
    const bad = await gql(api.url, query, { where: { startDate_gte: '14 May 2008' } });
    assert.equal(bad.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.match(bad.errors?.[0]?.message ?? '', /YYYY, YYYY-MM or YYYY-MM-DD/);
  });

  it('honours @skip and @include, and aliases on computed fields', async () => {
    const result = await data<{ people: { pageInfo: { next: boolean; previous: boolean }; edges?: unknown; totalCount?: number } }>(
      api.url,
      `query ($skip: Boolean!) { people(first: 2) { pageInfo { next: hasNextPage previous: hasPreviousPage }
         edges @skip(if: $skip) { cursor } totalCount @include(if: $skip) } }`,
      { skip: true },
    );
    assert.deepEqual(result.people.pageInfo, { next: true, previous: false });
    assert.equal(result.people.edges, undefined);
    assert.equal(result.people.totalCount, 6);
  });

  it('refuses aliases that would collide with its bookkeeping', async () => {
    const response = await gql(api.url, '{ people { __offset: totalCount } }');
    assert.equal(response.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.equal(response.errors?.[0]?.extensions?.argument, 'alias');
  });

  it('stores whole numbers as Neo4j integers', async () => {
    const session = api.driver.session({ defaultAccessMode: 'READ' });
    try {
      const result = await session.executeRead((tx) =>
        tx.run("MATCH (a:Award {id: 'award:nanjing-2008-advanced-collectives'}) RETURN valueType(a.recipientCount) AS type"),
      );
      assert.equal(result.records[0]?.get('type'), 'INTEGER NOT NULL');
    } finally {
      await session.close();
    }
  });
});
