import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema } from 'graphql';
import { PROJECT_ROOT } from './config.js';
import { VocabularyError, vocabularyProblems } from './vocabulary-check.js';

/** The SDL, from schema/*.graphql: the contract that codegen and the server both read. */
export function loadTypeDefs(): string[] {
  const dir = path.join(PROJECT_ROOT, 'schema');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(path.join(dir, file), 'utf8'));
}

/** The SDL, once it is checked against the vocabulary; throws VocabularyError naming every mismatch. */
export function checkedTypeDefs(typeDefs = loadTypeDefs()): string[] {
  const problems = vocabularyProblems(buildSchema(typeDefs.join('\n')));
  if (problems.length > 0) throw new VocabularyError(problems);
  return typeDefs;
}
