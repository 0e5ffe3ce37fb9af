import {
  getDirectiveValues,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type GraphQLType,
} from 'graphql';
import { constantCase, pascalCase } from './cypher/translate/names.js';
import { ENTITY_PROPERTIES, ENUMS, KINDS, RELATIONSHIPS, SOURCE_PROPERTIES, type PropertySpec } from './vocabulary.js';

/**
 * The start-up check that the SDL and the vocabulary agree, so that a kind, a relationship type
 * or a property declared in src/vocabulary.ts cannot be missing from the API, nor the API walk a
 * relationship the vocabulary does not declare. The server refuses to start on any problem.
 */

export interface Vocabulary {
  readonly kinds: Readonly<Record<string, { readonly properties: Readonly<Record<string, PropertySpec>> }>>;
  readonly relationships: Readonly<
    Record<string, { readonly from: readonly string[]; readonly to: readonly string[]; readonly properties: Readonly<Record<string, PropertySpec>> }>
  >;
  readonly enums: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

export const VOCABULARY: Vocabulary = { kinds: KINDS, relationships: RELATIONSHIPS, enums: ENUMS };

export class VocabularyError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The SDL (schema/*.graphql) does not match the vocabulary (src/vocabulary.ts):\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
    this.name = 'VocabularyError';
  }
}

/** Lists that are absent stay non-null in the API: the translator answers [] for them. */
const LISTS_ANSWERED_EMPTY = new Set(['aliases']);

function checkField(
  owner: string,
  name: string,
  spec: PropertySpec,
  field: GraphQLField<unknown, unknown> | GraphQLInputField | undefined,
  problems: string[],
): void {
  if (!field) return void problems.push(`${owner}.${name} is declared in the vocabulary but missing from the SDL`);
  const named = getNamedType(field.type).name;
  if (named !== spec.graphql) problems.push(`${owner}.${name} is ${named} in the SDL but ${spec.graphql} in the vocabulary`);
  const type = field.type;
  const nonNull = isNonNullType(type);
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner) !== spec.list) problems.push(`${owner}.${name} is ${spec.list ? '' : 'not '}a list in the vocabulary`);
  if (spec.optional && nonNull && !LISTS_ANSWERED_EMPTY.has(name))
    problems.push(`${owner}.${name} is optional in the vocabulary, so it must be nullable in the SDL`);
  if (!spec.optional && !nonNull) problems.push(`${owner}.${name} is required in the vocabulary, so it must be non-null in the SDL`);
}

/** Every problem with the SDL against the vocabulary; empty when they agree. */
export function vocabularyProblems(schema: GraphQLSchema, vocabulary: Vocabulary = VOCABULARY): string[] {
  const problems: string[] = [];
  const node = schema.getType('Node');
  const relationship = schema.getType('Relationship');
  if (!isInterfaceType(node) || !isInterfaceType(relationship)) return ['the SDL must declare the interfaces Node and Relationship'];

  for (const [label, kind] of Object.entries(vocabulary.kinds)) {
    const type = schema.getType(label);
    if (!isObjectType(type) || !type.getInterfaces().includes(node)) {
      problems.push(`the kind ${label} has no SDL type ${label} implementing Node`);
      continue;
    }
    const fields = type.getFields();
    for (const [name, spec] of Object.entries({ ...ENTITY_PROPERTIES, ...kind.properties })) checkField(label, name, spec, fields[name], problems);
  }
  for (const type of schema.getPossibleTypes(node)) {
    if (!(type.name in vocabulary.kinds)) problems.push(`the SDL type ${type.name} implements Node, but the vocabulary declares no such kind`);
  }

  for (const [name, rule] of Object.entries(vocabulary.relationships)) {
    const type = schema.getType(pascalCase(name));
    if (!isObjectType(type) || !type.getInterfaces().includes(relationship)) {
      problems.push(`the relationship type ${name} has no SDL type ${pascalCase(name)} implementing Relationship`);
      continue;
    }
    const fields = type.getFields();
    for (const [property, spec] of Object.entries(rule.properties)) checkField(pascalCase(name), property, spec, fields[property], problems);
  }
  for (const type of schema.getPossibleTypes(relationship)) {
    if (!(constantCase(type.name) in vocabulary.relationships))
      problems.push(`the SDL type ${type.name} implements Relationship, but the vocabulary declares no type ${constantCase(type.name)}`);
  }

  const source = schema.getType('Source');
  if (isObjectType(source)) {
    for (const [name, spec] of Object.entries(SOURCE_PROPERTIES)) checkField('Source', name, spec, source.getFields()[name], problems);
  }

  const enums: Record<string, readonly string[]> = {
    NodeKind: Object.keys(vocabulary.kinds).map(constantCase),
    ...Object.fromEntries(Object.entries(vocabulary.enums).map(([name, values]) => [name, Object.keys(values)])),
  };
  for (const [name, values] of Object.entries(enums)) {
    const type = schema.getType(name);
    const declared = isEnumType(type) ? type.getValues().map((value) => value.name) : null;
    if (declared === null) problems.push(`the enum ${name} is missing from the SDL; run npm run codegen`);
    else if (declared.join(',') !== values.join(',')) problems.push(`the enum ${name} differs from the vocabulary; run npm run codegen`);
  }

  // Every walk the SDL declares follows a declared relationship type, between the kinds it joins.
  const directive = schema.getDirective('relationship');
  if (!directive) return [...problems, 'the SDL must declare the @relationship directive'];
  const kindOfType = (typeName: string): string => typeName.replace(/(Where|Connection)$/, '');
  const kindsOf = (typeName: string): string[] => (typeName === 'Node' ? Object.keys(vocabulary.kinds) : [typeName]);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) && !isInputObjectType(type)) continue;
    // Each branch keeps its own field type; one call on the union would lose both.
    const fields = isObjectType(type) ? Object.values(type.getFields()) : Object.values(type.getFields());
    for (const field of fields) {
      const values = field.astNode ? getDirectiveValues(directive, field.astNode) : undefined;
      if (!values) continue;
      const typeName = String(values.type);
      const rule = vocabulary.relationships[typeName];
      const place = `${type.name}.${field.name}`;
      if (!rule) {
        problems.push(`${place} walks ${typeName}, which the vocabulary does not declare`);
        continue;
      }
      const here = kindOfType(type.name);
      const connection: GraphQLNamedType = getNamedType(field.type as GraphQLType);
      const edge = isObjectType(connection) ? connection.getFields().edges : undefined;
      const edgeType = edge ? getNamedType(edge.type) : undefined;
      const nodeField = isObjectType(edgeType) ? edgeType.getFields().node : undefined;
      const target = kindOfType(nodeField ? getNamedType(nodeField.type).name : connection.name);
      const [own, other] = values.direction === 'OUT' ? [rule.from, rule.to] : [rule.to, rule.from];
      if (!own.includes(here)) problems.push(`${place}: ${typeName} ${values.direction === 'OUT' ? 'starts at' : 'ends at'} ${own.join(' or ')}, not ${here}`);
      if (!kindsOf(target).some((kind) => other.includes(kind))) problems.push(`${place}: ${typeName} does not reach ${target}`);
    }
  }
  return problems;
}
