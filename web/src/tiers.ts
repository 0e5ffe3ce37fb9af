import { element } from './dom';

/** What the pages need of a tier: the API's `tiers` answer gives it, in the vocabulary's order. */
export interface TierInfo {
  readonly tier: string;
  readonly family: string;
  readonly titleEn: string;
  readonly titleZh: string;
  readonly adjacent: boolean;
}

/** A hue for each family of the sources (A0 before 2012, A to G); related programmes (H) are grey. */
const FAMILY_HUES: Record<string, number> = { A0: 140, A: 215, B: 265, C: 320, D: 12, E: 42, F: 85, G: 180 };

/** A stable hue for a family the page does not know yet, so that no tier goes without a colour. */
function hueOf(family: string): number {
  let hash = 0;
  for (const char of family) hash = (hash * 31 + char.charCodeAt(0)) % 360;
  return hash;
}

export interface TierPalette {
  /** Every tier the API named, in its order. */
  readonly tiers: readonly TierInfo[];
  colour(tier: string): string;
  info(tier: string): TierInfo | undefined;
  /** The tier's English title, or its enum name in words for a tier the `tiers` answer lacks. */
  title(tier: string): string;
}

/**
 * Colours for every tier of the `tiers` answer: one hue per family, shades from dark to light
 * within it. A tier missing from the answer still gets a colour of its own. Colours are written
 * with commas (`hsl(215, 75%, 45%)`), which ECharts' colour parser reads as CSS does.
 */
export function tierPalette(tiers: readonly TierInfo[]): TierPalette {
  const colours = new Map<string, string>();
  const families = new Map<string, TierInfo[]>();
  for (const tier of tiers) families.set(tier.family, [...(families.get(tier.family) ?? []), tier]);
  for (const [family, members] of families) {
    members.forEach((tier, index) => {
      const lightness = members.length === 1 ? 45 : 30 + (index * 32) / (members.length - 1);
      const grey = tier.adjacent || family === 'H';
      colours.set(
        tier.tier,
        grey ? `hsl(0, 0%, ${Math.round(lightness + 5)}%)` : `hsl(${FAMILY_HUES[family] ?? hueOf(family)}, 75%, ${Math.round(lightness)}%)`,
      );
    });
  }
  const byName = new Map(tiers.map((tier) => [tier.tier, tier]));
  return {
    tiers,
    colour: (tier) => {
      let colour = colours.get(tier);
      if (!colour) {
        colour = `hsl(${hueOf(tier)}, 45%, 50%)`;
        colours.set(tier, colour);
      }
      return colour;
    },
    info: (tier) => byName.get(tier),
    title: (tier) => byName.get(tier)?.titleEn ?? tier.toLowerCase().replace(/_/g, ' '),
  };
}

export function swatch(colour: string): HTMLElement {
  return element('span', { class: 'swatch', style: `background:${colour}`, 'aria-hidden': 'true' });
}

/** The tiers grouped by family, the programme's own first and related programmes (H) apart. */
export function byFamily<T extends TierInfo>(tiers: readonly T[]): { family: string; adjacent: boolean; tiers: T[] }[] {
  const groups: { family: string; adjacent: boolean; tiers: T[] }[] = [];
  for (const tier of tiers) {
    let group = groups.find((entry) => entry.family === tier.family);
    if (!group) {
      group = { family: tier.family, adjacent: tier.adjacent, tiers: [] };
      groups.push(group);
    }
    group.tiers.push(tier);
  }
  return [...groups.filter((group) => !group.adjacent), ...groups.filter((group) => group.adjacent)];
}

/** A legend of the given tiers, by family, each with its colour and both titles. */
export function legend(palette: TierPalette, shown: readonly string[]): HTMLElement {
  const known = palette.tiers.filter((tier) => shown.includes(tier.tier));
  const unknown = shown.filter((tier) => !palette.info(tier));
  const entry = (tier: string, text: (Node | string)[]): HTMLElement => element('li', { 'data-tier': tier }, swatch(palette.colour(tier)), ...text);
  return element(
    'ul',
    { class: 'legend', 'aria-label': 'Tiers' },
    ...byFamily(known).map((group) =>
      element(
        'li',
        { class: 'legend-family' },
        element('strong', {}, group.adjacent ? `${group.family} (related programmes)` : group.family),
        element('ul', {}, ...group.tiers.map((tier) => entry(tier.tier, [tier.titleEn, ' ', element('span', { lang: 'zh' }, tier.titleZh)]))),
      ),
    ),
    ...unknown.map((tier) => entry(tier, [palette.title(tier)])),
  );
}
