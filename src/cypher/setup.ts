import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { ENTITY_LABELS, RELATIONSHIP_TYPES } from '../vocabulary.js';
import { markGraphChanged, readGraphVersion, readTransaction, schemaTransaction, writeTransaction } from '../database.js';
import { NAME_INDEX } from './translate/queries.js';

const relationshipConstraint = (type: string): string => `${type.toLowerCase()}_id_unique`;

/** The label of the one node that records the seed last loaded (src/cypher/seed.ts). */
export const SEED_STATE = 'SeedState';

/** Constraints and indexes by name, each created only when the database lacks it. */
function schemaStatements(): Record<string, string> {
  return {
    entity_id: 'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
    source_id: 'CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE',
    // Root lists sort by English name by default.
    ...Object.fromEntries(
      ENTITY_LABELS.map((label) => [
        `${label.toLowerCase()}_name_en`,
        `CREATE INDEX ${label.toLowerCase()}_name_en IF NOT EXISTS FOR (n:${label}) ON (n.nameEn)`,
      ]),
    ),
    // The CJK analyzer indexes Chinese as overlapping bigrams and Latin words as words, so one
    // index serves "Zhang Qin", "张勤" and "張勤" alike.
    [NAME_INDEX]:
      `CREATE FULLTEXT INDEX ${NAME_INDEX} IF NOT EXISTS FOR (n:Entity) ON EACH [n.nameEn, n.nameZh, n.searchText] ` +
      "OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}",
    // Every relationship id is unique within its type (the id names the type), so two editors
    // creating the same relationship at once cannot both succeed; the constraint's index is
    // also how curation finds a relationship by its id.
    ...Object.fromEntries(
      RELATIONSHIP_TYPES.map((type) => [
        relationshipConstraint(type),
        `CREATE CONSTRAINT ${relationshipConstraint(type)} IF NOT EXISTS FOR ()-[r:${type}]-() REQUIRE r.id IS UNIQUE`,
      ]),
    ),
    audit_id: 'CREATE CONSTRAINT audit_id IF NOT EXISTS FOR (a:AuditEntry) REQUIRE a.id IS UNIQUE',
    audit_target: 'CREATE INDEX audit_target IF NOT EXISTS FOR (a:AuditEntry) ON (a.targetId)',
    audit_at: 'CREATE INDEX audit_at IF NOT EXISTS FOR (a:AuditEntry) ON (a.at)',
    // The `name` filter: a substring of any name, lower-cased in one property (src/divisions/names.ts).
    entity_name_key: 'CREATE TEXT INDEX entity_name_key IF NOT EXISTS FOR (n:Entity) ON (n.nameKey)',
    // One version node, which every write transaction updates (src/database.ts).
    graph_version_key: 'CREATE CONSTRAINT graph_version_key IF NOT EXISTS FOR (v:GraphVersion) REQUIRE v.key IS UNIQUE',
    // Two services starting on an empty database must not record the seed twice.
    seed_state_id: `CREATE CONSTRAINT seed_state_id IF NOT EXISTS FOR (s:${SEED_STATE}) REQUIRE s.id IS UNIQUE`,
  };
}

/**
 * Indexes of earlier versions: the full-text index that read aliases only, before searchText,
 * and the plain relationship id indexes, which the uniqueness constraints replace (a constraint
 * cannot be made while an index on the same property exists).
 */
const RETIRED_INDEXES = ['entity_names', ...RELATIONSHIP_TYPES.map((type) => `${type.toLowerCase()}_id`)];

/**
 * Data written by earlier versions, brought to the current form: `origin` became `layer`,
 * citations gained their layer and check, `aliasText` became `searchText`, entities gained the
 * `nameKey` the name filter reads. Each is idempotent;
 * they run only when the first query finds such data.
 */
const OLD_DATA =
  'RETURN EXISTS { MATCH (n) WHERE n.origin IS NOT NULL OR n.aliasText IS NOT NULL } ' +
  'OR EXISTS { MATCH ()-[r]->() WHERE r.origin IS NOT NULL OR (r.citeSources IS NOT NULL AND r.citeLayers IS NULL) } ' +
  'OR EXISTS { MATCH ()-[c:SUPPORTED_BY]->() WHERE c.layer IS NULL } ' +
  'OR EXISTS { MATCH (n:Entity) WHERE n.nameKey IS NULL } AS old';
const MIGRATIONS = [
  'MATCH (n) WHERE n.origin IS NOT NULL SET n.layer = toUpper(n.origin) REMOVE n.origin',
  'MATCH ()-[r]->() WHERE r.origin IS NOT NULL SET r.layer = toUpper(r.origin) REMOVE r.origin',
  "MATCH (n)-[c:SUPPORTED_BY]->() WHERE c.layer IS NULL SET c.layer = coalesce(n.layer, 'SEED'), c.checked = c.quote IS NOT NULL",
  "MATCH ()-[r]->() WHERE r.citeSources IS NOT NULL AND r.citeLayers IS NULL SET r.citeLayers = [s IN r.citeSources | coalesce(r.layer, 'SEED')], " +
    "r.citeChecked = [q IN r.citeQuotes | q <> ''], r.citeUnquoted = [s IN r.citeSources | '']",
  'MATCH (n:Entity) WHERE n.aliasText IS NOT NULL SET n.searchText = coalesce(n.searchText, n.aliasText) REMOVE n.aliasText',
  // As names.ts's nameKey builds it; written by the next seed load or edit in any case.
  "MATCH (n:Entity) WHERE n.nameKey IS NULL SET n.nameKey = toLower(reduce(key = coalesce(n.nameEn, ''), word IN [n.nameZh, n.searchText] | " +
    "CASE WHEN word IS NULL OR word = '' THEN key ELSE key + '\\n' + word END))",
];

/**
 * Names everything applySchema does. It is part of the seed's digest, so a start with code that
 * changes the schema or the migrations applies them even when the seed itself is unchanged.
 */
export const SCHEMA_DIGEST = createHash('sha256')
  .update(JSON.stringify([schemaStatements(), RETIRED_INDEXES, OLD_DATA, MIGRATIONS]))
  .digest('hex');

/**
 * Brings the database to the current schema and data form. One query finds what it holds, so a
 * start against a prepared database sends a few statements rather than one per index.
 */
export async function applySchema(driver: Driver, database: string | undefined): Promise<void> {
  const names = await readTransaction(driver, database, async (tx) => {
    const [indexes, constraints] = [await tx.run('SHOW INDEXES YIELD name'), await tx.run('SHOW CONSTRAINTS YIELD name')];
    return new Set([...indexes.records, ...constraints.records].map((record) => String(record.get('name'))));
  });
  const missing = Object.entries(schemaStatements()).filter(([name]) => !names.has(name));
  // Schema commands cannot share a transaction with each other, so each gets its own.
  for (const name of RETIRED_INDEXES.filter((index) => names.has(index))) {
    await schemaTransaction(driver, database, (tx) => tx.run(`DROP INDEX ${name} IF EXISTS`));
  }
  for (const [, statement] of missing) await schemaTransaction(driver, database, (tx) => tx.run(statement));
  if (missing.length > 0) await readTransaction(driver, database, (tx) => tx.run('CALL db.awaitIndexes(120)'));
  const old = await readTransaction(driver, database, (tx) => tx.run(OLD_DATA));
  if (old.records[0]?.get('old') === true) {
    for (const statement of MIGRATIONS) await writeTransaction(driver, database, (tx) => tx.run(statement));
  }
  // A database written before versions existed has none, and nothing would be cached on it.
  if ((await readGraphVersion(driver, database)) === null) await markGraphChanged(driver, database);
}
