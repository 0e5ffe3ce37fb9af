import * as OpenCC from 'opencc-js';
import { customPinyin, pinyin } from 'pinyin-pro';

/**
 * Chinese names as people write them and as the graph keeps them: the encoding artefacts some
 * pages carry, traditional and simplified characters, and pinyin.
 */

/**
 * opencc-js's declarations import './core' without an extension, which NodeNext resolution
 * cannot follow, so the type of the converters it makes is lost; this is that type.
 */
type Convert = (text: string) => string;
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' }) as Convert;
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' }) as Convert;

/**
 * Some stored pages carry pinyin after characters, as in `產(chǎn)權(quán)`: a parenthesis holding one
 * syllable with tone marks. Only such a syllable is removed; other parentheses are text.
 */
const PINYIN_ARTEFACT = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)/g;

export function withoutArtefacts(text: string): string {
  return text.replace(PINYIN_ARTEFACT, '');
}

/**
 * The simplified form of a text. Converting simplified text again can change it (乾县 would
 * become 干县), so callers keep the text as written and try this form second.
 */
export function simplified(text: string): string {
  return toSimplified(text);
}

/** The traditional form of a simplified name, as Taiwan writes it (昆山 → 崑山), for search. */
export function traditional(text: string): string {
  return toTraditional(text);
}

/** The forms a written name may be matched in: as written, then read as simplified, artefacts removed. */
export function readings(text: string): string[] {
  const clean = withoutArtefacts(text).trim();
  const forms = [clean, simplified(clean)];
  return [...new Set(forms.filter((form) => form.length > 0))];
}

/**
 * Readings that place names keep where pinyin-pro reads the characters as everyday words do:
 * 都 is dū in every place name (成都, 花都), never the adverb dōu.
 */
customPinyin({ 都: 'dū', 闵行: 'mǐn háng', 单县: 'shàn xiàn', 蔚县: 'yù xiàn', 涡阳: 'guō yáng', 泌阳: 'bì yáng', 筠连: 'jūn lián', 歙县: 'shè xiàn' });

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function syllables(text: string): string[] {
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'removed' }).filter((syllable) => syllable.trim().length > 0);
}

/** Toneless pinyin of a Chinese text, as one lower-case word: 昆山 → kunshan, 西安 → xian. */
export function pinyinWord(text: string): string {
  return syllables(text).join('').toLowerCase();
}

/** Spellings the national romanisation fixes where plain pinyin would merge two names: 陕西 is Shaanxi, apart from 山西 Shanxi. */
const FIXED_SPELLINGS: Readonly<Record<string, string>> = { 陕西: 'Shaanxi' };

/** Syllables written as one word, with the apostrophe pinyin puts before a, o and e: 西安 → Xi'an. */
function word(text: string): string {
  return (
    FIXED_SPELLINGS[text] ??
    capitalised(
      syllables(text)
        .map((syllable, index) => (index > 0 && /^[aoe]/.test(syllable) ? `'${syllable}` : syllable))
        .join(''),
    )
  );
}

/**
 * A romanisation of a Chinese name, part by part, each part one word (昆山 市 → Kunshan Shi,
 * 广西 壮族 自治区 → Guangxi Zhuangzu Zizhiqu). Generated, never a sourced fact.
 */
export function romanised(parts: readonly string[]): string {
  return parts
    .filter((part) => part.length > 0)
    .map(word)
    .join(' ');
}

/** A romanisation syllable by syllable, for names with no generic part to split off (parks). Generated. */
export function romanisedSyllables(text: string): string {
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .filter((syllable) => syllable.trim().length > 0)
    .map(capitalised)
    .join(' ');
}

/** Words an English name of a place may end in, and the generic parts of Chinese names they stand for. */
export const ENGLISH_GENERIC: Readonly<Record<string, readonly string[]>> = {
  province: ['省'],
  city: ['市'],
  municipality: ['市'],
  district: ['区'],
  county: ['县'],
  prefecture: ['州', '地区'],
  league: ['盟'],
  banner: ['旗'],
  region: ['自治区'],
};

export function isLatin(text: string): boolean {
  return /^[\p{Script=Latin}\s'’.,-]+$/u.test(text);
}

/**
 * The words search finds an entity by besides its names: its aliases, the traditional forms and
 * the pinyin of its Chinese names, so that 昆山, 崑山 and Kunshan find the same place. Kept in one
 * property because Neo4j's full-text indexes do not read list properties.
 */
/**
 * Every name the `name` filter finds an entity by (English, Chinese, and the search words above),
 * lower-cased in one property so that a text index answers a substring of any of them.
 */
export function nameKey(props: { readonly [key: string]: unknown }): string {
  const words = typeof props.searchText === 'string' ? props.searchText : searchText(props);
  return [props.nameEn, props.nameZh, words]
    .filter((name): name is string => typeof name === 'string' && name !== '')
    .join('\n')
    .toLowerCase();
}

export function searchText(props: { readonly [key: string]: unknown }): string {
  const aliases: unknown[] = Array.isArray(props.aliases) ? props.aliases : [];
  const names = [props.nameZh, ...aliases].filter((name): name is string => typeof name === 'string');
  const chinese = names.filter((name) => /\p{Script=Han}/u.test(name));
  const forms = [
    ...names,
    ...chinese.map(traditional),
    ...chinese.map(pinyinWord),
    ...(typeof props.pinyin === 'string' ? [props.pinyin, props.pinyin.replace(/'/g, '')] : []),
  ];
  return [...new Set(forms)].join(' | ');
}
