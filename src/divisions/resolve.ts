import { splitName, type Divisions, type RegionKind, type Unit, type UnitName } from './codes.js';
import { ENGLISH_GENERIC, isLatin, pinyinWord, readings } from './names.js';

/**
 * Resolves a place as a source writes it (江苏省泰州市高港区, 新乡长垣市, 長沙市, Zhuhai,
 * Beijing's Haidian District) to exactly one unit of the division codes, or says why it cannot:
 * no unit has that name, or several do. Nothing is guessed: 泰州 (Jiangsu) and 台州 (Zhejiang)
 * share a romanisation, so "Taizhou" needs its province.
 */

/** Which units a tier admits: city tiers do not name counties, county tiers name county-level units. */
export type PlaceLevel = 'CITY' | 'COUNTY' | 'ANY';

export interface PlaceQuery {
  readonly text: string;
  /** The province as the source states it, if it does. */
  readonly province?: string | undefined;
  readonly level?: PlaceLevel | undefined;
  /** The date the place is named at (YYYY, YYYY-MM or YYYY-MM-DD): units that did not exist then are left out. */
  readonly at?: string | undefined;
}

export type Resolution = { readonly unit: Unit; readonly name: UnitName } | { readonly error: string; readonly candidates: readonly Unit[] };

/** How a unit may be written: its full name, or its place name alone or with a short generic part. */
interface Form {
  readonly text: string;
  readonly unit: Unit;
  readonly name: UnitName;
  /** Whether the form leaves out the generic part (昆山 rather than 昆山市). */
  readonly bare: boolean;
}

/** Short generic parts people write for long ones: 昌吉州 for 昌吉回族自治州, 新疆自治区 for 新疆维吾尔自治区. */
const ABBREVIATED: Readonly<Record<string, readonly string[]>> = {
  自治州: ['州'],
  自治县: ['县'],
  自治区: ['自治区', '区'],
};

const COUNTY_KINDS: ReadonlySet<RegionKind> = new Set(['COUNTY', 'AUTONOMOUS_COUNTY', 'BANNER', 'AUTONOMOUS_BANNER']);
const CITY_KINDS: ReadonlySet<RegionKind> = new Set([
  'PREFECTURE_LEVEL_CITY',
  'COUNTY_LEVEL_CITY',
  'MUNICIPALITY',
  'AUTONOMOUS_PREFECTURE',
  'PREFECTURE',
  'LEAGUE',
]);

function formsOf(unit: Unit): Form[] {
  return unit.names.flatMap((name) => {
    const { short, generic } = splitName(name.name);
    const forms: Form[] = [{ text: name.name, unit, name, bare: false }];
    if (short.length >= 2 && short !== name.name) {
      forms.push({ text: short, unit, name, bare: true });
      for (const written of ABBREVIATED[generic] ?? []) forms.push({ text: short + written, unit, name, bare: false });
    }
    return forms;
  });
}

/** A month interval check at the precision of `at`: does the name's validity overlap that date? */
function validAt(name: UnitName, at: string | undefined): boolean {
  if (!at) return true;
  const from = at.length === 4 ? `${at}-12` : at.slice(0, 7);
  const to = at.length === 4 ? `${at}-01` : at.slice(0, 7);
  return (name.validSince === null || name.validSince <= from) && (name.validUntil === null || name.validUntil > to);
}

function admits(level: PlaceLevel | undefined, unit: Unit): boolean {
  if (level === 'CITY') return unit.kind === 'MUNICIPALITY' || (unit.level !== 'PROVINCIAL' && !COUNTY_KINDS.has(unit.kind));
  if (level === 'COUNTY') return unit.level === 'COUNTY';
  return true;
}

function describe(divisions: Divisions, unit: Unit): string {
  const province = divisions.ancestors(unit).find((ancestor) => ancestor.level === 'PROVINCIAL');
  return `${unit.code} ${unit.name}${unit.former ? ' (former)' : ''}${province ? ` (${province.name})` : ''}`;
}

export class PlaceResolver {
  private readonly byFirstCharacter = new Map<string, Form[]>();
  private readonly byPinyin = new Map<string, Form[]>();

  constructor(private readonly divisions: Divisions) {
    for (const unit of divisions.units.values()) {
      for (const form of formsOf(unit)) {
        const first = form.text.charAt(0);
        this.byFirstCharacter.set(first, [...(this.byFirstCharacter.get(first) ?? []), form]);
      }
      const current = unit.names[0] as UnitName;
      const key = pinyinWord(splitName(current.name).short || current.name);
      this.byPinyin.set(key, [...(this.byPinyin.get(key) ?? []), { text: key, unit, name: current, bare: true }]);
    }
  }

  /** Chinese text as a chain of units, each within the one before: every unit the whole text can name. */
  private parseChinese(text: string, within: Unit | null): Form[] {
    const results: Form[] = [];
    const walk = (rest: string, context: Unit | null, last: Form | null): void => {
      if (rest.length === 0) {
        if (last) results.push(last);
        return;
      }
      for (const form of this.byFirstCharacter.get(rest.charAt(0)) ?? []) {
        if (!rest.startsWith(form.text)) continue;
        if (context && !this.divisions.isWithin(form.unit, context)) continue;
        walk(rest.slice(form.text.length), form.unit, form);
      }
    };
    walk(text, within, null);
    return results;
  }

  /** English text: "Haidian District", "Zhuhai", "Beijing's Haidian District". */
  private parseEnglish(text: string, within: Unit | null): Form[] {
    const [head, ...tail] = text.split(/['’]s\s+/);
    if (tail.length > 0 && head) {
      return this.parseEnglish(head, within).flatMap((outer) => this.parseEnglish(tail.join(' '), outer.unit));
    }
    const words = text.trim().split(/\s+/);
    const last = words[words.length - 1]?.toLowerCase() ?? '';
    const generics = words.length > 1 ? ENGLISH_GENERIC[last] : undefined;
    const key = (generics ? words.slice(0, -1) : words)
      .join('')
      .toLowerCase()
      .replace(/[^a-z]/g, '');
    return (this.byPinyin.get(key) ?? []).filter((form) => {
      if (within && form.unit.code !== within.code && !this.divisions.isWithin(form.unit, within)) return false;
      return !generics || generics.includes(form.unit.generic) || generics.some((generic) => form.unit.generic.endsWith(generic));
    });
  }

  private parse(text: string, within: Unit | null): Form[] {
    if (isLatin(text)) return this.parseEnglish(text, within);
    return readings(text).flatMap((reading) => this.parseChinese(reading, within));
  }

  /** The province a source states, in Chinese or English (江苏省, 遼寧 (遼寧四地), Zhejiang province). */
  private province(text: string): Unit | Resolution {
    const cleaned = text
      .replace(/\(.*?\)|（.*?）/g, '')
      .replace(/\bprovince\b/i, '')
      .trim();
    const units = [
      ...new Map(
        this.parse(cleaned, null)
          .filter((form) => form.unit.level === 'PROVINCIAL')
          .map((form) => [form.unit.code, form.unit]),
      ).values(),
    ];
    if (units.length === 1) return units[0] as Unit;
    return { error: units.length === 0 ? `no province is named "${text}"` : `"${text}" names ${units.length} provinces`, candidates: units };
  }

  resolve(query: PlaceQuery): Resolution {
    let within: Unit | null = null;
    if (query.province) {
      const province = this.province(query.province);
      if ('error' in province) return province;
      within = province as Unit;
    }
    const text = query.text.replace(/\(.*?\)|（.*?）/g, '').trim();
    // The text may name the province again (福建省厦门市), so it is read whole and then kept to the province.
    const parsed = this.parse(text, null).filter((form) => !within || form.unit.code === within.code || this.divisions.isWithin(form.unit, within));
    const found = new Map<string, Form[]>();
    for (const form of parsed) found.set(form.unit.code, [...(found.get(form.unit.code) ?? []), form]);
    if (found.size === 0) {
      return { error: `no unit of the division codes is named "${query.text}"${within ? ` in ${within.name}` : ''}`, candidates: [] };
    }
    let candidates = [...found.values()]
      .map((forms) => forms.find((form) => validAt(form.name, query.at)) ?? null)
      .filter((form): form is Form => form !== null && admits(query.level, form.unit));
    // A district is written with its city (北京市朝阳区); a bare name in a city tier means a city.
    if (query.level === 'CITY' && candidates.some((form) => CITY_KINDS.has(form.unit.kind))) {
      candidates = candidates.filter((form) => !(form.bare && form.unit.kind === 'DISTRICT'));
    }
    const [only] = candidates;
    if (candidates.length === 1 && only) return { unit: only.unit, name: only.name };
    const all = candidates.length > 0 ? candidates.map((form) => form.unit) : [...found.values()].map((forms) => (forms[0] as Form).unit);
    const listed = all.map((unit) => describe(this.divisions, unit)).join('; ');
    const context = [query.at ? `at ${query.at}` : '', query.level && query.level !== 'ANY' ? `among ${query.level.toLowerCase()} units` : '']
      .filter(Boolean)
      .join(', ');
    return candidates.length === 0
      ? { error: `"${query.text}" names no unit${context ? ` ${context}` : ''}; by name alone: ${listed}`, candidates: all }
      : { error: `"${query.text}" matches ${all.length} units${context ? ` ${context}` : ''}: ${listed}; give its province or its code`, candidates: all };
  }

  /** A unit by its code, with the name it carried at `at`. */
  byCode(code: string, at?: string): Resolution {
    const unit = this.divisions.get(code);
    if (!unit) return { error: `no unit of the division codes has the code ${code}`, candidates: [] };
    return { unit, name: unit.names.find((name) => validAt(name, at)) ?? (unit.names[0] as UnitName) };
  }
}
