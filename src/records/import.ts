import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { GraphChanges, inWriteTransaction, type Stored } from '../cypher/curation.js';
import { readTransaction } from '../database.js';
import type { Catalogue } from '../seed/load.js';
import { isRelationshipType } from '../vocabulary.js';
import { completePlan, planRecords, type CitationRow, type KnownName, type Plan, type PlannedNode, type PlannedRelationship } from './plan.js';
import { readRecordFile, RecordsError, type RecordIssue } from './read.js';

/**
 * `npm run import -- FILE`: an analyst's records, checked as the seed's are, compared with the
 * graph, and written (with --apply) in ONE write transaction through the changes curation makes,
 * with one audit entry. What an import writes carries the layer IMPORT.
 */

export type Action = 'create' | 'update' | 'unchanged';

export interface Change {
  readonly action: Action;
  /** A kind (Park), a relationship type (DESIGNATED_AS) or Source. */
  readonly kind: string;
  readonly id: string;
  /** What changes: properties old → new, citations added. */
  readonly details: readonly string[];
}

export interface ImportReport {
  readonly file: string;
  readonly applied: boolean;
  readonly changes: readonly Change[];
  readonly auditId: string | null;
}

/** Reads and checks an import file against the catalogue and the graph; throws RecordsError listing every problem. */
export async function planImport(driver: Driver, database: string | undefined, catalogue: Catalogue, file: string, seedDir: string): Promise<Plan> {
  const issues: RecordIssue[] = [];
  const display = path.relative(process.cwd(), file) || file;
  const records = readRecordFile(file, display, issues);
  // Sources earlier imports added are citable too; the project holds no text of them.
  const sources = new Map(catalogue.sources);
  const inGraph = await readTransaction(driver, database, (tx) => tx.run('MATCH (s:Source) RETURN s.id AS id, s.kind AS kind, s.title AS title'));
  for (const record of inGraph.records) {
    const id = String(record.get('id'));
    if (!sources.has(id)) sources.set(id, { record: { id, kind: 'WEB_PAGE', title: String(record.get('title')) }, text: null, files: new Map() });
  }
  const planned = planRecords(records, { ...catalogue, sources, allRegions: false, seedDir });
  issues.push(...planned.issues);

  const references = [...planned.plan.references];
  const found = await readTransaction(driver, database, (tx) =>
    tx.run(
      `UNWIND $ids AS id MATCH (n:Entity {id: id})
       RETURN id, [label IN labels(n) WHERE label <> 'Entity'][0] AS label, n.nameEn AS nameEn, n.nameZh AS nameZh`,
      { ids: references.map(([id]) => id) },
    ),
  );
  const known = new Map<string, KnownName>(
    found.records.map((record) => [
      String(record.get('id')),
      { label: record.get('label') as KnownName['label'], nameEn: String(record.get('nameEn')), nameZh: record.get('nameZh') as string | null },
    ]),
  );
  for (const [id, reference] of references) {
    const entity = known.get(id);
    const problem = !entity
      ? `no ${reference.label} ${id} in the graph or in this file`
      : entity.label !== reference.label
        ? `${id} is a ${entity.label}, not a ${reference.label}`
        : null;
    if (problem)
      issues.push({
        file: reference.record.file,
        line: reference.record.lineOf([reference.field]),
        record: reference.record.name,
        field: reference.record.fieldName([reference.field]),
        message: problem,
      });
  }
  issues.push(...completePlan(planned.plan, known));
  if (issues.length > 0) throw new RecordsError(issues, `${display} is invalid`);
  return planned.plan;
}

/** Properties a record states, as the graph stores them; generated ones never overwrite what a graph holds. */
function statedProps(node: PlannedNode): Stored {
  const { searchText: _search, nameKey: _key, ...props } = node.props;
  for (const key of node.generated) delete props[key];
  if (node.generated.has('nameEn')) delete props.romanised;
  return props;
}

function sameStored(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The changes a node makes to what the graph holds of it: properties that differ, aliases it adds. */
function nodeChanges(node: PlannedNode, current: Stored): Stored {
  const changes: Stored = {};
  for (const [key, value] of Object.entries(statedProps(node))) {
    if (key === 'aliases' && Array.isArray(value)) {
      const known = Array.isArray(current.aliases) ? (current.aliases as string[]) : [];
      const listed: unknown[] = value;
      const added = listed.filter((alias) => typeof alias === 'string' && !known.includes(alias));
      if (added.length > 0) changes.aliases = [...known, ...added];
    } else if (!sameStored(current[key], value)) {
      changes[key] = value;
    }
  }
  return changes;
}

function citationKey(citation: { source: string; quote: string | null; fields: readonly string[] | null }): string {
  return JSON.stringify([citation.source, citation.quote ?? null, citation.fields && citation.fields.length > 0 ? citation.fields : null]);
}

function newCitations(
  planned: readonly CitationRow[],
  stored: readonly { source: string; quote: string | null; fields: readonly string[] | null }[],
): CitationRow[] {
  const known = new Set(stored.map(citationKey));
  return planned.filter((citation) => !known.has(citationKey(citation)));
}

function describeValue(value: unknown): string {
  return value === undefined || value === null ? '(none)' : JSON.stringify(value);
}

/**
 * Compares the plan with the graph and, unless `dryRun`, makes the changes. One function for both,
 * so that what a dry run prints is what --apply does.
 */
async function reconcile(changes: GraphChanges, plan: Plan, dryRun: boolean): Promise<Change[]> {
  const report: Change[] = [];
  for (const source of plan.sources) {
    const exists = (await changes.sources([source.record.id])).has(source.record.id);
    report.push({ action: exists ? 'unchanged' : 'create', kind: 'Source', id: source.record.id, details: [] });
    if (!exists && !dryRun) await changes.createSource(source.record);
  }
  for (const node of plan.nodes.values()) {
    const current = await changes.entity(node.id);
    if (!current) {
      report.push({ action: 'create', kind: node.label, id: node.id, details: [`${node.citations.length} citation${node.citations.length === 1 ? '' : 's'}`] });
      if (!dryRun) await changes.createEntity(node.label, node.props, node.citations);
      continue;
    }
    const props = nodeChanges(node, current.props);
    const cited = newCitations(node.citations, current.citations);
    const details = [
      ...Object.entries(props).map(([key, value]) => `${key}: ${describeValue(current.props[key])} → ${describeValue(value)}`),
      ...(cited.length > 0 ? [`+${cited.length} citation${cited.length === 1 ? '' : 's'}`] : []),
    ];
    report.push({ action: details.length > 0 ? 'update' : 'unchanged', kind: node.label, id: node.id, details });
    if (dryRun) continue;
    if (Object.keys(props).length > 0) await changes.updateEntity(node.id, props);
    if (cited.length > 0) await changes.addCitations(node.id, cited);
  }
  for (const rel of plan.relationships.values()) report.push(await reconcileRelationship(changes, rel, dryRun));
  return report;
}

async function reconcileRelationship(changes: GraphChanges, rel: PlannedRelationship, dryRun: boolean): Promise<Change> {
  if (!isRelationshipType(rel.type)) throw new Error(`not a relationship type: ${String(rel.type)}`);
  const current = await changes.relationship(rel.type, rel.id);
  if (!current) {
    if (!dryRun) await changes.createRelationship(rel.type, rel.id, rel.from, rel.to, rel.props, rel.citations);
    return { action: 'create', kind: rel.type, id: rel.id, details: [`${rel.from} → ${rel.to}`] };
  }
  const stored = ((current.citeSources as string[] | undefined) ?? []).map((source, index) => ({
    source,
    quote: ((current.citeQuotes as string[] | undefined)?.[index] ?? '') || null,
    fields: ((current.citeFields as string[] | undefined)?.[index] ?? '').split(',').filter((field) => field.length > 0),
  }));
  const cited = newCitations(rel.citations, stored);
  if (!dryRun && cited.length > 0) await changes.addRelationshipCitations(rel.type, rel.id, cited);
  return {
    action: cited.length > 0 ? 'update' : 'unchanged',
    kind: rel.type,
    id: rel.id,
    details: cited.length > 0 ? [`+${cited.length} citation${cited.length === 1 ? '' : 's'}`] : [],
  };
}

/** What the import would change, read in a read transaction: nothing is written. */
export async function dryRun(driver: Driver, database: string | undefined, plan: Plan, file: string): Promise<ImportReport> {
  const changes = await readTransaction(driver, database, (tx) => reconcile(new GraphChanges(tx, 'IMPORT'), plan, true));
  return { file, applied: false, changes, auditId: null };
}

/** Writes the import in one write transaction with one audit entry naming the file and the actor; nothing when nothing changes. */
export async function applyImport(driver: Driver, database: string | undefined, plan: Plan, file: string, actor: string): Promise<ImportReport> {
  return inWriteTransaction(driver, database, 'IMPORT', async (changes) => {
    const report = await reconcile(changes, plan, false);
    const changed = report.filter((change) => change.action !== 'unchanged');
    if (changed.length === 0) return { file, applied: true, changes: report, auditId: null };
    const name = path.basename(file);
    const auditId = await changes.audit(
      {
        actor,
        action: 'import',
        input: {
          file: name,
          created: changed.filter((change) => change.action === 'create').map((change) => change.id),
          updated: changed.filter((change) => change.action === 'update').map((change) => change.id),
        },
      },
      `import:${name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')}`,
      null,
      null,
    );
    return { file, applied: true, changes: report, auditId };
  });
}

/** The report as the command prints it. */
export function formatReport(report: ImportReport): string {
  const counts = { create: 0, update: 0, unchanged: 0 };
  const lines = report.changes.map((change) => {
    counts[change.action] += 1;
    return `  ${change.action.padEnd(9)} ${change.kind.padEnd(15)} ${change.id}${change.details.length > 0 ? `  ${change.details.join('; ')}` : ''}`;
  });
  const summary = `${counts.create} to create, ${counts.update} to update, ${counts.unchanged} unchanged`;
  const head = report.applied ? `Imported ${report.file}` : `Import of ${report.file} (dry run: nothing written)`;
  const tail = report.applied
    ? report.auditId
      ? `Written in one transaction; audit entry ${report.auditId}.`
      : 'Nothing to change: the graph already holds all of it.'
    : 'Run again with --apply to write it.';
  return [head, ...lines.filter((_line, index) => report.changes[index]?.action !== 'unchanged'), `${summary}. ${tail}`].join('\n');
}
