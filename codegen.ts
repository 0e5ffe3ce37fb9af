import { readdirSync, readFileSync } from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The type contract between the SDL and the resolvers. Every object the root fields return is a
 * record projected by one Cypher query (src/graph/records.ts), so every object and interface type
 * maps to that projection shape rather than to the full GraphQL type; PageInfo is computed, and
 * a mutation's Change is what the curation store returns.
 */
const projected = '../graph/records.js#Projected';
const compositeTypes = readdirSync('schema')
  .filter((file) => file.endsWith('.graphql'))
  .flatMap((file) => [...readFileSync(`schema/${file}`, 'utf8').matchAll(/^(?:type|interface) (\w+)/gm)])
  .map((match) => match[1] as string)
  .filter((name) => !['Query', 'Mutation', 'Change'].includes(name));

const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    // The browser's operations, typed from the same schema; plain strings, so no GraphQL runtime ships.
    'web/src/__generated__/': {
      documents: ['web/src/**/*.ts', '!web/src/__generated__/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: { mode: 'embedHashInDocument', hashPropertyName: 'hash', hashAlgorithm: 'sha256' } },
      config: { documentMode: 'string', useTypeImports: true, enumsAsTypes: true, scalars: { PartialDate: 'string', JSONObject: 'Record<string, unknown>' } },
    },
    'src/__generated__/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../context.js#Context',
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        defaultScalarType: 'unknown',
        scalars: { PartialDate: 'string', JSONObject: 'Record<string, unknown>' },
        mappers: {
          ...Object.fromEntries(compositeTypes.map((name) => [name, projected])),
          PageInfo: '../graph/records.js#PageInfoRecord',
          Change: '../cypher/curation.js#ChangeRecord',
        },
      },
    },
  },
};

export default config;
