import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  buildSchema,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  parse,
  print,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type GraphQLNamedType,
  type SelectionSetNode,
} from 'graphql';
import { parseTokens } from '../src/auth.js';
import { loadTypeDefs } from '../src/schema.js';
import { data, gql, startApi, testDriver, type RunningApi, reloadSeed } from './helpers.js';

/**
 * Aliases on records the translator does not build. Translated records are keyed by response
 * key; every other record (mutation results, audit entries, pageInfo) by field name, and an
 * alias must not change what a field answers on either.
 */
const EDITOR = 'editor-token-for-alias-tests';
const AS_EDITOR = { authorization: `Bearer ${EDITOR}` };
const AUTH = { tokens: parseTokens(`aliaser:editor:${EDITOR}`), anonymousRead: true };
const EN_QUOTE = { source: 'source:nanjing-2008-en', quote: 'SIPO Deputy Commissioner Zhang Qin' };
const ZH_QUOTE = { source: 'source:nanjing-2008-zh', quote: '國家知識産權局副局長張勤' };
const PERSON = 'person:alias-test';
const POST = 'rel:holds_post:alias-test:sipo';

const schema = buildSchema(loadTypeDefs().join('\n'));

/**
 * Root fields whose records are built outside the translator: every mutation (the curation
 * store's Change) and the audit trail. A new root field resolved outside the translator belongs
 * here, and then its types need alias cases below.
 */
const UNTRANSLATED_ROOTS = [...Object.values(schema.getMutationType()?.getFields() ?? {}), schema.getQueryType()?.getFields().auditTrail];
/** Computed by the connection resolvers for translated connections too. */
const COMPUTED_TYPES = ['PageInfo'];

function reachable(type: GraphQLNamedType, into: Set<string>): Set<string> {
  if (into.has(type.name) || !(isObjectType(type) || isInterfaceType(type))) return into;
  into.add(type.name);
  for (const field of Object.values(type.getFields())) reachable(getNamedType(field.type), into);
  if (isInterfaceType(type)) for (const possible of schema.getPossibleTypes(type)) reachable(possible, into);
  return into;
}

const untranslatedTypes = (): string[] => {
  const types = new Set(COMPUTED_TYPES);
  for (const root of UNTRANSLATED_ROOTS) if (root) reachable(getNamedType(root.type), types);
  return [...types].sort();
};

/** Every (type, field) that a document selects under an alias other than the field's own name. */
function aliasedFields(document: string): Set<string> {
  const aliased = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  visit(
    parse(document),
    visitWithTypeInfo(typeInfo, {
      Field: (node) => {
        const parent = typeInfo.getParentType();
        if (parent && node.alias && node.alias.value !== node.name.value) aliased.add(`${parent.name}.${node.name.value}`);
      },
    }),
  );
  return aliased;
}

/** An answer to an aliased selection, keyed back by field name, to compare with the unaliased answer. */
function byFieldName(value: unknown, selectionSet: SelectionSetNode | undefined): unknown {
  if (!selectionSet || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => byFieldName(item, selectionSet));
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    selectionSet.selections.flatMap((selection) =>
      selection.kind === Kind.FIELD
        ? [[selection.name.value, byFieldName(record[selection.alias?.value ?? selection.name.value], selection.selectionSet)]]
        : [],
    ),
  );
}

/** The document with its aliases removed. */
function unaliased(document: string): string {
  return print(visit(parse(document), { Field: (node) => ({ ...node, alias: undefined }) }));
}

let api: RunningApi;
before(async () => {
  api = await startApi(testDriver(), { auth: AUTH });
});
after(async () => {
  await reloadSeed(api.driver);
  await api.close();
});

/** Each mutation, in an order in which each succeeds, its Change asked with `id` and `auditId` swapped by aliases. */
const MUTATIONS: readonly { name: string; signature: string; arguments: string; variables: Record<string, unknown>; id: string }[] = [
  {
    name: 'createEntity',
    signature: '$input: CreateEntityInput!',
    arguments: 'input: $input',
    variables: { input: { kind: 'PERSON', id: PERSON, nameEn: 'Alias Test', sources: [EN_QUOTE] } },
    id: PERSON,
  },
  {
    name: 'updateEntity',
    signature: '$input: UpdateEntityInput!',
    arguments: 'input: $input',
    variables: { input: { id: PERSON, nameZh: '张别名', sources: [{ ...ZH_QUOTE, fields: ['nameZh'] }] } },
    id: PERSON,
  },
  {
    name: 'createRelationship',
    signature: '$input: CreateRelationshipInput!',
    arguments: 'input: $input',
    variables: {
      input: { type: 'HOLDS_POST', from: PERSON, to: 'org:sipo', properties: { title: 'Deputy Commissioner' }, sources: [{ ...EN_QUOTE, fields: ['title'] }] },
    },
    id: POST,
  },
  {
    name: 'attachSource',
    signature: '$targetId: ID!, $citation: CitationInput!',
    arguments: 'targetId: $targetId, citation: $citation',
    variables: { targetId: POST, citation: ZH_QUOTE },
    id: POST,
  },
  {
    name: 'deleteRelationship',
    signature: '$id: ID!, $reason: String!',
    arguments: 'id: $id, reason: $reason',
    variables: { id: POST, reason: 'alias test clean-up' },
    id: POST,
  },
  {
    name: 'deleteEntity',
    signature: '$id: ID!, $reason: String!',
    arguments: 'id: $id, reason: $reason',
    variables: { id: PERSON, reason: 'alias test clean-up' },
    id: PERSON,
  },
];

const changeDocument = (mutation: (typeof MUTATIONS)[number]): string =>
  `mutation (${mutation.signature}) { ${mutation.name}(${mutation.arguments}) { auditId: id id: auditId kind: __typename } }`;

const AUDIT_TRAIL = `{ auditTrail(actor: "aliaser", first: 2) {
  total: totalCount
  all: edges { place: cursor entry: node { key: id when: at who: actor did: action what: targetId given: input was: before became: after } }
  where: pageInfo { more: hasNextPage earlier: hasPreviousPage from: startCursor to: endCursor } } }`;

const PAGE_INFO_ON_TRANSLATED = `{ people(first: 2) { where: pageInfo { more: hasNextPage earlier: hasPreviousPage from: startCursor to: endCursor } } }`;

/** The alias cases: for each type not built by the translator, documents that alias every one of its fields. */
const CASES: Record<string, readonly string[]> = {
  Change: MUTATIONS.map(changeDocument),
  AuditEntry: [AUDIT_TRAIL],
  AuditEntryEdge: [AUDIT_TRAIL],
  AuditEntryConnection: [AUDIT_TRAIL],
  PageInfo: [AUDIT_TRAIL, PAGE_INFO_ON_TRANSLATED],
};

describe('aliases on records the translator does not build', () => {
  it('has an alias case for every such type, aliasing every field of it', () => {
    assert.deepEqual(Object.keys(CASES).sort(), untranslatedTypes(), 'a type built outside the translator needs an alias case here');
    for (const [typeName, documents] of Object.entries(CASES)) {
      const type = schema.getType(typeName);
      assert.ok(isObjectType(type), typeName);
      const aliased = new Set(documents.flatMap((document) => [...aliasedFields(document)]));
      for (const field of Object.keys(type.getFields())) assert.ok(aliased.has(`${typeName}.${field}`), `${typeName}.${field} is not aliased in its case`);
    }
  });

  it("answers a mutation's Change by field name, whatever the aliases", async () => {
    for (const mutation of MUTATIONS) {
      const response = await gql<Record<string, { auditId: string; id: string; kind: string }>>(
        api.url,
        changeDocument(mutation),
        mutation.variables,
        AS_EDITOR,
      );
      assert.equal(response.errors, undefined, JSON.stringify(response.errors));
      const change = response.data?.[mutation.name];
      // `auditId: id` asks for the changed record's id, `id: auditId` for the audit entry's.
      assert.equal(change?.auditId, mutation.id, mutation.name);
      assert.match(change?.id ?? '', /^audit:[0-9a-f-]{36}$/, mutation.name);
      assert.equal(change?.kind, 'Change');
    }
  });

  for (const document of [AUDIT_TRAIL, PAGE_INFO_ON_TRANSLATED]) {
    it(`answers aliased fields as the unaliased ones: ${document.slice(0, 40).replace(/\s+/g, ' ')}…`, async () => {
      const plain = await data(api.url, unaliased(document));
      const aliased = await data(api.url, document);
      const operation = parse(document).definitions[0];
      assert.ok(operation?.kind === Kind.OPERATION_DEFINITION);
      assert.deepEqual(byFieldName(aliased, operation.selectionSet), plain);
      assert.ok(JSON.stringify(plain).length > 60, 'the answer has content to compare');
    });
  }

  it('sees the audit entries the mutations wrote, under aliases', async () => {
    const { auditTrail } = await data<{
      auditTrail: { total: number; all: { entry: { did: string; what: string; who: string } }[]; where: { more: boolean } };
    }>(api.url, AUDIT_TRAIL);
    assert.equal(auditTrail.total, MUTATIONS.length);
    assert.deepEqual(
      auditTrail.all.map((edge) => edge.entry),
      [
        { ...auditTrail.all[0]?.entry, did: 'deleteEntity', what: PERSON, who: 'aliaser' },
        { ...auditTrail.all[1]?.entry, did: 'deleteRelationship', what: POST, who: 'aliaser' },
      ],
    );
    assert.equal(auditTrail.where.more, true);
  });
});

describe('aliases on records the translator builds', () => {
  it('keeps each alias apart, the same field with other arguments included', async () => {
    const result = await data<{
      node: { one: { edges: unknown[] }; two: { count: number; list: { at: string; item: { key: string } }[]; where: { to: string } } };
    }>(
      api.url,
      `{ node(id: "region:320000") { ... on Region {
          one: parts(first: 1) { edges { node { id } } }
          two: parts(first: 2) { count: totalCount list: edges { at: cursor item: node { key: id } } where: pageInfo { to: endCursor } } } } }`,
    );
    assert.equal(result.node.one.edges.length, 1);
    assert.equal(result.node.two.list.length, 2);
    assert.ok(result.node.two.count > 2);
    assert.match(result.node.two.list[0]?.item.key ?? '', /^region:32/);
    assert.equal(result.node.two.where.to, result.node.two.list[1]?.at);
  });
});
