import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { readRecordFile, RecordsError, type RecordIssue } from './read.js';
import { sourceSchema, type SourceRecord } from './schemas.js';

/**
 * The sources facts may cite, with the text of those the project holds, so that every quote can
 * be checked: documents under seed/documents, and the files of dataset packages.
 */

export const SOURCES_FILE = 'sources.yaml';

/** The collected pages under documents/programme carry a header; only what follows this marker is the page's text. */
const VERBATIM_MARKER = '----- VERBATIM EXCERPT';

/** Quotes are compared with runs of white space folded, so a line break in a file is not content. */
export function foldWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export interface KnownSource {
  readonly record: SourceRecord;
  /** The held text, white space folded; null for a web page the project does not hold. */
  readonly text: string | null;
  /** A dataset's files, by the names its record lists. */
  readonly files: ReadonlyMap<string, string>;
}

export type SourceCatalogue = ReadonlyMap<string, KnownSource>;

/** Whether a quote occurs in the source's held text; null when the project holds no text to check. */
export function quoteFound(source: KnownSource, quote: string): boolean | null {
  return source.text === null ? null : source.text.includes(foldWhitespace(quote));
}

const requireFromHere = createRequire(import.meta.url);

/** The folder of an installed package, checked against the version the source pins. */
function packageFolder(spec: string): { folder: string } | { error: string } {
  const at = spec.lastIndexOf('@');
  const name = spec.slice(0, at);
  const version = spec.slice(at + 1);
  let manifest: string;
  try {
    manifest = requireFromHere.resolve(`${name}/package.json`);
  } catch {
    return { error: `the package ${name} is not installed; run npm install` };
  }
  const installed = (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version;
  if (installed !== version) return { error: `${name} ${installed ?? '?'} is installed, but the source pins ${version}; run npm ci` };
  return { folder: path.dirname(manifest) };
}

function heldText(seedDir: string, source: SourceRecord): { text: string | null; files: Map<string, string> } | { error: string; field: string } {
  if (source.kind === 'WEB_PAGE') {
    return source.url ? { text: null, files: new Map() } : { error: 'a web page needs its url', field: 'url' };
  }
  if (source.kind === 'DATASET') {
    if (!source.package || !source.files?.length) return { error: 'a dataset needs its package (name@version) and files', field: 'package' };
    const found = packageFolder(source.package);
    if ('error' in found) return { error: found.error, field: 'package' };
    const files = new Map<string, string>();
    for (const file of source.files) {
      const full = path.join(found.folder, file);
      if (!existsSync(full)) return { error: `${source.package} has no file ${file}`, field: 'files' };
      files.set(file, readFileSync(full, 'utf8'));
    }
    return { text: foldWhitespace([...files.values()].join('\n')), files };
  }
  if (!source.file) return { error: 'a document needs its file', field: 'file' };
  const full = path.join(seedDir, source.file);
  if (!existsSync(full)) return { error: `no such file: seed/${source.file}`, field: 'file' };
  const raw = readFileSync(full, 'utf8');
  const marker = raw.indexOf(VERBATIM_MARKER);
  return { text: foldWhitespace(marker >= 0 ? raw.slice(marker) : raw), files: new Map() };
}

/** The sources of seed/sources.yaml with their texts; throws RecordsError listing every problem. */
export function sourceCatalogue(seedDir: string): Map<string, KnownSource> {
  const issues: RecordIssue[] = [];
  const sources = loadSources(seedDir, issues);
  if (issues.length > 0) throw new RecordsError(issues, "The seed's sources are invalid");
  return sources;
}

/** Reads seed/sources.yaml and the texts it points to; problems go to `issues`. */
export function loadSources(seedDir: string, issues: RecordIssue[]): Map<string, KnownSource> {
  const sources = new Map<string, KnownSource>();
  for (const raw of readRecordFile(path.join(seedDir, SOURCES_FILE), SOURCES_FILE, issues, 'Source')) {
    addSource(seedDir, sources, raw.fields, issues, { file: raw.file, line: raw.line, record: raw.name });
  }
  return sources;
}

/** Validates one source record and adds it with its text. */
export function addSource(
  seedDir: string,
  sources: Map<string, KnownSource>,
  fields: Record<string, unknown>,
  issues: RecordIssue[],
  at: { file: string; line: number; record: string },
): void {
  const parsed = sourceSchema.safeParse(fields);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      issues.push({ ...at, field: issue.path.length > 0 ? issue.path.join('.') : '(record)', message: issue.message });
    }
    return;
  }
  const record = parsed.data;
  if (sources.has(record.id)) {
    issues.push({ ...at, field: 'id', message: `duplicate source id ${record.id}` });
    return;
  }
  const held = heldText(seedDir, record);
  if ('error' in held) {
    issues.push({ ...at, field: held.field, message: held.error });
    return;
  }
  sources.set(record.id, { record, text: held.text, files: held.files });
}
