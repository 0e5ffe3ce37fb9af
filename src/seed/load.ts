import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import {
  ENTITY_LABELS,
  RELATIONSHIP_RULES,
  labelOfId,
  relationshipId,
  type EntityLabel,
  type RelationshipType,
} from '../model.js';
import {
  entitySchemas,
  relationshipPropertySchemas,
  relationshipSchema,
  seedFileSchema,
  sourceSchema,
  type Citation,
  type SourceRecord,
} from './records.js';

export type PropertyValue = string | number | boolean | string[];
export type Properties = Record<string, PropertyValue>;

export interface CitationRow {
  readonly source: string;
  readonly quote: string | null;
  readonly fields: string[] | null;
  readonly note: string | null;
}

export interface NodeRow {
  readonly id: string;
  readonly props: Properties;
  readonly citations: CitationRow[];
}

export interface RelationshipRow {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly props: Properties;
}

/** A validated seed, ready to write: every reference resolves and every quote is in its document. */
export interface SeedPlan {
  readonly sources: { readonly id: string; readonly props: Properties }[];
  readonly nodes: Record<EntityLabel, NodeRow[]>;
  readonly relationships: Record<RelationshipType, RelationshipRow[]>;
}

export interface SeedIssue {
  readonly file: string;
  readonly record: string;
  readonly field: string;
  readonly message: string;
}

export class SeedValidationError extends Error {
  constructor(readonly issues: readonly SeedIssue[]) {
    super(
      `The seed is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'}); nothing was loaded:\n` +
        issues.map((issue) => `  ${issue.file} › ${issue.record} › ${issue.field}: ${issue.message}`).join('\n'),
    );
    this.name = 'SeedValidationError';
  }
}

const SOURCES_FILE = 'sources.yaml';

/** Quotes are compared with runs of white space folded, so a line break in a file is not content. */
export function foldWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Bumped when the way records are stored changes, so that the next load rewrites them all. */
const STORAGE_FORMAT = 2;

function hashOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify([STORAGE_FORMAT, value])).digest('hex').slice(0, 16);
}

function recordName(raw: unknown, index: number): string {
  const id = typeof raw === 'object' && raw !== null && 'id' in raw ? String(raw.id) : undefined;
  return id ? `#${index + 1} (${id})` : `#${index + 1}`;
}

function zodIssues(file: string, record: string, error: z.ZodError, prefix = ''): SeedIssue[] {
  return error.issues.map((issue) => ({
    file,
    record,
    field: prefix + (issue.path.length > 0 ? issue.path.join('.') : '(record)'),
    message: issue.message,
  }));
}

function readYaml(dir: string, file: string, issues: SeedIssue[]): unknown {
  const document = parseDocument(readFileSync(path.join(dir, file), 'utf8'), { uniqueKeys: true });
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      issues.push({ file, record: `line ${error.linePos?.[0].line ?? '?'}`, field: '(yaml)', message: error.message });
    }
    return undefined;
  }
  return document.toJS();
}

/** Reads, validates and cross-checks every seed file under `dir`. Throws SeedValidationError listing every problem. */
export function loadSeed(dir: string): SeedPlan {
  const issues: SeedIssue[] = [];

  // Sources first: every citation is checked against them.
  const sources = new Map<string, { record: SourceRecord; text: string | null }>();
  const rawSources = readYaml(dir, SOURCES_FILE, issues);
  // When the sources file itself is unreadable, every citation would be reported as unknown: say it once.
  const sourcesReadable = Array.isArray(rawSources);
  if (!Array.isArray(rawSources)) {
    issues.push({ file: SOURCES_FILE, record: '(file)', field: '(root)', message: 'expected a list of sources' });
  } else {
    rawSources.forEach((raw: unknown, index) => {
      const record = recordName(raw, index);
      const parsed = sourceSchema.safeParse(raw);
      if (!parsed.success) return void issues.push(...zodIssues(SOURCES_FILE, record, parsed.error));
      const source = parsed.data;
      if (sources.has(source.id)) {
        return void issues.push({ file: SOURCES_FILE, record, field: 'id', message: `duplicate id ${source.id}` });
      }
      let text: string | null = null;
      if (source.kind === 'WEB_PAGE') {
        if (!source.url) issues.push({ file: SOURCES_FILE, record, field: 'url', message: 'a web page needs its url' });
      } else if (!source.file) {
        issues.push({ file: SOURCES_FILE, record, field: 'file', message: `a ${source.kind} source needs its file` });
      } else if (!existsSync(path.join(dir, source.file))) {
        issues.push({ file: SOURCES_FILE, record, field: 'file', message: `no such file: seed/${source.file}` });
      } else {
        text = foldWhitespace(readFileSync(path.join(dir, source.file), 'utf8'));
      }
      sources.set(source.id, { record: source, text });
    });
  }

  const checkCitations = (file: string, record: string, citations: Citation[], props: Properties): CitationRow[] =>
    citations.map((citation, index) => {
      const field = `sources.${index}`;
      const source = sources.get(citation.source);
      if (!source) {
        if (sourcesReadable) {
          issues.push({ file, record, field: `${field}.source`, message: `unknown source ${citation.source}` });
        }
      } else if (source.record.kind === 'WEB_PAGE') {
        if (citation.quote !== undefined) {
          issues.push({
            file,
            record,
            field: `${field}.quote`,
            message: `${citation.source} is a web page the project does not hold, so a quote from it cannot be checked; cite it without a quote`,
          });
        }
      } else if (citation.quote === undefined) {
        issues.push({ file, record, field: `${field}.quote`, message: `a citation of ${citation.source} needs an exact quote` });
      } else if (source.text !== null && !source.text.includes(foldWhitespace(citation.quote))) {
        issues.push({
          file,
          record,
          field: `${field}.quote`,
          message: `quote not found verbatim in seed/${source.record.file}: "${citation.quote}"`,
        });
      }
      for (const name of citation.fields ?? []) {
        if (!(name in props)) {
          issues.push({ file, record, field: `${field}.fields`, message: `"${name}" is not a property of this record` });
        }
      }
      return {
        source: citation.source,
        quote: citation.quote ?? null,
        fields: citation.fields ?? null,
        note: citation.note ?? null,
      };
    });

  const nodes = Object.fromEntries(ENTITY_LABELS.map((label) => [label, [] as NodeRow[]])) as Record<EntityLabel, NodeRow[]>;
  const labelById = new Map<string, EntityLabel>();
  const rawRelationships: { file: string; index: number; raw: unknown }[] = [];

  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.yaml') && file !== SOURCES_FILE)
    .sort();
  for (const file of files) {
    const content = readYaml(dir, file, issues);
    if (content === undefined) continue;
    const parsedFile = seedFileSchema.safeParse(content);
    if (!parsedFile.success) {
      issues.push(...zodIssues(file, '(file)', parsedFile.error));
      continue;
    }
    for (const [key, records] of Object.entries(parsedFile.data)) {
      if (!records) continue;
      if (key === 'Relationship') {
        records.forEach((raw, index) => rawRelationships.push({ file, index, raw }));
        continue;
      }
      const label = key as EntityLabel;
      records.forEach((raw, index) => {
        const record = `${label} ${recordName(raw, index)}`;
        const parsed = entitySchemas[label].safeParse(raw);
        if (!parsed.success) return void issues.push(...zodIssues(file, record, parsed.error));
        const { sources: citations, ...rest } = parsed.data;
        if (labelById.has(rest.id)) {
          return void issues.push({ file, record, field: 'id', message: `duplicate id ${rest.id}` });
        }
        labelById.set(rest.id, label);
        const props: Properties = { ...(rest as Properties) };
        const citationRows = checkCitations(file, record, citations, props);
        // The full-text index reads one string; Neo4j's full-text indexes do not read list properties.
        props.aliasText = (rest.aliases ?? []).join(' | ');
        props.origin = 'seed';
        props.seedHash = hashOf({ props, citationRows });
        nodes[label].push({ id: rest.id, props, citations: citationRows });
      });
    }
  }

  const relationships = Object.fromEntries(
    Object.keys(RELATIONSHIP_RULES).map((type) => [type, [] as RelationshipRow[]]),
  ) as Record<RelationshipType, RelationshipRow[]>;
  const relationshipIds = new Set<string>();
  for (const { file, index, raw } of rawRelationships) {
    const parsed = relationshipSchema.safeParse(raw);
    const fallbackName = `Relationship #${index + 1}`;
    if (!parsed.success) {
      issues.push(...zodIssues(file, fallbackName, parsed.error));
      continue;
    }
    const rel = parsed.data;
    const type = rel.type as RelationshipType;
    const id = relationshipId(type, rel.from, rel.to, rel.key);
    const record = `Relationship #${index + 1} (${id})`;
    if (relationshipIds.has(id)) {
      issues.push({ file, record, field: 'key', message: `a ${type} from ${rel.from} to ${rel.to} is already given; add a distinct key` });
      continue;
    }
    relationshipIds.add(id);
    const rule = RELATIONSHIP_RULES[type];
    for (const [end, allowed] of [['from', rule.from], ['to', rule.to]] as const) {
      const nodeId = rel[end];
      const label = labelById.get(nodeId);
      if (!label) {
        const known = labelOfId(nodeId);
        issues.push({ file, record, field: end, message: `unknown ${known ?? 'entity'} ${nodeId}` });
      } else if (!(allowed as readonly string[]).includes(label)) {
        issues.push({ file, record, field: end, message: `${type} ${end === 'from' ? 'starts at' : 'ends at'} ${allowed.join(' or ')}, not ${label}` });
      }
    }
    const properties = relationshipPropertySchemas[type].safeParse(rel.properties ?? {});
    if (!properties.success) {
      issues.push(...zodIssues(file, record, properties.error, 'properties.'));
      continue;
    }
    const props: Properties = { id, ...(properties.data as Properties) };
    const citations = checkCitations(file, record, rel.sources, props);
    // A relationship cannot point at Source nodes, so its citations are parallel lists on it.
    props.citeSources = citations.map((citation) => citation.source);
    props.citeQuotes = citations.map((citation) => citation.quote ?? '');
    props.citeFields = citations.map((citation) => (citation.fields ?? []).join(','));
    props.citeNotes = citations.map((citation) => citation.note ?? '');
    props.origin = 'seed';
    props.seedHash = hashOf({ props, from: rel.from, to: rel.to });
    relationships[type].push({ id, from: rel.from, to: rel.to, props });
  }

  if (issues.length > 0) throw new SeedValidationError(issues);

  return {
    sources: [...sources.values()].map(({ record }) => {
      const props: Properties = { ...(record as Properties), origin: 'seed' };
      props.seedHash = hashOf(props);
      return { id: record.id, props };
    }),
    nodes,
    relationships,
  };
}

