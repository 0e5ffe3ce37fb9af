/**
 * Filters at the limits (src/limits.ts: 6 levels deep, 20 conditions, a filter on related nodes
 * counting as two): the shapes that measured slowest to plan and run on the programme's data,
 * where the planner weighs many alternatives or many subqueries. The hostile-input suite sends
 * each and wants it answered within 3 s; `npm run bench:filters` times them with cold plans.
 */
export interface FilterShape {
  readonly name: string;
  readonly query: string;
  readonly where: Record<string, unknown>;
}

const REGIONS = 'query($w: RegionWhere) { regions(where: $w, first: 20) { totalCount edges { node { id nameEn } } } }';

/** A plain condition of three kinds, so that no two shapes share a plan. */
const leaf = (index: number): Record<string, unknown> =>
  [{ name: `zz${index}` }, { code: `${100000 + index}` }, { id: `region:none-${index}` }][index % 3] as Record<string, unknown>;
const range = (count: number): number[] => Array.from({ length: count }, (_, index) => index);
/** From a region up two levels, to the designations there and their holders: 4 related filters and a condition (9). */
const chain = (index: number): Record<string, unknown> => ({ partOf: { partOf: { designations: { holders: { name: `holder${index}` } } } } });

export const FILTERS_AT_THE_LIMITS: readonly FilterShape[] = [
  { name: '20 OR-ed conditions', query: REGIONS, where: { OR: range(20).map(leaf) } },
  { name: '20 OR-ed name conditions', query: REGIONS, where: { OR: range(20).map((index) => ({ name: `name${index}` })) } },
  { name: 'two chains of four related filters, and two conditions', query: REGIONS, where: { OR: [chain(0), chain(1), leaf(2), leaf(3)] } },
  { name: '18 OR-ed conditions on the parent region', query: REGIONS, where: { partOf: { OR: range(18).map(leaf) } } },
  {
    name: 'six related filters OR-ed, and two conditions',
    query: REGIONS,
    where: { OR: [...range(6).map((index) => ({ partOf: leaf(index) })), leaf(6), leaf(7)] },
  },
  {
    name: 'NOT, OR and related filters nested six deep',
    query: REGIONS,
    where: { NOT: { OR: range(5).map((index) => ({ NOT: { partOf: { OR: [leaf(index), leaf(index + 10)] } } })) } },
  },
];
