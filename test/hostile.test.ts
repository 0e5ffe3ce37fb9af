import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  buildSchema,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { FILTERS_AT_THE_LIMITS } from '../bench/filter-shapes.js';
import { parseTokens } from '../src/auth.js';
import { PROJECT_ROOT } from '../src/config.js';
import { countOf, graphChecksum, startApi, testDriver, type GraphQLResponse, type RunningApi, reloadSeed } from './helpers.js';

/**
 * Hostile input: every request here is refused with a clear error, or (for text that is only
 * data) answered without harm; none of them changes the graph.
 */
const EDITOR = 'editor-token-for-hostile-tests';
const AS_EDITOR = { authorization: `Bearer ${EDITOR}` };
const AUTH = { tokens: parseTokens(`ed:editor:${EDITOR}`), anonymousRead: true };
const EN_QUOTE = { source: 'source:nanjing-2008-en', quote: 'SIPO Deputy Commissioner Zhang Qin' };
/** A curated entity for the mutations to aim at, so that no seed record is touched. */
const TARGET = 'person:hostile-target';

let api: RunningApi;
before(async () => {
  api = await startApi(testDriver(), { auth: AUTH });
  const created = await send(
    {
      query: 'mutation($i: CreateEntityInput!) { createEntity(input: $i) { id } }',
      variables: { i: { kind: 'PERSON', id: TARGET, nameEn: 'Hostile Target', sources: [EN_QUOTE] } },
    },
    AS_EDITOR,
  );
  assert.equal(created.status, 200, JSON.stringify(created.body));
});
after(async () => {
  await reloadSeed(api.driver);
  await api.close();
});

interface Answer {
  readonly status: number;
  readonly body: GraphQLResponse<unknown>;
}

async function send(payload: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  return raw(JSON.stringify(payload), { 'content-type': 'application/json', ...headers });
}

async function raw(body: string | FormData, headers: Record<string, string>, method = 'POST', query = ''): Promise<Answer> {
  const response = await fetch(`${api.url}${query}`, { method, headers, ...(method === 'GET' ? {} : { body }) });
  const text = await response.text();
  let parsed: GraphQLResponse<unknown>;
  try {
    parsed = JSON.parse(text) as GraphQLResponse<unknown>;
  } catch {
    parsed = { errors: [{ message: text }] };
  }
  return { status: response.status, body: parsed };
}

const nested = (depth: number): string => {
  let selection = 'id';
  for (let level = 0; level < depth; level++) selection = `posts { edges { node { postHolders { edges { node { ${selection} } } } } } }`;
  return `{ node(id: "person:zhang-qin") { ... on Person { ${selection} } } }`;
};
const repeat = (count: number, make: (index: number) => string): string => Array.from({ length: count }, (_, index) => make(index)).join(' ');
const INJECTION = "person:x' }) MATCH (n) DETACH DELETE n //";
/** `NOT: { NOT: ... { id } }`, `depth` levels deep, as GraphQL text or as a variable's value. */
const notNested = (depth: number): string => `${'{ NOT: '.repeat(depth)}{ id: "person:zhang-qin" }${' }'.repeat(depth)}`;
const notNestedValue = (depth: number): Record<string, unknown> => {
  let value: Record<string, unknown> = { id: 'person:zhang-qin' };
  for (let level = 0; level < depth; level++) value = { NOT: value };
  return value;
};

/** Each case: the request, the status it must get, the words its error must say and the limit it names, if one. */
const CASES: readonly { name: string; request: () => Promise<Answer>; status: number; message: RegExp; limit?: string }[] = [
  {
    name: 'a filter nested 200 deep inline',
    request: () => send({ query: `{ people(where: ${notNested(200)}) { totalCount } }` }),
    status: 400,
    message: /Filter depth limit: where nests more than 6 levels/,
    limit: 'maxFilterDepth',
  },
  {
    name: 'a filter nested 300 deep through a variable',
    request: () => send({ query: 'query($w: PersonWhere) { people(where: $w) { totalCount } }', variables: { w: notNestedValue(300) } }),
    status: 400,
    message: /Filter depth limit/,
    limit: 'maxFilterDepth',
  },
  {
    name: 'a filter nested too deep on a nested list',
    request: () => send({ query: `{ node(id: "person:zhang-qin") { ... on Person { attended(where: { heldIn: ${notNested(8)} }) { totalCount } } } }` }),
    status: 400,
    message: /Filter depth limit: where/,
    limit: 'maxFilterDepth',
  },
  {
    name: '499 OR-ed name filters',
    request: () =>
      send({
        query: 'query($w: PersonWhere) { people(where: $w) { totalCount } }',
        variables: { w: { OR: Array.from({ length: 499 }, (_, i) => ({ name: `zhang${i}` })) } },
      }),
    status: 400,
    message: /Filter size limit: where holds 499 conditions, more than the limit of 20/,
    limit: 'maxFilterPredicates',
  },
  {
    name: 'filters on related nodes past the size limit',
    request: () =>
      send({
        query: 'query($w: RegionWhere) { regions(where: $w) { totalCount } }',
        variables: { w: { OR: Array.from({ length: 4 }, (_, i) => ({ partOf: { partOf: { designations: { holders: { name: `q${i}` } } } } })) } },
      }),
    status: 400,
    message: /Filter size limit: where holds 36 conditions/,
    limit: 'maxFilterPredicates',
  },
  { name: 'a depth bomb', request: () => send({ query: nested(30) }), status: 400, message: /depth limit of 25/ },
  {
    name: 'an alias bomb',
    request: () => send({ query: `{ ${repeat(200, (i) => `a${i}: node(id: "org:sipo") { id }`)} }` }),
    status: 400,
    message: /Aliases limit of 30/,
  },
  {
    name: 'a directive flood',
    request: () => send({ query: `{ node(id: "org:sipo") { id ${repeat(100, () => '@skip(if: false)')} } }` }),
    status: 400,
    message: /Directives limit of 20/,
  },
  { name: 'a token flood', request: () => send({ query: `{ node(id: "org:sipo") { ${repeat(5000, () => 'id')} } }` }), status: 400, message: /tokens/ },
  {
    name: 'a cost bomb of nested pages',
    request: () =>
      send({
        query: '{ people(first: 100) { edges { node { posts(first: 100) { edges { node { postHolders(first: 100) { edges { node { id } } } } } } } } } }',
      }),
    status: 400,
    message: /cost limit/,
  },
  { name: 'a page larger than the limit', request: () => send({ query: '{ people(first: 100000) { totalCount } }' }), status: 400, message: /Page size limit/ },
  {
    name: 'a fragment cycle',
    request: () => send({ query: 'fragment A on Person { id ...B } fragment B on Person { ...A } { node(id: "person:zhang-qin") { ...A } }' }),
    status: 400,
    message: /Cannot spread fragment "A" within itself/,
  },
  {
    name: 'a fragment that spreads itself',
    request: () => send({ query: 'fragment A on Person { id ...A } { node(id: "person:zhang-qin") { ...A } }' }),
    status: 400,
    message: /Cannot spread fragment "A" within itself/,
  },
  {
    name: 'introspection nested to exhaust the server',
    request: () => send({ query: `{ __schema { types { ${'fields { type { ofType { '.repeat(12)}name${' } } }'.repeat(12)} } } }` }),
    status: 400,
    message: /Maximum introspection depth exceeded/,
  },
  {
    name: 'a huge string in a variable',
    request: () => send({ query: 'query($n: String) { people(where: { name: $n }) { totalCount } }', variables: { n: 'a'.repeat(100_000) } }),
    status: 400,
    message: /String length limit: where.name has 100000 characters/,
  },
  {
    name: 'a huge search text',
    request: () => send({ query: `{ search(text: "${'zhang '.repeat(300)}") { score } }` }),
    status: 200,
    message: /text must be at most 200 characters/,
  },
  {
    name: 'a huge list in a variable',
    request: () =>
      send({
        query: 'query($ids: [ID!]) { people(where: { id_in: $ids }) { totalCount } }',
        variables: { ids: Array.from({ length: 10_000 }, (_, i) => `person:p${i}`) },
      }),
    status: 400,
    message: /List length limit: where.id_in has 10000 items/,
  },
  {
    name: 'a body over one megabyte',
    request: () => send({ query: '{ __typename }', variables: { padding: 'x'.repeat(1_100_000) } }),
    status: 413,
    message: /larger than 1 MB/,
  },
  { name: 'a batch array', request: () => send([{ query: '{ __typename }' }, { query: '{ __typename }' }]), status: 400, message: /batch/i },
  { name: 'malformed JSON', request: () => raw('{"query": "{ __typename }"', { 'content-type': 'application/json' }), status: 400, message: /JSON/ },
  { name: 'JSON that is not an object', request: () => raw('42', { 'content-type': 'application/json' }), status: 400, message: /JSON|object|body/i },
  { name: 'a body without a query', request: () => send({ variables: {} }), status: 400, message: /query/ },
  { name: 'a query that is not a string', request: () => send({ query: 5 }), status: 400, message: /queries must be strings/ },
  { name: 'variables that are not an object', request: () => send({ query: '{ __typename }', variables: 'x' }), status: 400, message: /variables/ },
  {
    name: 'a text/plain body (a cross-site form could send it)',
    request: () => raw('{"query":"{ __typename }"}', { 'content-type': 'text/plain' }),
    status: 400,
    message: /CSRF|content-type/i,
  },
  {
    name: 'a form-encoded body',
    request: () => raw('query=%7B__typename%7D', { 'content-type': 'application/x-www-form-urlencoded' }),
    status: 400,
    message: /CSRF|content-type/i,
  },
  {
    name: 'a multipart body',
    request: () => {
      const form = new FormData();
      form.set('query', '{ __typename }');
      return raw(form, {});
    },
    status: 400,
    message: /CSRF|content-type/i,
  },
  {
    name: 'a mutation by GET',
    request: () =>
      raw(
        '',
        { 'apollo-require-preflight': 'true', ...AS_EDITOR },
        'GET',
        `?query=${encodeURIComponent(`mutation { deleteEntity(id: "${TARGET}", reason: "x") { id } }`)}`,
      ),
    status: 405,
    message: /mutation/i,
  },
  {
    name: 'a GET a browser could send cross-site',
    request: () => raw('', {}, 'GET', `?query=${encodeURIComponent('{ __typename }')}`),
    status: 400,
    message: /CSRF/,
  },
  {
    name: 'an operation name the document lacks',
    request: () => send({ query: 'query A { __typename }', operationName: 'B' }),
    status: 400,
    message: /Unknown operation named "B"/,
  },
  { name: 'a syntax error', request: () => send({ query: '{ node(id: "org:sipo") { id ' }), status: 400, message: /Syntax Error/ },
  { name: 'an empty id', request: () => send({ query: '{ node(id: "") { id } }' }), status: 400, message: /"" is not an id/ },
  {
    name: 'Cypher in an id',
    request: () => send({ query: 'query($id: ID!) { neighborhood(id: $id) { truncated } }', variables: { id: INJECTION } }),
    status: 400,
    message: /is not an id/,
  },
  {
    name: 'Cypher in the id of a delete, from an editor',
    request: () => send({ query: 'mutation($id: ID!) { deleteEntity(id: $id, reason: "x") { id } }', variables: { id: INJECTION } }, AS_EDITOR),
    status: 400,
    message: /is not an id/,
  },
  {
    name: 'Cypher in a relationship end, from an editor',
    request: () =>
      send(
        {
          query: 'mutation($i: CreateRelationshipInput!) { createRelationship(input: $i) { id } }',
          variables: { i: { type: 'HOLDS_POST', from: TARGET, to: "org:sipo'}) DETACH DELETE b //", sources: [EN_QUOTE] } },
        },
        AS_EDITOR,
      ),
    status: 400,
    message: /input.to.*is not an id/,
  },
  {
    name: 'Cypher as a relationship type, from an editor',
    request: () =>
      send(
        {
          query: 'mutation($i: CreateRelationshipInput!) { createRelationship(input: $i) { id } }',
          variables: { i: { type: 'HOLDS_POST]->() DETACH DELETE a //', from: TARGET, to: 'org:sipo', properties: { title: 'x' }, sources: [EN_QUOTE] } },
        },
        AS_EDITOR,
      ),
    status: 200,
    message: /input.type must be one of/,
  },
  {
    name: 'a nested object smuggled into properties',
    request: () =>
      send(
        {
          query: 'mutation($i: UpdateEntityInput!) { updateEntity(input: $i) { id } }',
          variables: { i: { id: TARGET, properties: { ['__proto__']: { admin: true } }, sources: [EN_QUOTE] } },
        },
        AS_EDITOR,
      ),
    status: 400,
    message: /properties.__proto__ must be a string/,
  },
  {
    name: 'a mutation without a token',
    request: () => send({ query: `mutation { deleteEntity(id: "${TARGET}", reason: "x") { id } }` }),
    status: 401,
    message: /editor token/,
  },
  {
    name: 'a forged bearer token',
    request: () => send({ query: `mutation { deleteEntity(id: "${TARGET}", reason: "x") { id } }` }, { authorization: `Bearer ${EDITOR.slice(0, -1)}X` }),
    status: 401,
    message: /not valid/,
  },
  { name: 'an integer beyond 32 bits', request: () => send({ query: '{ people(first: 2147483648) { totalCount } }' }), status: 400, message: /32-bit/ },
  {
    name: 'a negative page size',
    request: () => send({ query: '{ people(first: -1) { totalCount } }' }),
    status: 200,
    message: /first must be between 0 and 100/,
  },
  {
    name: 'a neighbourhood a thousand hops deep',
    request: () => send({ query: '{ neighborhood(id: "person:zhang-qin", depth: 1000) { truncated } }' }),
    status: 200,
    message: /depth/,
  },
  {
    name: 'a path search ten thousand hops long',
    request: () => send({ query: '{ shortestPath(from: "person:zhang-qin", to: "org:sipo", maxLength: 10000) { length } }' }),
    status: 200,
    message: /maxLength/,
  },
  {
    name: 'a forged cursor',
    request: () => send({ query: '{ people(after: "MATCH (n) DETACH DELETE n") { totalCount } }' }),
    status: 200,
    message: /not a cursor this API issued/,
  },
  {
    name: 'a cursor of another list, replayed on people',
    request: async () => {
      const { body } = await send({ query: '{ regions(first: 1) { pageInfo { endCursor } } }' });
      const cursor = (body.data as { regions: { pageInfo: { endCursor: string } } }).regions.pageInfo.endCursor;
      return send({ query: 'query($after: String) { people(after: $after) { totalCount } }', variables: { after: cursor } });
    },
    status: 200,
    message: /another list, filter or order/,
  },
  {
    name: 'a cursor of the same list under another filter',
    request: async () => {
      const { body } = await send({ query: '{ people(first: 1, where: { name: "zhang" }) { pageInfo { endCursor } } }' });
      const cursor = (body.data as { people: { pageInfo: { endCursor: string } } }).people.pageInfo.endCursor;
      return send({ query: 'query($after: String) { people(after: $after, where: { name: "wang" }) { totalCount } }', variables: { after: cursor } });
    },
    status: 200,
    message: /another list, filter or order/,
  },
  {
    name: 'a thousand operations in one document',
    request: () => send({ query: repeat(1000, (i) => `query Q${i} { __typename }`), operationName: 'Q1' }),
    status: 400,
    message: /tokens/,
  },
];

/** The server answers a plain query within a second: a hostile request has not tied it up. */
async function assertStillAnswering(): Promise<void> {
  const started = performance.now();
  const { status, body } = await send({ query: '{ node(id: "org:sipo") { id } }' });
  const took = performance.now() - started;
  assert.equal(status, 200, JSON.stringify(body));
  assert.ok(took < 1000, `a plain query took ${Math.round(took)} ms`);
}

describe('hostile requests', () => {
  it(`has at least 30 cases (${CASES.length})`, () => assert.ok(CASES.length >= 30));
  for (const hostile of CASES) {
    it(`refuses ${hostile.name} with a clear error within 3 s, keeps answering others and changes nothing`, async () => {
      const before = await graphChecksum(api.driver);
      const started = performance.now();
      const { status, body } = await hostile.request();
      assert.ok(performance.now() - started < 3000, `answered after ${Math.round(performance.now() - started)} ms`);
      await assertStillAnswering();
      assert.equal(status, hostile.status, JSON.stringify(body).slice(0, 300));
      if (hostile.limit) assert.equal(body.errors?.[0]?.extensions?.limit, hostile.limit);
      assert.ok(body.errors?.length, 'expected an error');
      assert.ok(!body.data || Object.values(body.data as Record<string, unknown>).every((value) => value === null), 'no data with an error');
      assert.match(body.errors.map((error) => error.message).join(' | '), hostile.message);
      for (const error of body.errors) assert.notEqual(error.extensions?.code, 'INTERNAL_SERVER_ERROR', error.message);
      assert.equal(await graphChecksum(api.driver), before);
    });
  }
});

describe('filters at the limits', () => {
  for (const shape of FILTERS_AT_THE_LIMITS) {
    it(`answers ${shape.name} within 3 s with its plan not yet cached, and keeps answering others`, async () => {
      const started = performance.now();
      const { status, body } = await send({ query: shape.query, variables: { w: shape.where } });
      const took = performance.now() - started;
      assert.equal(status, 200, JSON.stringify(body).slice(0, 300));
      assert.equal(body.errors, undefined, JSON.stringify(body.errors));
      assert.ok(took < 3000, `answered after ${Math.round(took)} ms`);
      await assertStillAnswering();
    });
  }

  it('refuses one condition more than the limit allows, naming the limit', async () => {
    const [shape] = FILTERS_AT_THE_LIMITS;
    assert.ok(shape);
    const { status, body } = await send({ query: shape.query, variables: { w: { ...shape.where, name: 'one more' } } });
    assert.equal(status, 400, JSON.stringify(body));
    assert.equal(body.errors?.[0]?.extensions?.limit, 'maxFilterPredicates');
  });
});

/** Every GraphQL file of the schema, as one schema, to find every string argument there is. */
const schema = buildSchema(
  readdirSync(path.join(PROJECT_ROOT, 'schema'))
    .filter((file) => file.endsWith('.graphql'))
    .map((file) => readFileSync(path.join(PROJECT_ROOT, 'schema', file), 'utf8'))
    .join('\n'),
);

let serial = 0;
/** Valid arguments for each root field that takes any, so that only the argument under test is hostile. */
const BASE: Record<string, () => Record<string, unknown>> = {
  node: () => ({ id: 'person:zhang-qin' }),
  source: () => ({ id: 'source:nanjing-2008-en' }),
  search: () => ({ text: 'zhang' }),
  neighborhood: () => ({ id: 'person:zhang-qin' }),
  shortestPath: () => ({ from: 'person:zhang-qin', to: 'org:sipo' }),
  createEntity: () => ({ input: { kind: 'PERSON', id: `person:hostile-${++serial}`, nameEn: 'Hostile', sources: [EN_QUOTE] } }),
  updateEntity: () => ({ input: { id: TARGET, sources: [EN_QUOTE] } }),
  deleteEntity: () => ({ id: 'person:hostile-never-created', reason: 'test' }),
  createRelationship: () => ({
    input: { type: 'HOLDS_POST', from: TARGET, to: 'org:sipo', key: `k${++serial}`, properties: { title: 'Adviser' }, sources: [EN_QUOTE] },
  }),
  deleteRelationship: () => ({ id: 'rel:holds_post:hostile-target:sipo:never', reason: 'test' }),
  attachSource: () => ({ targetId: TARGET, citation: EN_QUOTE }),
};

/** A JSONObject argument gets the payload as the value of a property its record has. */
const JSON_PROPERTY: Record<string, string> = { createRelationship: 'title', createEntity: 'note', updateEntity: 'note' };

interface Slot {
  readonly field: GraphQLField<unknown, unknown>;
  readonly operation: 'query' | 'mutation';
  /** Argument, then input fields, e.g. ['where', 'heldIn', 'name']. */
  readonly path: readonly string[];
  readonly scalar: string;
}

/** Every place a string can go in any root field's arguments (input types walked once per path). */
function slots(): Slot[] {
  const found: Slot[] = [];
  const walk = (
    field: GraphQLField<unknown, unknown>,
    operation: Slot['operation'],
    type: GraphQLInputType,
    trail: string[],
    seen: ReadonlySet<string>,
  ): void => {
    const named = getNamedType(type);
    if (isInputObjectType(named)) {
      if (seen.has(named.name)) return;
      for (const [name, inner] of Object.entries(named.getFields())) walk(field, operation, inner.type, [...trail, name], new Set([...seen, named.name]));
    } else if (['String', 'ID', 'JSONObject'].includes(named.name)) {
      found.push({ field, operation, path: trail, scalar: named.name });
    }
  };
  for (const [operation, root] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    for (const field of Object.values((root as GraphQLObjectType).getFields())) {
      for (const argument of field.args) walk(field, operation, argument.type, [argument.name], new Set());
    }
  }
  return found;
}

/** `args` with `value` put at `path` (argument, then input fields), following the schema's types through lists and input objects. */
function place(args: Record<string, unknown>, field: GraphQLField<unknown, unknown>, path: readonly string[], value: unknown): Record<string, unknown> {
  const argument = field.args.find((arg) => arg.name === path[0]);
  assert.ok(argument, `no argument ${path[0]}`);
  return setIn(args, argument.type, path, value);
}

/** `container` with `value` at `path`, where `type` is the type of `container[path[0]]`. */
function setIn(container: Record<string, unknown>, type: GraphQLInputType, [name, ...rest]: readonly string[], value: unknown): Record<string, unknown> {
  const key = name as string;
  const list = isListType(isNonNullType(type) ? type.ofType : type);
  if (rest.length === 0) return { ...container, [key]: list ? [value] : value };
  const named = getNamedType(type);
  assert.ok(isInputObjectType(named));
  const current = container[key];
  const object = ((Array.isArray(current) ? current[0] : current) ?? {}) as Record<string, unknown>;
  const next = named.getFields()[rest[0] as string];
  assert.ok(next);
  const updated = setIn(object, next.type, rest, value);
  return { ...container, [key]: list ? [updated] : updated };
}

const PAYLOADS = [
  "x' }) MATCH (n) DETACH DELETE n //",
  '" }) WITH 1 AS x MATCH (n) SET n.pwned = true RETURN 1 //',
  '`) CALL db.clearQueryCaches() // $id \\u0000 {{x}}',
];

describe('Cypher injection in every string argument', () => {
  it('refuses it in every id and keeps it as mere text elsewhere; the graph outside curated records is unchanged', async () => {
    const all = slots();
    // The sweep must reach every kind of place: ids, free text and the curation's JSON properties.
    assert.ok(all.length >= 100, `only ${all.length} string arguments found`);
    assert.ok(all.some((slot) => slot.operation === 'mutation' && slot.scalar === 'JSONObject'));
    const before = await graphChecksum(api.driver, { exceptCuration: true });
    const seedEntities = await countOf(api.driver, "MATCH (n:Entity {layer: 'SEED'}) RETURN count(n)");
    let refused = 0;
    let harmless = 0;
    for (const slot of all) {
      for (const payload of PAYLOADS) {
        const base = (BASE[slot.field.name] ?? (() => ({})))();
        const value = slot.scalar === 'JSONObject' ? { [JSON_PROPERTY[slot.field.name] ?? 'note']: payload } : payload;
        const variables = place(base, slot.field, slot.path, value);
        const declared = slot.field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
        const passed = slot.field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
        const query = `${slot.operation} (${declared}) { ${slot.field.name}(${passed}) { __typename } }`;
        const { status, body } = await send({ query, variables }, slot.operation === 'mutation' ? AS_EDITOR : {});
        const where = `${slot.field.name}.${slot.path.join('.')} = ${payload}: ${JSON.stringify(body).slice(0, 300)}`;
        const codes = (body.errors ?? []).map((error) => error.extensions?.code);
        if (slot.scalar === 'ID') {
          assert.equal(status, 400, where);
          assert.match(body.errors?.[0]?.message ?? '', /is not an id/, where);
          refused += 1;
        } else {
          assert.ok(
            codes.every((code) => code === 'BAD_USER_INPUT'),
            where,
          );
          if (codes.length > 0) refused += 1;
          else harmless += 1;
        }
      }
    }
    assert.ok(refused > 0 && harmless > 0);
    assert.equal(await graphChecksum(api.driver, { exceptCuration: true }), before);
    assert.equal(await countOf(api.driver, "MATCH (n:Entity {layer: 'SEED'}) RETURN count(n)"), seedEntities);
    assert.equal(await countOf(api.driver, 'MATCH (n) WHERE n.pwned IS NOT NULL RETURN count(n)'), 0);
  });

  it('stores injection text in a curated record exactly as sent', async () => {
    const payload = PAYLOADS[0] as string;
    const id = 'person:hostile-verbatim';
    const created = await send(
      {
        query: 'mutation($i: CreateEntityInput!) { createEntity(input: $i) { id } }',
        variables: { i: { kind: 'PERSON', id, nameEn: payload, aliases: [PAYLOADS[1]], note: PAYLOADS[2], sources: [EN_QUOTE] } },
      },
      AS_EDITOR,
    );
    assert.equal(created.status, 200, JSON.stringify(created.body));
    const read = await send({ query: `{ node(id: "${id}") { ... on Person { nameEn aliases note } } }` });
    assert.deepEqual(read.body.data, { node: { nameEn: payload, aliases: [PAYLOADS[1]], note: PAYLOADS[2] } });
    const found = await send({ query: 'query($n: String) { people(where: { name: $n }) { edges { node { id } } } }', variables: { n: "' }) MATCH (n)" } });
    // The sweep above stored the same text in other curated records; this one must be among the hits.
    const hits = (found.body.data as { people: { edges: { node: { id: string } }[] } }).people.edges.map((edge) => edge.node.id);
    assert.ok(hits.includes(id), JSON.stringify(found.body));
  });
});
