import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { ENTITY_PROPERTIES, KINDS, RELATIONSHIPS, isRelationshipType, type EntityLabel, type PropertySpec } from '../vocabulary.js';
import { isRecordKind, type RecordKind } from './schemas.js';

/**
 * Reads record files, YAML or CSV, into raw records that remember where they were written, so that
 * every problem can name its file, line and field (or CSV column). Validation happens later, for
 * both syntaxes alike (src/records/plan.ts).
 */

/** A problem with a record, reported with every other problem before anything is written. */
export interface RecordIssue {
  readonly file: string;
  readonly line: number | null;
  /** The record, as a reader finds it: `Designation #3 (江苏省昆山市)`. */
  readonly record: string;
  /** The field as the file names it: a YAML path (`sources.1.quote`) or a CSV column (`quote2`). */
  readonly field: string;
  readonly message: string;
}

export function formatIssue(issue: RecordIssue): string {
  return `${issue.file}${issue.line === null ? '' : `:${issue.line}`} › ${issue.record} › ${issue.field}: ${issue.message}`;
}

export class RecordsError extends Error {
  constructor(
    readonly issues: readonly RecordIssue[],
    what = 'The records are invalid',
  ) {
    super(
      `${what} (${issues.length} problem${issues.length === 1 ? '' : 's'}); nothing was written:\n${issues.map((issue) => `  ${formatIssue(issue)}`).join('\n')}`,
    );
    this.name = 'RecordsError';
  }
}

export interface RawRecord {
  readonly kind: RecordKind;
  readonly fields: Record<string, unknown>;
  readonly file: string;
  readonly line: number;
  /** `Designation #3 (江苏省昆山市)`: its kind, its place in the file, and its id or place. */
  readonly name: string;
  /** Where a field was written: the line of a YAML field; CSV fields are on the record's line. */
  lineOf(path: readonly (string | number)[]): number;
  /** How the file names a field: a CSV column, or the YAML path itself. */
  fieldName(path: readonly (string | number)[]): string;
}

/** A value as a message shows it: scalars as they are, anything else as JSON rather than [object Object]. */
function shown(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
}

function recordName(kind: string, index: number, fields: Record<string, unknown>): string {
  const label = fields.id ?? fields.place ?? fields.holder ?? (fields.type ? `${shown(fields.type)} ${shown(fields.from)} → ${shown(fields.to)}` : undefined);
  return `${kind} #${index + 1}${label === undefined ? '' : ` (${shown(label)})`}`;
}

/** The node at a path, or the deepest one on it that exists (a missing field is reported where it is missing). */
function yamlPath(record: YamlNode, keys: readonly (string | number)[]): YamlNode {
  let node: YamlNode = record;
  for (const key of keys) {
    const next = isMap(node) || isSeq(node) ? (node.get(key, true) as YamlNode | undefined) : undefined;
    if (!next) return node;
    node = next;
  }
  return node;
}

/**
 * A YAML file: a map from record kind to a list of records. A file given as a plain list holds
 * records of `listKind` (seed/sources.yaml is a list of sources).
 */
function readYaml(file: string, text: string, issues: RecordIssue[], listKind?: RecordKind): RawRecord[] {
  const lines = new LineCounter();
  const document = parseDocument(text, { uniqueKeys: true, lineCounter: lines });
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      issues.push({ file, line: error.linePos?.[0].line ?? null, record: '(file)', field: '(yaml)', message: error.message });
    }
    return [];
  }
  const lineAt = (node: YamlNode | undefined, fallback: number): number => (node?.range ? lines.linePos(node.range[0]).line : fallback);
  const groups: [string, YamlNode | undefined][] =
    isSeq(document.contents) && listKind
      ? [[listKind, document.contents]]
      : isMap(document.contents)
        ? document.contents.items.map((pair) => [shown((pair.key as { value?: unknown } | null)?.value ?? pair.key), pair.value as YamlNode | undefined])
        : [];
  if (groups.length === 0 && document.contents !== null) {
    issues.push({
      file,
      line: 1,
      record: '(file)',
      field: '(root)',
      message: 'expected a map from record kind (Designation, Park, Relationship, ...) to a list of records',
    });
  }
  const records: RawRecord[] = [];
  for (const [kind, list] of groups) {
    if (!isRecordKind(kind)) {
      issues.push({
        file,
        line: lineAt(list, 1),
        record: kind,
        field: '(kind)',
        message: `not a kind of record; expected one of the graph's kinds, Relationship or Source`,
      });
      continue;
    }
    if (!isSeq(list)) {
      issues.push({ file, line: lineAt(list, 1), record: kind, field: '(list)', message: 'expected a list of records' });
      continue;
    }
    list.items.forEach((item, index) => {
      const node = item as YamlNode;
      const value = node.toJSON() as unknown;
      const line = lineAt(node, 1);
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        issues.push({ file, line, record: `${kind} #${index + 1}`, field: '(record)', message: 'expected a map of fields' });
        return;
      }
      const fields = value as Record<string, unknown>;
      records.push({
        kind,
        fields,
        file,
        line,
        name: recordName(kind, index, fields),
        lineOf: (keys) => lineAt(yamlPath(node, keys), line),
        fieldName: (keys) => (keys.length > 0 ? keys.join('.') : '(record)'),
      });
    });
  }
  return records;
}

/** Citation columns: source1, quote1, fields1, unquoted1, citeNote1, then source2, ... */
const CITATION_COLUMN = /^(source|quote|fields|unquoted|citeNote)([1-9]\d*)$/;
const CITATION_FIELD: Readonly<Record<string, string>> = { source: 'source', quote: 'quote', fields: 'fields', unquoted: 'unquoted', citeNote: 'note' };
const COLUMN_OF_CITATION_FIELD = Object.fromEntries(Object.entries(CITATION_FIELD).map(([column, field]) => [field, column]));

/** Columns that are not properties of a kind: the fields a designation or park names its place with, and a relationship's ends. */
const PLACE_COLUMNS = ['place', 'province', 'code'];
const EXTRA_COLUMNS: Readonly<Partial<Record<RecordKind, readonly string[]>>> = {
  Designation: [...PLACE_COLUMNS, 'holder', 'placeEn', 'batch'],
  Park: PLACE_COLUMNS,
};

/** A cell of several values, separated by `|`. */
function splitList(cell: string): string[] {
  return cell
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/** `true` or `false` as booleans; anything else stays text, for the schema to refuse by name. */
function booleanCell(cell: string): boolean | string {
  return cell === 'true' ? true : cell === 'false' ? false : cell;
}

function cellValue(spec: PropertySpec | undefined, cell: string): unknown {
  if (spec?.list) return splitList(cell);
  if (spec?.graphql === 'Int') return /^-?\d+$/.test(cell.trim()) ? Number(cell.trim()) : cell;
  if (spec?.graphql === 'Boolean') return booleanCell(cell);
  return cell;
}

/** One CSV row as the fields of its record, typed by the vocabulary (numbers, booleans, `|`-separated lists). */
function csvFields(kind: RecordKind, header: readonly string[], cells: readonly string[]): { fields: Record<string, unknown>; unknown: string[] } {
  const fields: Record<string, unknown> = {};
  const citations: Record<string, unknown>[] = [];
  const properties: Record<string, unknown> = {};
  const unknown: string[] = [];
  const relationshipType = kind === 'Relationship' ? cells[header.indexOf('type')] : undefined;
  const relationshipProperties: Readonly<Record<string, PropertySpec>> =
    relationshipType && isRelationshipType(relationshipType) ? RELATIONSHIPS[relationshipType].properties : {};
  const entityProperties: Readonly<Record<string, PropertySpec>> = kind in KINDS ? { ...ENTITY_PROPERTIES, ...KINDS[kind as EntityLabel].properties } : {};
  header.forEach((column, index) => {
    const cell = cells[index] ?? '';
    if (column === 'record' || cell === '') return;
    const citation = CITATION_COLUMN.exec(column);
    if (citation) {
      const [, part, number] = citation as unknown as [string, string, string];
      const position = Number(number) - 1;
      citations[position] ??= {};
      citations[position][CITATION_FIELD[part] as string] = part === 'fields' ? splitList(cell) : cell;
    } else if (kind === 'Relationship') {
      if (['type', 'from', 'to', 'key'].includes(column)) fields[column] = cell;
      else if (column === 'unverified') fields[column] = booleanCell(cell);
      else if (column in relationshipProperties) properties[column] = cellValue(relationshipProperties[column], cell);
      else unknown.push(column);
    } else if (column in entityProperties || (EXTRA_COLUMNS[kind] ?? []).includes(column)) {
      fields[column] = cellValue(entityProperties[column], cell);
    } else {
      unknown.push(column);
    }
  });
  if (citations.length > 0) fields.sources = citations.map((citation) => citation ?? {});
  if (Object.keys(properties).length > 0) fields.properties = properties;
  return { fields, unknown };
}

function readCsv(file: string, text: string, issues: RecordIssue[]): RawRecord[] {
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parseCsv(text, { info: true, bom: true, skip_empty_lines: true }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? null;
    issues.push({ file, line, record: '(file)', field: '(csv)', message: error instanceof Error ? error.message : String(error) });
    return [];
  }
  const [head, ...body] = rows;
  if (!head) return [];
  const header = head.record.map((column) => column.trim());
  if (!header.includes('record')) {
    issues.push({
      file,
      line: 1,
      record: '(header)',
      field: 'record',
      message: "the header needs a column named record, holding each row's kind (Designation, Park, Relationship, ...)",
    });
    return [];
  }
  const records: RawRecord[] = [];
  let previousEnd = head.info.lines;
  body.forEach((row, index) => {
    const line = previousEnd + 1;
    previousEnd = row.info.lines;
    const kind = row.record[header.indexOf('record')]?.trim() ?? '';
    if (!isRecordKind(kind)) {
      issues.push({ file, line, record: `row ${index + 1}`, field: 'record', message: `"${kind}" is not a kind of record` });
      return;
    }
    const { fields, unknown } = csvFields(kind, header, row.record);
    const name = recordName(kind, index, fields);
    for (const column of unknown) issues.push({ file, line, record: name, field: column, message: `a ${kind} has no such field` });
    records.push({
      kind,
      fields,
      file,
      line,
      name,
      lineOf: () => line,
      fieldName: (keys) => {
        const [first, second, third] = keys;
        if (first === 'sources' && typeof second === 'number') return `${COLUMN_OF_CITATION_FIELD[String(third)] ?? 'source'}${second + 1}`;
        if (first === 'properties' && second !== undefined) return String(second);
        return first === undefined ? '(record)' : String(first);
      },
    });
  });
  return records;
}

/** Reads one record file; the name of the file in messages is `display`. */
export function readRecordFile(filePath: string, display: string, issues: RecordIssue[], listKind?: RecordKind): RawRecord[] {
  const text = readFileSync(filePath, 'utf8');
  const extension = path.extname(filePath).toLowerCase();
  if (extension === '.csv') return readCsv(display, text, issues);
  if (extension === '.yaml' || extension === '.yml') return readYaml(display, text, issues, listKind);
  issues.push({ file: display, line: null, record: '(file)', field: '(file)', message: 'expected a .yaml, .yml or .csv file' });
  return [];
}
