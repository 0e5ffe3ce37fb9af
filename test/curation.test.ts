import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parseTokens } from '../src/auth.js';
import { CurationStore } from '../src/cypher/curation.js';
import { loadConfig } from '../src/config.js';
import { sourceCatalogue } from '../src/records/sources.js';
import { countOf, gql, graphChecksum, startApi, testDriver, type GraphQLResponse, type RunningApi, reloadSeed } from './helpers.js';

/**
 * Curation: only editors change the graph, every change is one transaction with its audit entry,
 * and refused input names its field and leaves the graph as it was.
 */
const EDITOR = 'editor-token-for-curation-tests';
const READER = 'reader-token-for-curation-tests';
const AS_EDITOR = { authorization: `Bearer ${EDITOR}` };
const AS_READER = { authorization: `Bearer ${READER}` };
const AUTH = { tokens: parseTokens(`ed:editor:${EDITOR},rd:reader:${READER}`), anonymousRead: true };

const EN_QUOTE = { source: 'source:nanjing-2008-en', quote: 'SIPO Deputy Commissioner Zhang Qin' };
const ZH_QUOTE = { source: 'source:nanjing-2008-zh', quote: '國家知識産權局副局長張勤' };
const PERSON = 'person:curation-test';
const POST = 'rel:holds_post:curation-test:sipo';

const CREATE_ENTITY = 'mutation($input: CreateEntityInput!) { createEntity(input: $input) { id auditId } }';
const UPDATE_ENTITY = 'mutation($input: UpdateEntityInput!) { updateEntity(input: $input) { id auditId } }';
const DELETE_ENTITY = 'mutation($id: ID!, $reason: String!) { deleteEntity(id: $id, reason: $reason) { id auditId } }';
const CREATE_RELATIONSHIP = 'mutation($input: CreateRelationshipInput!) { createRelationship(input: $input) { id auditId } }';
const DELETE_RELATIONSHIP = 'mutation($id: ID!, $reason: String!) { deleteRelationship(id: $id, reason: $reason) { id auditId } }';
const ATTACH_SOURCE = 'mutation($targetId: ID!, $citation: CitationInput!) { attachSource(targetId: $targetId, citation: $citation) { id auditId } }';

/** Each mutation with input that an editor may send, in an order in which each one succeeds. */
const MUTATIONS: readonly { name: string; query: string; variables: Record<string, unknown> }[] = [
  {
    name: 'createEntity',
    query: CREATE_ENTITY,
    variables: { input: { kind: 'PERSON', id: PERSON, nameEn: 'Curation Test', aliases: ['C. Test'], sources: [EN_QUOTE] } },
  },
  {
    name: 'updateEntity',
    query: UPDATE_ENTITY,
    variables: { input: { id: PERSON, nameZh: '张测试', sources: [{ ...ZH_QUOTE, fields: ['nameZh'] }] } },
  },
  {
    name: 'createRelationship',
    query: CREATE_RELATIONSHIP,
    variables: {
      input: {
        type: 'HOLDS_POST',
        from: PERSON,
        to: 'org:sipo',
        properties: { title: 'Deputy Commissioner', asOf: '2008-05' },
        sources: [{ ...EN_QUOTE, fields: ['title'] }],
      },
    },
  },
  { name: 'attachSource', query: ATTACH_SOURCE, variables: { targetId: POST, citation: { ...ZH_QUOTE, note: 'The Chinese report.' } } },
  { name: 'deleteRelationship', query: DELETE_RELATIONSHIP, variables: { id: POST, reason: 'test clean-up' } },
  { name: 'deleteEntity', query: DELETE_ENTITY, variables: { id: PERSON, reason: 'test clean-up' } },
];

let api: RunningApi;
before(async () => {
  api = await startApi(testDriver(), { auth: AUTH });
});
after(async () => {
  await reloadSeed(api.driver);
  await api.close();
});

async function post(
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: GraphQLResponse<Record<string, { id: string; auditId: string }>> }> {
  const response = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<Record<string, { id: string; auditId: string }>> };
}

describe('who may change the graph', () => {
  for (const [index, mutation] of MUTATIONS.entries()) {
    it(`${mutation.name}: refused without a token (401) and with a reader token (403), done with an editor token`, async () => {
      const before = await graphChecksum(api.driver);
      const anonymous = await post(mutation.query, mutation.variables);
      assert.equal(anonymous.status, 401);
      assert.equal(anonymous.body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
      const reader = await post(mutation.query, mutation.variables, AS_READER);
      assert.equal(reader.status, 403);
      assert.equal(reader.body.errors?.[0]?.extensions?.code, 'FORBIDDEN');
      assert.equal(await graphChecksum(api.driver), before, 'a refused mutation changed the graph');

      const editor = await post(mutation.query, mutation.variables, AS_EDITOR);
      assert.equal(editor.status, 200, JSON.stringify(editor.body));
      assert.equal(editor.body.errors, undefined);
      const change = editor.body.data?.[mutation.name];
      assert.match(change?.auditId ?? '', /^audit:[0-9a-f-]{36}$/);
      assert.notEqual(await graphChecksum(api.driver), before);
      assert.equal(await countOf(api.driver, `MATCH (a:AuditEntry {id: '${change?.auditId}', actor: 'ed', action: '${mutation.name}'}) RETURN count(a)`), 1);
      // The graph says what the mutation did, step by step.
      const expected = [
        `MATCH (p:Person:Entity {id: '${PERSON}', nameEn: 'Curation Test', layer: 'CURATION'})-[:SUPPORTED_BY]->(:Source) RETURN count(p)`,
        `MATCH (p:Person {id: '${PERSON}', nameZh: '张测试'})-[c:SUPPORTED_BY {fields: ['nameZh'], layer: 'CURATION', checked: true}]->(:Source {id: 'source:nanjing-2008-zh'}) RETURN count(c)`,
        `MATCH (:Person {id: '${PERSON}'})-[r:HOLDS_POST {id: '${POST}', title: 'Deputy Commissioner', layer: 'CURATION'}]->(:Organization {id: 'org:sipo'}) RETURN count(r)`,
        `MATCH ()-[r:HOLDS_POST {id: '${POST}'}]->() WHERE r.citeSources = ['source:nanjing-2008-en', 'source:nanjing-2008-zh'] AND r.citeLayers = ['CURATION', 'CURATION'] RETURN count(r)`,
        `MATCH (p:Person {id: '${PERSON}'}) WHERE NOT EXISTS { ()-[:HOLDS_POST {id: '${POST}'}]->() } RETURN count(p)`,
        `RETURN CASE WHEN EXISTS { MATCH (:Entity {id: '${PERSON}'}) } THEN 0 ELSE 1 END`,
      ];
      assert.equal(await countOf(api.driver, expected[index] as string), 1, `after ${mutation.name}`);
    });
  }

  it('shows curated facts through the API with their sources, as of the CURATION layer', async () => {
    const created = await post(MUTATIONS[0]!.query, MUTATIONS[0]!.variables, AS_EDITOR);
    assert.equal(created.body.errors, undefined);
    // A quote from a web page the project does not hold is kept as given, marked unchecked.
    const WEB_QUOTE = { source: 'source:cnipa-1122513', quote: 'Deputy Commissioner' };
    const attached = await post(ATTACH_SOURCE, { targetId: PERSON, citation: WEB_QUOTE }, AS_EDITOR);
    assert.equal(attached.body.errors, undefined, JSON.stringify(attached.body.errors));
    type Citation = { quote: string; checked: boolean; unquoted: string | null; layer: string; source: { id: string } };
    const response = await gql<{ node: { nameEn: string; layer: string; sources: Citation[] }; seed: { layer: string } }>(
      api.url,
      `{ node(id: "${PERSON}") { ... on Person { nameEn layer sources { quote checked unquoted layer source { id } } } }
         seed: node(id: "person:zhang-qin") { layer } }`,
    );
    assert.deepEqual(response.data?.node, {
      nameEn: 'Curation Test',
      layer: 'CURATION',
      sources: [
        { quote: EN_QUOTE.quote, checked: true, unquoted: null, layer: 'CURATION', source: { id: EN_QUOTE.source } },
        { quote: WEB_QUOTE.quote, checked: false, unquoted: null, layer: 'CURATION', source: { id: WEB_QUOTE.source } },
      ],
    });
    assert.deepEqual(response.data?.seed, { layer: 'SEED' });
    await post(DELETE_ENTITY, { id: PERSON, reason: 'test clean-up' }, AS_EDITOR);
  });

  it('refuses a token it does not know, with WWW-Authenticate, even for reads', async () => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer not-a-token-of-ours-at-all' },
      body: JSON.stringify({ query: '{ node(id: "org:sipo") { id } }' }),
    });
    assert.equal(response.status, 401);
    assert.equal(response.headers.get('www-authenticate'), 'Bearer');
    const body = (await response.json()) as GraphQLResponse<unknown>;
    assert.equal(body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
  });

  it('lets readers read, and logs token names but never the tokens', async () => {
    const response = await gql(api.url, '{ node(id: "org:sipo") { id } }', undefined, AS_READER);
    assert.deepEqual(response.data, { node: { id: 'org:sipo' } });
    const log = api.logged.join('\n');
    assert.ok(log.length > 0);
    assert.ok(!log.includes(EDITOR) && !log.includes(READER), 'a token reached the log');
  });

  it('refuses anonymous reads when ANONYMOUS_READ is off', async () => {
    const closed = await startApi(testDriver(), { auth: { ...AUTH, anonymousRead: false } });
    try {
      const anonymous = await fetch(closed.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ node(id: "org:sipo") { id } }' }),
      });
      assert.equal(anonymous.status, 401);
      assert.deepEqual((await gql(closed.url, '{ node(id: "org:sipo") { id } }', undefined, AS_READER)).data, { node: { id: 'org:sipo' } });
    } finally {
      await closed.close();
    }
  });

  it('does not run a mutation sent by GET', async () => {
    const before = await graphChecksum(api.driver);
    const url = `${api.url}?query=${encodeURIComponent(CREATE_ENTITY)}&variables=${encodeURIComponent(JSON.stringify(MUTATIONS[0]!.variables))}`;
    const response = await fetch(url, { headers: { ...AS_EDITOR, 'apollo-require-preflight': 'true' } });
    assert.equal(response.status, 405);
    assert.equal(await graphChecksum(api.driver), before);
  });
});

describe('what curation refuses', () => {
  const entity = (input: Record<string, unknown>): Record<string, unknown> => ({
    input: { kind: 'PERSON', id: PERSON, nameEn: 'Curation Test', sources: [EN_QUOTE], ...input },
  });
  const relationship = (input: Record<string, unknown>): Record<string, unknown> => ({
    input: { type: 'HOLDS_POST', from: 'person:zhang-qin', to: 'org:sipo', key: 'second', properties: { title: 'Adviser' }, sources: [EN_QUOTE], ...input },
  });
  const cases: readonly { name: string; query: string; variables: Record<string, unknown>; argument: string; message: RegExp; code?: string }[] = [
    { name: 'a fact without a source', query: CREATE_ENTITY, variables: entity({ sources: [] }), argument: 'input.sources', message: /at least one source/ },
    {
      name: 'a quote the document does not hold',
      query: CREATE_ENTITY,
      variables: entity({ sources: [{ ...EN_QUOTE, quote: 'Words nobody wrote' }] }),
      argument: 'input.sources.0.quote',
      message: /not found verbatim/,
    },
    {
      name: 'an empty quote',
      query: CREATE_ENTITY,
      variables: entity({ sources: [{ ...EN_QUOTE, quote: ' ' }] }),
      argument: 'input.sources.0.quote',
      message: /exact words/,
    },
    {
      name: 'a source that does not exist',
      query: CREATE_ENTITY,
      variables: entity({ sources: [{ ...EN_QUOTE, source: 'source:nowhere' }] }),
      argument: 'input.sources.0.source',
      message: /no source has the id source:nowhere/,
    },
    { name: 'an id of another kind', query: CREATE_ENTITY, variables: entity({ id: 'org:curation-test' }), argument: 'input.id', message: /person:/ },
    {
      name: 'an id that exists',
      query: CREATE_ENTITY,
      variables: entity({ id: 'person:zhang-qin' }),
      argument: 'input.id',
      message: /already exists/,
      code: 'CONFLICT',
    },
    {
      name: 'an impossible date',
      query: CREATE_ENTITY,
      variables: entity({ kind: 'EVENT', id: 'event:curation-test', properties: { kind: 'CONFERENCE', startDate: '2008-13-40' } }),
      argument: 'input.properties.startDate',
      message: /YYYY/,
    },
    {
      name: 'a property the kind does not have',
      query: CREATE_ENTITY,
      variables: entity({ properties: { shoeSize: 42 } }),
      argument: 'input.properties.shoeSize',
      message: /shoeSize/,
    },
    {
      name: 'a property the server keeps',
      query: CREATE_ENTITY,
      variables: entity({ properties: { layer: 'SEED' } }),
      argument: 'input.properties.layer',
      message: /kept by the server/,
    },
    {
      name: 'a citation of a property the record lacks',
      query: CREATE_ENTITY,
      variables: entity({ sources: [{ ...EN_QUOTE, fields: ['title'] }] }),
      argument: 'input.sources.0.fields',
      message: /"title" is not a property/,
    },
    {
      name: 'an update of an entity that does not exist',
      query: UPDATE_ENTITY,
      variables: { input: { id: 'person:nobody', nameEn: 'X', sources: [EN_QUOTE] } },
      argument: 'input.id',
      message: /No entity has the id person:nobody/,
    },
    {
      name: 'an update that clears a required name',
      query: UPDATE_ENTITY,
      variables: { input: { id: 'person:zhang-qin', nameEn: null, sources: [EN_QUOTE] } },
      argument: 'input.nameEn',
      message: /nameEn/,
    },
    {
      name: 'a delete of an entity that does not exist',
      query: DELETE_ENTITY,
      variables: { id: 'person:nobody', reason: 'x' },
      argument: 'id',
      message: /No entity/,
    },
    {
      name: 'an unknown relationship type',
      query: CREATE_RELATIONSHIP,
      variables: relationship({ type: 'KNOWS' }),
      argument: 'input.type',
      message: /must be one of/,
    },
    {
      name: 'a relationship from a missing entity',
      query: CREATE_RELATIONSHIP,
      variables: relationship({ from: 'person:nobody' }),
      argument: 'input.from',
      message: /no entity has the id person:nobody/,
    },
    {
      name: 'a relationship between the wrong kinds',
      query: CREATE_RELATIONSHIP,
      variables: relationship({ from: 'org:sipo', to: 'person:zhang-qin' }),
      argument: 'input.from',
      message: /HOLDS_POST starts at Person/,
    },
    {
      name: 'a relationship that exists',
      query: CREATE_RELATIONSHIP,
      variables: relationship({ key: null }),
      argument: 'input.key',
      message: /already exists/,
      code: 'CONFLICT',
    },
    {
      name: 'a relationship key with odd characters',
      query: CREATE_RELATIONSHIP,
      variables: relationship({ key: "x'})-[:X]->(" }),
      argument: 'input.key',
      message: /lower-case/,
    },
    {
      name: 'a relationship without its required property',
      query: CREATE_RELATIONSHIP,
      variables: relationship({ properties: {} }),
      argument: 'input.properties.title',
      message: /title/,
    },
    {
      name: 'a malformed relationship id',
      query: DELETE_RELATIONSHIP,
      variables: { id: 'person:zhang-qin', reason: 'x' },
      argument: 'id',
      message: /relationship id/,
    },
    {
      name: 'a relationship id that does not exist',
      query: DELETE_RELATIONSHIP,
      variables: { id: 'rel:holds_post:nobody:sipo', reason: 'x' },
      argument: 'id',
      message: /No relationship/,
    },
    {
      name: 'a citation for a missing target',
      query: ATTACH_SOURCE,
      variables: { targetId: 'person:nobody', citation: EN_QUOTE },
      argument: 'targetId',
      message: /No entity/,
    },
    {
      name: 'a citation whose quote is not in the document',
      query: ATTACH_SOURCE,
      variables: { targetId: 'person:zhang-qin', citation: { ...EN_QUOTE, quote: 'Invented words' } },
      argument: 'citation.quote',
      message: /not found verbatim/,
    },
  ];
  for (const refusal of cases) {
    it(`refuses ${refusal.name} with ${refusal.code ?? 'BAD_USER_INPUT'}, naming ${refusal.argument}, and changes nothing`, async () => {
      const before = await graphChecksum(api.driver);
      const { body } = await post(refusal.query, refusal.variables, AS_EDITOR);
      const error = body.errors?.[0];
      assert.equal(error?.extensions?.code, refusal.code ?? 'BAD_USER_INPUT', JSON.stringify(body));
      assert.equal(error?.extensions?.argument, refusal.argument, error?.message);
      assert.match(error?.message ?? '', refusal.message);
      assert.equal(await graphChecksum(api.driver), before);
    });
  }

  it('rolls the whole transaction back when a step after the first write fails', async () => {
    const before = await graphChecksum(api.driver);
    const store = new CurationStore(api.driver, undefined, sourceCatalogue(loadConfig().seedDir));
    // The audit entry is the transaction's last step; an input it cannot record makes it fail after the node and its citation are written.
    const input = { kind: 'PERSON' as const, id: PERSON, nameEn: 'Curation Test', sources: [EN_QUOTE], unrecordable: 1n };
    await assert.rejects(store.createEntity(input, 'ed'), /BigInt/);
    assert.equal(await graphChecksum(api.driver), before);
  });
});

describe('the audit trail', () => {
  it('records who changed what and when, newest first, filtered by target or actor and paged', async () => {
    const started = Date.now();
    for (const mutation of MUTATIONS) {
      const { body } = await post(mutation.query, mutation.variables, AS_EDITOR);
      assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    }
    type Trail = {
      auditTrail: {
        totalCount: number;
        edges: { node: { actor: string; action: string; targetId: string; at: string; input: string; before: string | null; after: string | null } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    };
    const trail = async (args: string): Promise<Trail['auditTrail']> => {
      const response = await gql<Trail>(
        api.url,
        `{ auditTrail(${args}) { totalCount edges { node { actor action targetId at input before after } } pageInfo { hasNextPage endCursor } } }`,
      );
      assert.equal(response.errors, undefined, JSON.stringify(response.errors));
      return (response.data as Trail).auditTrail;
    };
    const ofPerson = await trail(`targetId: "${PERSON}", first: 3`);
    const nodes = ofPerson.edges.map((edge) => edge.node);
    assert.deepEqual(
      nodes.map((node) => node.action),
      ['deleteEntity', 'updateEntity', 'createEntity'],
    );
    assert.ok(nodes.every((node) => node.actor === 'ed' && node.targetId === PERSON && Date.parse(node.at) >= started - 1000));
    const [deleted, updated, created] = nodes as [
      Trail['auditTrail']['edges'][number]['node'],
      Trail['auditTrail']['edges'][number]['node'],
      Trail['auditTrail']['edges'][number]['node'],
    ];
    assert.equal(created.before, null);
    const props = (state: string | null): Record<string, unknown> => (JSON.parse(state ?? '{}') as { props: Record<string, unknown> }).props;
    assert.equal(props(created.after).nameEn, 'Curation Test');
    assert.equal(props(updated.before).nameZh, undefined);
    assert.equal(props(updated.after).nameZh, '张测试');
    assert.deepEqual(JSON.parse(deleted.input), { id: PERSON, reason: 'test clean-up' });
    assert.equal(deleted.after, null);

    const byEditor = await trail('actor: "ed", first: 2');
    assert.ok(byEditor.totalCount >= MUTATIONS.length);
    assert.equal(byEditor.pageInfo.hasNextPage, true);
    const next = await trail(`actor: "ed", first: 2, after: "${byEditor.pageInfo.endCursor}"`);
    assert.equal(next.edges.length, 2);
    assert.equal(await countOf(api.driver, 'MATCH (a:AuditEntry) RETURN count(a)'), (await trail('first: 1')).totalCount);
    assert.equal((await trail('actor: "nobody"')).totalCount, 0);
  });
});
