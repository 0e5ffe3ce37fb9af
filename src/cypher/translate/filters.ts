import { getNamedType, type GraphQLInputObjectType } from 'graphql';
import { relationshipPattern, relationshipDirective, targetLabel } from './relationships.js';
import { pascalCase } from './names.js';
import type { Scope } from './scope.js';

const OPERATORS = {
  _in: 'IN',
  _gte: '>=',
  _lte: '<=',
  _gt: '>',
  _lt: '<',
} as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A Where input as a Cypher predicate over `variable`. Field names come from the SDL (an input
 * field `x_gte` compares property `x`), values only ever become parameters.
 */
export function wherePredicate(scope: Scope, variable: string, inputType: GraphQLInputObjectType, value: Record<string, unknown>): string {
  const conditions: string[] = [];
  const fields = inputType.getFields();
  for (const [key, fieldValue] of Object.entries(value)) {
    if (fieldValue === undefined || fieldValue === null) continue;
    const field = fields[key];
    if (!field) continue;
    if (key === 'OR' && Array.isArray(fieldValue)) {
      const alternatives = fieldValue.filter(isRecord).map((item) => wherePredicate(scope, variable, inputType, item));
      conditions.push(alternatives.length > 0 ? `(${alternatives.join(' OR ')})` : 'false');
      continue;
    }
    if (key === 'NOT' && isRecord(fieldValue)) {
      conditions.push(`NOT (${wherePredicate(scope, variable, inputType, fieldValue)})`);
      continue;
    }
    if (key === 'name' && typeof fieldValue === 'string') {
      // nameKey holds every name and search word lower-cased (src/divisions/names.ts), so the
      // text index on it answers the substring instead of every node's names being read.
      conditions.push(`${variable}.nameKey CONTAINS ${scope.param(fieldValue.toLowerCase())}`);
      continue;
    }
    if (key === 'kinds' && Array.isArray(fieldValue)) {
      const labels = scope.param(fieldValue.map((kind) => pascalCase(String(kind))));
      conditions.push(`any(label IN labels(${variable}) WHERE label IN ${labels})`);
      continue;
    }
    const relationship = field.astNode ? relationshipDirective(scope.schema, field.astNode) : undefined;
    if (relationship && isRecord(fieldValue)) {
      const other = scope.variable('m');
      const otherType = field.type as GraphQLInputObjectType;
      const label = targetLabel(otherType.name.replace(/Where$/, ''));
      conditions.push(
        `EXISTS { MATCH ${relationshipPattern(variable, '', relationship, other, label)} ` + `WHERE ${wherePredicate(scope, other, otherType, fieldValue)} }`,
      );
      continue;
    }
    const suffix = (Object.keys(OPERATORS) as (keyof typeof OPERATORS)[]).find((op) => key.endsWith(op));
    const property = `${variable}.${suffix ? key.slice(0, -suffix.length) : key}`;
    const operator = suffix ? OPERATORS[suffix] : '=';
    const value = scope.param(fieldValue);
    // A partial date is compared at the bound's precision: "2008-05-14" is <= "2008" and < "2009".
    const compared =
      getNamedType(field.type).name === 'PartialDate' && operator !== '>=' && operator !== '=' && operator !== 'IN'
        ? `left(${property}, size(${value}))`
        : property;
    conditions.push(`${compared} ${operator} ${value}`);
  }
  return conditions.length > 0 ? conditions.join(' AND ') : 'true';
}
