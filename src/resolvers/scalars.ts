import { GraphQLScalarType, Kind, valueFromASTUntyped } from 'graphql';
import { BadUserInputError } from '../errors.js';
import { PARTIAL_DATE } from '../vocabulary.js';

function partialDate(value: unknown): string {
  if (typeof value === 'string' && PARTIAL_DATE.test(value)) return value;
  throw new BadUserInputError(`${JSON.stringify(value)} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD.`, 'PartialDate');
}

/** Dates at the precision their source gives, checked on the way in and out. */
export const PartialDate = new GraphQLScalarType<string, string>({
  name: 'PartialDate',
  serialize: partialDate,
  parseValue: partialDate,
  parseLiteral: (ast) => partialDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

/** Flat properties: strings, numbers, booleans, null, or lists of those. Anything deeper is refused. */
function jsonObject(value: unknown): Record<string, unknown> {
  const isPrimitive = (item: unknown): boolean => item === null || ['string', 'number', 'boolean'].includes(typeof item);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new BadUserInputError('properties must be a JSON object.', 'properties');
  }
  for (const [key, item] of Object.entries(value)) {
    if (!isPrimitive(item) && !(Array.isArray(item) && item.every(isPrimitive))) {
      throw new BadUserInputError(`properties.${key} must be a string, number, boolean, null or a list of those.`, `properties.${key}`);
    }
  }
  return value as Record<string, unknown>;
}

export const JSONObject = new GraphQLScalarType<Record<string, unknown>, Record<string, unknown>>({
  name: 'JSONObject',
  serialize: jsonObject,
  parseValue: jsonObject,
  parseLiteral: (ast, variables) => jsonObject(valueFromASTUntyped(ast, variables)),
});
