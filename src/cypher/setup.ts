import type { Driver } from 'neo4j-driver';
import { ENTITY_LABELS, RELATIONSHIP_TYPES } from '../vocabulary.js';
import { readTransaction, writeTransaction } from './run.js';
import { NAME_INDEX } from './translate/queries.js';

/** Constraints and indexes, each idempotent, so they are applied at every start. */
function schemaStatements(): string[] {
  return [
    'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
    'CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE',
    // Root lists sort by English name by default.
    ...ENTITY_LABELS.map((label) => `CREATE INDEX ${label.toLowerCase()}_name_en IF NOT EXISTS FOR (n:${label}) ON (n.nameEn)`),
    // The index of earlier versions read aliases only; searchText adds traditional forms and pinyin.
    'DROP INDEX entity_names IF EXISTS',
    // The CJK analyzer indexes Chinese as overlapping bigrams and Latin words as words, so one
    // index serves "Zhang Qin", "张勤" and "張勤" alike.
    `CREATE FULLTEXT INDEX ${NAME_INDEX} IF NOT EXISTS FOR (n:Entity) ON EACH [n.nameEn, n.nameZh, n.searchText] ` +
      "OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}",
    // Curation finds a relationship by its id; the id names its type, so one index per type.
    ...RELATIONSHIP_TYPES.map((type) => `CREATE INDEX ${type.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.id)`),
    'CREATE CONSTRAINT audit_id IF NOT EXISTS FOR (a:AuditEntry) REQUIRE a.id IS UNIQUE',
    'CREATE INDEX audit_target IF NOT EXISTS FOR (a:AuditEntry) ON (a.targetId)',
    'CREATE INDEX audit_at IF NOT EXISTS FOR (a:AuditEntry) ON (a.at)',
  ];
}

/**
 * Data written by earlier versions, brought to the current form: `origin` became `layer`,
 * citations gained their layer and check, `aliasText` became `searchText`. Each is idempotent.
 */
const MIGRATIONS = [
  'MATCH (n) WHERE n.origin IS NOT NULL SET n.layer = toUpper(n.origin) REMOVE n.origin',
  'MATCH ()-[r]->() WHERE r.origin IS NOT NULL SET r.layer = toUpper(r.origin) REMOVE r.origin',
  "MATCH (n)-[c:SUPPORTED_BY]->() WHERE c.layer IS NULL SET c.layer = coalesce(n.layer, 'SEED'), c.checked = c.quote IS NOT NULL",
  "MATCH ()-[r]->() WHERE r.citeSources IS NOT NULL AND r.citeLayers IS NULL SET r.citeLayers = [s IN r.citeSources | coalesce(r.layer, 'SEED')], " +
    "r.citeChecked = [q IN r.citeQuotes | q <> ''], r.citeUnquoted = [s IN r.citeSources | '']",
  'MATCH (n:Entity) WHERE n.aliasText IS NOT NULL SET n.searchText = coalesce(n.searchText, n.aliasText) REMOVE n.aliasText',
];

export async function applySchema(driver: Driver, database: string | undefined): Promise<void> {
  // Schema commands cannot share a transaction with each other, so each gets its own.
  for (const statement of [...schemaStatements(), ...MIGRATIONS]) {
    await writeTransaction(driver, database, (tx) => tx.run(statement));
  }
  await readTransaction(driver, database, (tx) => tx.run('CALL db.awaitIndexes(120)'));
}
