import { GraphQLScalarType, Kind } from 'graphql';
import { BadUserInputError } from '../errors.js';
import { PARTIAL_DATE } from '../model.js';

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
