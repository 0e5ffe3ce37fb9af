import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './config.js';

/** The SDL, from schema/*.graphql: the contract that codegen and the server both read. */
export function loadTypeDefs(): string[] {
  const dir = path.join(PROJECT_ROOT, 'schema');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(path.join(dir, file), 'utf8'));
}
