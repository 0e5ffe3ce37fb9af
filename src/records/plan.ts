import type { z } from 'zod';
import type { Divisions, Unit, UnitName } from '../divisions/codes.js';
import { nameKey, romanisedSyllables, searchText } from '../divisions/names.js';
import type { PlaceLevel, PlaceResolver, Resolution } from '../divisions/resolve.js';
import {
  KINDS,
  MAIN_PROGRAMME,
  RELATIONSHIPS,
  labelOfId,
  relationshipId,
  tierSpec,
  type EntityLabel,
  type RelationshipType,
  type Tier,
} from '../vocabulary.js';
import type { RawRecord, RecordIssue } from './read.js';
import { citationSchema, entitySchemas, recordSchemas, relationshipPropertySchemas, relationshipRecordSchema, type Citation } from './schemas.js';
import { addSource, quoteFound, type KnownSource } from './sources.js';

/**
 * Turns records (seed files, an import file) into the nodes and relationships they state: places
 * resolved through the division codes, the relationships a designation or park implies, every
 * citation checked against its source. The seed and imports write the same plan, each its own way.
 */

export type PropertyValue = string | number | boolean | string[];
export type Properties = Record<string, PropertyValue>;

export interface CitationRow {
  readonly source: string;
  readonly quote: string | null;
  /** The properties the citation backs; null means the whole fact. */
  readonly fields: readonly string[] | null;
  readonly note: string | null;
  /** Why a citation of a web page the project does not hold has no quote. */
  readonly unquoted: string | null;
  /** Whether the quote was found in the source's text; false when the project holds no text to check it in. */
  readonly checked: boolean;
}

interface Planned {
  readonly id: string;
  props: Properties;
  citations: CitationRow[];
  /** The first record that stated it; null for what the division codes alone give. */
  readonly origin: RawRecord | null;
}

export interface PlannedNode extends Planned {
  readonly label: EntityLabel;
  /** Properties generated rather than sourced (a romanised name), which a sourced value replaces. */
  readonly generated: Set<string>;
}

export interface PlannedRelationship extends Planned {
  readonly type: RelationshipType;
  readonly from: string;
  readonly to: string;
}

/** An entity the records name without stating it: it must already be in the graph. */
export interface Reference {
  readonly label: EntityLabel;
  readonly record: RawRecord;
  readonly field: string;
}

export interface Plan {
  /** Sources the records themselves add (an import may add web pages). */
  readonly sources: KnownSource[];
  readonly nodes: ReadonlyMap<string, PlannedNode>;
  readonly relationships: ReadonlyMap<string, PlannedRelationship>;
  readonly references: ReadonlyMap<string, Reference>;
}

export interface PlanOptions {
  /** Sources the records may cite; sources the records add are added to it. */
  readonly sources: Map<string, KnownSource>;
  readonly divisions: Divisions;
  readonly resolver: PlaceResolver;
  /** The seed states every current unit of the division codes; an import only those it names. */
  readonly allRegions: boolean;
  readonly seedDir: string;
}

/** A name a plan can give an entity it refers to but does not hold (for designations' names). */
export interface KnownName {
  readonly label: EntityLabel;
  readonly nameEn: string;
  readonly nameZh: string | null;
}

const PLACE_LEVEL: Readonly<Record<string, PlaceLevel>> = { CITY: 'CITY', COUNTY: 'COUNTY', PARK: 'ANY', ZONE: 'ANY' };

/** Dates a designation may carry, most telling first: the unit it names must have existed then. */
const DATE_FIELDS = ['signedOn', 'approvedOn', 'announcedOn', 'publicizedFrom', 'validFrom', 'checkedOn'] as const;

function localPart(id: string): string {
  return id.slice(id.indexOf(':') + 1);
}

function tierSlug(tier: string): string {
  return tier.toLowerCase().replace(/_/g, '-');
}

function sameValue(a: PropertyValue, b: PropertyValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

class Planner {
  readonly issues: RecordIssue[] = [];
  readonly nodes = new Map<string, PlannedNode>();
  readonly relationships = new Map<string, PlannedRelationship>();
  readonly references = new Map<string, Reference>();
  readonly addedSources: KnownSource[] = [];

  constructor(private readonly options: PlanOptions) {}

  issue(record: RawRecord, path: readonly (string | number)[], message: string): void {
    this.issues.push({ file: record.file, line: record.lineOf(path), record: record.name, field: record.fieldName(path), message });
  }

  zodIssues(record: RawRecord, error: z.ZodError, prefix: readonly (string | number)[] = []): void {
    for (const issue of error.issues) {
      // An unknown field is reported under its own name.
      const keys = issue.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : [];
      this.issue(record, [...prefix, ...(issue.path as (string | number)[]), ...keys], issue.code === 'unrecognized_keys' ? 'no such field' : issue.message);
    }
  }

  /** Checks a record's citations: the source exists, a held text contains the quote, `fields` names the record's properties. */
  citations(record: RawRecord, citations: readonly Citation[] | undefined, properties: ReadonlySet<string>, unverified: boolean): CitationRow[] {
    if (!citations || citations.length === 0) {
      if (!unverified) this.issue(record, ['sources'], 'every record needs at least one source, or unverified: true with a note saying what is missing');
      else if (record.fields.note === undefined && record.kind !== 'Relationship')
        this.issue(record, ['note'], 'an unverified record needs a note saying what is missing');
      return [];
    }
    return citations.map((citation, index) => {
      const at = (field: string): (string | number)[] => ['sources', index, field];
      const source = this.options.sources.get(citation.source);
      let checked = false;
      if (!source) {
        this.issue(record, at('source'), `unknown source ${citation.source}`);
      } else if (source.record.kind === 'WEB_PAGE') {
        if (citation.quote === undefined && citation.unquoted === undefined) {
          this.issue(
            record,
            at('quote'),
            `${citation.source} is a web page the project does not hold: give its exact words, or say in unquoted why there are none`,
          );
        }
      } else if (citation.quote === undefined) {
        this.issue(record, at('quote'), `a citation of ${citation.source} needs the source's exact words`);
      } else if (citation.unquoted !== undefined) {
        this.issue(record, at('unquoted'), `${citation.source} is held by the project: quote it`);
      } else if (quoteFound(source, citation.quote) === false) {
        this.issue(
          record,
          at('quote'),
          `not found verbatim in ${source.record.file ? `seed/${source.record.file}` : (source.record.package ?? citation.source)}: "${citation.quote}"`,
        );
      } else {
        checked = true;
      }
      for (const field of citation.fields ?? []) {
        if (!properties.has(field)) this.issue(record, at('fields'), `"${field}" is not a field this record gives`);
      }
      return {
        source: citation.source,
        quote: citation.quote ?? null,
        fields: citation.fields ?? null,
        note: citation.note ?? null,
        unquoted: citation.unquoted ?? null,
        checked,
      };
    });
  }

  /** The planned node with this id, created empty if new; null when the id is held by another kind. */
  node(id: string, label: EntityLabel, origin: RawRecord | null): PlannedNode | null {
    const existing = this.nodes.get(id);
    if (existing) {
      if (existing.label !== label) {
        if (origin) this.issue(origin, ['id'], `${id} is already a ${existing.label}`);
        return null;
      }
      return existing;
    }
    const created: PlannedNode = { id, label, props: { id }, citations: [], origin, generated: new Set() };
    this.nodes.set(id, created);
    return created;
  }

  /** Adds properties to a node: a different value for a property already given is a conflict, unless that one was generated. */
  merge(node: PlannedNode, props: Properties, record: RawRecord | null): void {
    for (const [key, value] of Object.entries(props)) {
      const current = node.props[key];
      if (key === 'aliases' && Array.isArray(current) && Array.isArray(value)) {
        node.props.aliases = [...new Set([...current, ...value])];
      } else if (current === undefined || node.generated.has(key)) {
        // A sourced English name replaces the romanisation, which stops being the name.
        if (key === 'nameEn' && node.generated.has(key)) delete node.props.romanised;
        node.props[key] = value;
        node.generated.delete(key);
      } else if (!sameValue(current, value) && record) {
        const first = node.origin ? ` (given by ${node.origin.file}:${node.origin.line})` : '';
        this.issue(record, [key], `${node.id} already has ${key} ${JSON.stringify(current)}${first}`);
      }
    }
  }

  relationship(
    type: RelationshipType,
    from: string,
    to: string,
    key: string | undefined,
    props: Properties,
    citations: CitationRow[],
    origin: RawRecord | null,
  ): void {
    const id = relationshipId(type, from, to, key);
    const existing = this.relationships.get(id);
    if (existing) {
      // The same relationship stated twice (two rows naming one park's place) gathers both citations.
      existing.citations.push(
        ...citations.filter(
          (citation) => !existing.citations.some((known) => sameValue(known as unknown as PropertyValue, citation as unknown as PropertyValue)),
        ),
      );
      return;
    }
    this.relationships.set(id, { id, type, from, to, props: { id, ...props }, citations, origin });
  }

  /** An entity a record refers to: planned already, or expected in the graph. */
  refer(id: string, allowed: readonly EntityLabel[], record: RawRecord, field: string): boolean {
    const planned = this.nodes.get(id);
    const label = planned?.label ?? labelOfId(id);
    if (!label || label === 'Source' || !allowed.includes(label)) {
      this.issue(record, [field], `${id} is not ${allowed.length === 1 ? `a ${allowed[0]}` : `one of ${allowed.join(', ')}`}`);
      return false;
    }
    if (!planned && !this.references.has(id)) this.references.set(id, { label, record, field });
    return true;
  }

  /** The node of a unit of the division codes, with its ancestors and PART_OF relationships, planned once. */
  region(unit: Unit): PlannedNode {
    const id = `region:${unit.code}`;
    const known = this.nodes.get(id);
    if (known) return known;
    const node = this.node(id, 'Region', null) as PlannedNode;
    const [name, ...former] = unit.names as [UnitName, ...UnitName[]];
    const { divisions } = this.options;
    node.props = {
      id,
      code: unit.code,
      nameZh: unit.name,
      nameEn: divisions.romanisation(unit),
      pinyin: divisions.romanisation(unit),
      romanised: true,
      kind: unit.kind,
      level: unit.level,
      ...(former.length > 0 ? { aliases: former.map((entry) => entry.name) } : {}),
      ...(unit.former
        ? { former: true, ...(unit.listedFrom ? { listedFrom: unit.listedFrom } : {}), ...(unit.listedTo ? { listedTo: unit.listedTo } : {}) }
        : {}),
    };
    node.generated.add('nameEn');
    node.generated.add('pinyin');
    const cite = (entry: UnitName, fields: string[] | null): CitationRow => ({
      source: entry.source,
      quote: entry.quote,
      fields,
      note: null,
      unquoted: null,
      checked: true,
    });
    node.citations = [
      cite(name, ['code', 'nameZh', 'kind', 'level', ...(unit.former ? ['former', 'listedFrom', 'listedTo'] : [])]),
      ...former.map((entry) => cite(entry, ['aliases'])),
    ];
    const parent = unit.parentCode ? divisions.get(unit.parentCode) : undefined;
    if (parent) {
      this.region(parent);
      this.relationship('PART_OF', id, `region:${parent.code}`, undefined, {}, [cite(name, null)], null);
    }
    return node;
  }

  /** Resolves a record's place (`place`, `province`, `code`) to a unit and plans its region. */
  place(
    record: RawRecord,
    fields: { place?: string | undefined; province?: string | undefined; code?: string | undefined },
    level: PlaceLevel,
    at: string | undefined,
  ): PlannedNode | null {
    const { resolver } = this.options;
    const byName: Resolution | null = fields.place ? resolver.resolve({ text: fields.place, province: fields.province, level, at }) : null;
    if (fields.code) {
      const pinned = resolver.byCode(fields.code, at);
      if ('error' in pinned) return (void this.issue(record, ['code'], pinned.error), null);
      if (byName && 'unit' in byName && byName.unit.code !== fields.code) {
        this.issue(record, ['code'], `${fields.place} resolves to ${byName.unit.code} ${byName.unit.name}, not ${fields.code}`);
        return null;
      }
      if (byName && 'error' in byName && byName.candidates.length > 0 && !byName.candidates.some((unit) => unit.code === fields.code)) {
        this.issue(
          record,
          ['code'],
          `${fields.code} is not among the units "${fields.place}" may name: ${byName.candidates.map((unit) => unit.code).join(', ')}`,
        );
        return null;
      }
      return this.region(pinned.unit);
    }
    if (!byName) return null;
    if ('error' in byName) {
      this.issue(record, ['place'], byName.error);
      return null;
    }
    return this.region(byName.unit);
  }

  entity(record: RawRecord): void {
    const label = record.kind as EntityLabel;
    const parsed = recordSchemas[label].safeParse(record.fields);
    if (!parsed.success) {
      this.zodIssues(record, parsed.error);
      // The citations are checked too, so that one pass reports every problem of the record.
      const cited = citationSchema.array().safeParse(record.fields.sources);
      if (cited.success) this.citations(record, cited.data, new Set(Object.keys(record.fields)), true);
      return;
    }
    const { sources, place, province, code, holder, placeEn, batch, ...props } = parsed.data as Record<string, unknown> & {
      sources?: Citation[];
      place?: string;
      province?: string;
      code?: string;
      holder?: string;
      placeEn?: string;
      batch?: string;
    };
    const given = new Set(Object.keys(record.fields));
    const citations = this.citations(record, sources, given, props.unverified === true);
    if (label === 'Designation') return this.designation(record, props as Properties, citations, { place, province, code, holder, placeEn, batch });

    const id = String(props.id);
    if (label === 'Region' && /^region:\d{6}$/.test(id)) {
      const unit = this.options.divisions.get(id.slice('region:'.length));
      if (!unit) return this.issue(record, ['id'], `no unit of the division codes has the code ${id.slice('region:'.length)}`);
      this.region(unit);
    }
    const node = this.node(id, label, record);
    if (!node) return;
    if (node.origin && node.origin !== record && label !== 'Region')
      return this.issue(record, ['id'], `${id} is already given by ${node.origin.file}:${node.origin.line}`);
    this.merge(node, props as Properties, record);
    node.citations.push(...citations);

    if (label === 'Park') {
      if (place || code) {
        const region = this.place(record, { place, province, code }, 'ANY', undefined);
        if (region) this.relationship('LOCATED_IN', id, region.id, undefined, {}, wholeFacts(citations), record);
      }
      if (node.props.nameEn === undefined && typeof node.props.nameZh === 'string') {
        node.props.nameEn = romanisedSyllables(node.props.nameZh);
        node.props.romanised = true;
        node.generated.add('nameEn');
      }
    }
    if (label === 'Batch' && typeof props.tier === 'string') {
      const programme = tierSpec(props.tier as Tier).programme ?? MAIN_PROGRAMME;
      if (this.refer(programme, ['Programme'], record, 'tier')) this.relationship('OF_PROGRAMME', id, programme, undefined, {}, wholeFacts(citations), record);
    }
  }

  designation(
    record: RawRecord,
    props: Properties,
    citations: CitationRow[],
    extra: {
      place?: string | undefined;
      province?: string | undefined;
      code?: string | undefined;
      holder?: string | undefined;
      placeEn?: string | undefined;
      batch?: string | undefined;
    },
  ): void {
    const tier = props.tier as Tier | undefined;
    if (!tier) return this.issue(record, ['tier'], 'a designation needs its tier');
    // A place is read as its units stood at the designation's date or, failing one, when its sources wrote of it.
    const at =
      DATE_FIELDS.map((field) => props[field]).find((value): value is string => typeof value === 'string') ??
      (typeof props.year === 'number' ? String(props.year) : undefined) ??
      citations
        .map((citation) => this.options.sources.get(citation.source)?.record.publishedOn)
        .filter((date): date is string => date !== undefined)
        .sort()[0];
    let holder: string | null = null;
    if (extra.holder) {
      if (extra.place || extra.code) return this.issue(record, ['holder'], 'give either holder or place, not both');
      if (this.refer(extra.holder, ['Region', 'Park'], record, 'holder')) holder = extra.holder;
    } else if (extra.place || extra.code) {
      holder = this.place(record, extra, PLACE_LEVEL[tierSpec(tier).level] ?? 'ANY', at)?.id ?? null;
    } else {
      return this.issue(record, ['place'], 'a designation names its place (place) or its holder (holder)');
    }
    if (!holder) return;
    if (extra.batch && !this.refer(extra.batch, ['Batch'], record, 'batch')) return;

    const id = typeof props.id === 'string' ? props.id : `designation:${localPart(holder)}-${extra.batch ? localPart(extra.batch) : tierSlug(tier)}`;
    const node = this.node(id, 'Designation', record);
    if (!node) return;
    if (node.origin !== record) {
      return this.issue(
        record,
        ['place'],
        `${id} is already given by ${node.origin?.file}:${node.origin?.line}: the same place in the same ${extra.batch ? 'batch' : 'tier'}; give an id to tell them apart`,
      );
    }
    this.merge(node, { ...props, id, ...(extra.place ? { nameAsListed: extra.place } : {}) }, record);
    // Derived from how this record writes the place: it names a new designation, never renames one.
    node.generated.add('nameAsListed');
    node.citations.push(...citations.map((citation) => ({ ...citation, fields: designationFields(citation.fields) })));
    const facts = wholeFacts(citations);
    this.relationship('DESIGNATED_AS', holder, id, undefined, {}, facts, record);
    if (extra.batch) this.relationship('IN_BATCH', id, extra.batch, undefined, {}, facts, record);

    if (extra.placeEn) {
      const region = this.nodes.get(holder);
      const backing = citations.filter((citation) => citation.quote?.toLowerCase().includes((extra.placeEn as string).toLowerCase()));
      if (!region) return this.issue(record, ['placeEn'], 'an English name can be given only for a place resolved here');
      if (backing.length === 0) return this.issue(record, ['placeEn'], `no quote of this record contains "${extra.placeEn}"`);
      const sourced: Properties = region.generated.has('nameEn')
        ? { nameEn: extra.placeEn }
        : region.props.nameEn === extra.placeEn
          ? {}
          : { aliases: [extra.placeEn] };
      this.merge(region, sourced, record);
      region.citations.push(...backing.map((citation) => ({ ...citation, fields: Object.keys(sourced) })));
    }
  }

  relationshipRecord(record: RawRecord): void {
    const parsed = relationshipRecordSchema.safeParse(record.fields);
    if (!parsed.success) return this.zodIssues(record, parsed.error);
    const { type, from, to, key, properties, sources, unverified } = parsed.data;
    const rule = RELATIONSHIPS[type];
    const props = relationshipPropertySchemas[type].safeParse(properties ?? {});
    if (!props.success) return this.zodIssues(record, props.error, ['properties']);
    const citations = this.citations(record, sources, new Set(Object.keys(properties ?? {})), unverified === true);
    const fromOk = this.refer(from, rule.from, record, 'from');
    const toOk = this.refer(to, rule.to, record, 'to');
    if (!fromOk || !toOk) return;
    const id = relationshipId(type, from, to, key);
    if (this.relationships.get(id)?.origin) return this.issue(record, ['key'], `a ${type} from ${from} to ${to} is already given; add a distinct key`);
    this.relationship(type, from, to, key, { ...(props.data as Properties), ...(unverified ? { unverified } : {}) }, citations, record);
  }
}

/**
 * A designation's cited fields as the stored designation has them: the place it names is its
 * nameAsListed; the fields that name other records (its batch, its region's English name) back
 * the relationships and the region instead.
 */
function designationFields(fields: readonly string[] | null): string[] | null {
  if (!fields) return null;
  const stored = [...new Set(fields.map((field) => (field === 'place' || field === 'holder' ? 'nameAsListed' : field)))].filter(
    (field) => field in KINDS.Designation.properties,
  );
  return stored.length > 0 ? stored : null;
}

/** The citations that back a record as a whole, for the relationships it implies (all of them when every one names fields). */
function wholeFacts(citations: readonly CitationRow[]): CitationRow[] {
  const whole = citations.filter((citation) => citation.fields === null);
  return (whole.length > 0 ? whole : citations).map((citation) => ({ ...citation, fields: null }));
}

/**
 * Plans the records: sources first, then entities (designations after the batches and parks they
 * name), then relationships. Problems are collected, not thrown: the caller reports them all.
 */
export function planRecords(records: readonly RawRecord[], options: PlanOptions): { plan: Plan; issues: RecordIssue[] } {
  const planner = new Planner(options);
  for (const record of records.filter((candidate) => candidate.kind === 'Source')) {
    const before = options.sources.size;
    addSource(options.seedDir, options.sources, record.fields, planner.issues, { file: record.file, line: record.line, record: record.name });
    const added = [...options.sources.values()][before];
    if (added && added.record.kind !== 'WEB_PAGE') {
      planner.issue(record, ['kind'], 'a file may add web pages; documents and datasets belong in seed/sources.yaml');
    } else if (added) {
      planner.addedSources.push(added);
    }
  }
  if (options.allRegions) for (const unit of options.divisions.current()) planner.region(unit);
  const order = (record: RawRecord): number => (record.kind === 'Designation' ? 1 : record.kind === 'Relationship' ? 2 : 0);
  for (const record of [...records].sort((a, b) => order(a) - order(b))) {
    if (record.kind === 'Source') continue;
    if (record.kind === 'Relationship') planner.relationshipRecord(record);
    else planner.entity(record);
  }
  // A record may name an entity that a later record states.
  const references = new Map([...planner.references].filter(([id]) => !planner.nodes.has(id)));
  return {
    plan: { sources: planner.addedSources, nodes: planner.nodes, relationships: planner.relationships, references },
    issues: planner.issues,
  };
}

/**
 * Completes a plan once the entities it refers to are known: names its designations after their
 * holders and tiers, adds search words, and checks every entity against its kind's schema.
 */
export function completePlan(plan: Plan, known: ReadonlyMap<string, KnownName>): RecordIssue[] {
  const issues: RecordIssue[] = [];
  const nameOf = (id: string): { nameEn: string; nameZh: string | null } | undefined => {
    const node = plan.nodes.get(id);
    if (node) return { nameEn: String(node.props.nameEn ?? id), nameZh: typeof node.props.nameZh === 'string' ? node.props.nameZh : null };
    return known.get(id);
  };
  for (const node of plan.nodes.values()) {
    if (node.label === 'Designation') {
      const holderId = [...plan.relationships.values()].find((rel) => rel.type === 'DESIGNATED_AS' && rel.to === node.id)?.from;
      const holder = holderId ? nameOf(holderId) : undefined;
      const spec = tierSpec(node.props.tier as Tier);
      const year = typeof node.props.year === 'number' ? ` (${node.props.year})` : '';
      for (const [key, name] of [
        ['nameEn', `${String(holder?.nameEn ?? node.props.nameAsListed ?? holderId)}: ${spec.titleEn}${year}`],
        ['nameZh', `${String(holder?.nameZh ?? node.props.nameAsListed ?? holder?.nameEn ?? holderId)}：${spec.titleZh}${year}`],
      ] as const) {
        if (node.props[key] !== undefined) continue;
        node.props[key] = name;
        node.generated.add(key);
      }
    }
    if (node.label === 'Park' && typeof node.props.nameZh === 'string' && node.props.pinyin === undefined) {
      node.props.pinyin = romanisedSyllables(node.props.nameZh);
      node.generated.add('pinyin');
    }
    const checked = entitySchemas[node.label].safeParse(node.props);
    node.props.searchText = searchText(node.props);
    node.props.nameKey = nameKey(node.props);
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        issues.push({
          file: node.origin?.file ?? '(division codes)',
          line: node.origin?.line ?? null,
          record: node.origin?.name ?? node.id,
          field: issue.path.join('.') || '(record)',
          message: issue.message,
        });
      }
    }
  }
  return issues;
}
