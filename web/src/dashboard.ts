import type {
  DashboardQuery,
  DesignationPageFieldsFragment,
  DesignationTier,
  FigurePageFieldsFragment,
  FilteredViewsFieldsFragment,
  ProvinceRowFieldsFragment,
} from './__generated__/graphql';
import { ApiError, request } from './api';
import type * as ChartsModule from './charts';
import type { Chart, ChartOption } from './charts';
import { toCsv, type CsvValue } from './csv';
import { renderCitations } from './citations';
import { download, element, explorerLink, nameParts, nameText, pinyinMark, uncheckedMark, unverifiedMark } from './dom';
import { DashboardQuery as Dashboard, FilteredViewsQuery, MoreDesignationsQuery, MoreFiguresQuery } from './operations';
import { byFamily, legend, swatch, tierPalette, type TierPalette } from './tiers';

/**
 * Views an analyst of the programme wants at a glance. One typed GraphQL request feeds them all;
 * the designations table and the figures then follow their cursors for any further pages. Every
 * count of the programme shown is one the API gave: the page adds up or reconciles nothing.
 */

type Figure = FigurePageFieldsFragment['edges'][number]['node'];
type Designation = DesignationPageFieldsFragment['edges'][number]['node'];
type Batch = DashboardQuery['batchCoverage'][number]['batch'];

type Charts = typeof ChartsModule;

interface Context {
  readonly data: DashboardQuery;
  readonly palette: TierPalette;
  readonly state: FilterState;
  /** The charts' module, ECharts with it, loaded after the first paint. */
  readonly charts: Promise<Charts>;
}

const words = (value: string): string => value.toLowerCase().replace(/_/g, ' ');

interface Panel {
  readonly section: HTMLElement;
  readonly exports: HTMLElement;
}

function panel(id: string, title: string, wide = false): Panel {
  const exports = element('span', { class: 'exports' });
  const section = element(
    'section',
    { class: wide ? 'panel wide' : 'panel', id, 'aria-labelledby': `${id}-title` },
    element('h2', { id: `${id}-title` }, title, exports),
  );
  return { section, exports };
}

function exportButton(panel: Panel, text: string, action: () => void | Promise<void>): void {
  const button = element('button', { type: 'button', 'aria-label': `${text} (${panel.section.id})` }, text);
  button.addEventListener('click', () => void action());
  panel.exports.append(button);
}

function csvButton(target: Panel, name: string, header: string[], rows: () => CsvValue[][]): void {
  exportButton(target, 'CSV', () => download(`${name}.csv`, toCsv(header, rows())));
}

function link(id: string, ...content: (Node | string)[]): HTMLAnchorElement {
  return element('a', { href: explorerLink(id) }, ...content);
}

function table(header: string[], rows: HTMLElement[][], attributes: Record<string, string> = {}): HTMLTableElement {
  return element(
    'table',
    attributes,
    element('thead', {}, element('tr', {}, ...header.map((cell) => element('th', { scope: 'col' }, cell)))),
    element('tbody', {}, ...rows.map((cells) => element('tr', {}, ...cells))),
  );
}

/** Every page of a connection: the first as given, the rest by cursor. */
interface Connection<Edge> {
  readonly pageInfo: { hasNextPage: boolean; endCursor: string | null };
  readonly edges: Edge[];
}

async function allEdges<Edge>(first: Connection<Edge>, next: (after: string) => Promise<Connection<Edge>>): Promise<Edge[]> {
  const edges = [...first.edges];
  let page = first;
  while (page.pageInfo.hasNextPage && page.pageInfo.endCursor) {
    page = await next(page.pageInfo.endCursor);
    edges.push(...page.edges);
  }
  return edges;
}

/** Fills a panel once its data has arrived, or says why it could not. */
function fillLater(target: HTMLElement, loading: Promise<HTMLElement[]>): void {
  const placeholder = element('p', { class: 'hint' }, 'Loading…');
  target.setAttribute('aria-busy', 'true');
  target.append(placeholder);
  loading
    .then((content) => placeholder.replaceWith(...content))
    .catch((error: unknown) => placeholder.replaceWith(element('p', { class: 'error', role: 'alert' }, error instanceof Error ? error.message : String(error))))
    .finally(() => target.removeAttribute('aria-busy'));
}

function counts({ data }: Context): Panel {
  const view = panel('counts', 'Entities by kind');
  view.section.append(
    element(
      'div',
      { class: 'tiles' },
      ...data.entityCounts.map((row) => element('div', { class: 'tile', 'data-kind': row.kind }, element('strong', {}, String(row.count)), words(row.kind))),
    ),
  );
  csvButton(view, 'entity-counts', ['kind', 'count'], () => data.entityCounts.map((row) => [row.kind, row.count]));
  return view;
}

/** The dates the sources give for a list. */
function batchDates(batch: Batch): string {
  const parts = [
    batch.publicizedFrom ? `publicized ${batch.publicizedFrom}${batch.publicizedTo ? ` – ${batch.publicizedTo}` : ''}` : null,
    batch.signedOn ? `signed ${batch.signedOn}` : null,
    batch.announcedOn ? `announced ${batch.announcedOn}` : null,
  ];
  return parts.filter(Boolean).join(' · ');
}

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** "12 of 38 named", or what is named where no source states the list's size. */
function namedOf(row: { named: number; size?: number | null }): string {
  return row.size === null || row.size === undefined ? `${row.named} named · size not stated` : `${row.named} of ${row.size} named`;
}

/** The citations that state a list's size, to read beside "N of M named". */
function sizeSources(row: DashboardQuery['batchCoverage'][number]): HTMLElement | null {
  if (row.size === null || row.size === undefined) return null;
  const citations = row.batch.sources.filter((citation) => citation.fields?.includes('size'));
  if (citations.length === 0) return null;
  return element(
    'details',
    { class: 'size-sources' },
    element('summary', {}, `where the size of ${row.size} is stated (${plural(citations.length, 'source')})`),
    renderCitations(citations),
  );
}

function tiersAndLists({ data, palette, state }: Context): Panel {
  const view = panel('tiers', 'Tiers and lists', true);
  const coverage = data.batchCoverage;
  view.section.append(
    element(
      'p',
      { class: 'hint' },
      'Every tier of the programme by family, with each published list (batch) and how many of the places its source says it holds the graph names. Family H holds related programmes, listed for context and not counted as the programme’s designations.',
    ),
  );
  for (const group of byFamily(data.tiers)) {
    const family = element(
      'div',
      { class: group.adjacent ? 'family adjacent' : 'family', 'data-family': group.family },
      element('h3', {}, group.adjacent ? `${group.family} · related programmes, listed for context` : `Family ${group.family}`),
    );
    for (const tier of group.tiers) {
      const lists = coverage.filter((row) => row.batch.tier === tier.tier);
      const listRows = lists.map((row) => {
        const { batch } = row;
        const dates = batchDates(batch);
        return element(
          'tr',
          { 'data-batch': batch.id },
          element(
            'td',
            {},
            link(batch.id, batch.nameEn),
            batch.nameZh ? element('span', { lang: 'zh', class: 'zh-line' }, batch.nameZh) : null,
            batch.unverified ? unverifiedMark() : null,
            dates ? element('small', { class: 'dates' }, dates) : null,
            sizeSources(row),
          ),
          element('td', {}, batch.number === null ? '—' : String(batch.number)),
          element('td', {}, batch.year === null ? '—' : String(batch.year)),
          element('td', { lang: 'zh' }, batch.noticeNumber ?? '—'),
          element('td', {}, batch.status ? words(batch.status) : '—'),
          element(
            'td',
            { class: 'named' },
            element('span', { class: 'named-text' }, namedOf(row)),
            row.size === null || row.size === undefined
              ? null
              : element('meter', { min: '0', max: String(row.size), value: String(row.named), 'aria-hidden': 'true' }),
          ),
        );
      });
      family.append(
        element(
          'article',
          { class: 'tier', 'data-tier': tier.tier, 'aria-labelledby': `tier-${tier.tier}` },
          element('h4', { id: `tier-${tier.tier}` }, swatch(palette.colour(tier.tier)), element('span', { lang: 'zh' }, tier.titleZh), ' ', tier.titleEn),
          element(
            'p',
            { class: 'tier-meta' },
            `${words(tier.level)} level · `,
            element('span', { 'data-count': 'designations' }, plural(tier.designations, 'designation')),
            ` · ${plural(tier.holders, 'place')} holding them · `,
            element('span', { 'data-count': 'batches' }, plural(tier.batches, 'list')),
            tier.adjacent ? ' · related programme, not counted' : '',
          ),
          element('p', { class: 'tier-description' }, tier.description),
          listRows.length === 0
            ? element('p', { class: 'hint' }, 'The graph holds no published list of this tier.')
            : element(
                'table',
                { class: 'lists' },
                element(
                  'thead',
                  {},
                  element('tr', {}, ...['List', 'No.', 'Year', 'Notice', 'Status', 'Named'].map((cell) => element('th', { scope: 'col' }, cell))),
                ),
                element('tbody', {}, ...listRows),
              ),
        ),
      );
    }
    view.section.append(family);
  }
  // The tier, list and year chosen keep their tiers and lists in view; a province does not narrow
  // these, which are the national lists.
  state.follow((_views, filters) => {
    for (const row of view.section.querySelectorAll<HTMLElement>('tr[data-batch]')) {
      const batch = coverage.find((entry) => entry.batch.id === row.dataset.batch)?.batch;
      row.hidden = (filters.batch !== null && batch?.id !== filters.batch) || (filters.year !== null && batch?.year !== filters.year);
    }
    for (const article of view.section.querySelectorAll<HTMLElement>('article.tier')) {
      const lists = [...article.querySelectorAll<HTMLElement>('tr[data-batch]')];
      const listsHidden = (filters.batch !== null || filters.year !== null) && lists.every((row) => row.hidden);
      article.hidden = (filters.tier !== null && article.dataset.tier !== filters.tier) || listsHidden;
    }
    for (const family of view.section.querySelectorAll<HTMLElement>('.family')) {
      family.hidden = [...family.querySelectorAll<HTMLElement>('article.tier')].every((article) => article.hidden);
    }
  });
  csvButton(
    view,
    'tiers-and-lists',
    [
      'family',
      'tier',
      'tier (zh)',
      'tier (en)',
      'related programme',
      'tier designations',
      'tier holders',
      'tier lists',
      'batch id',
      'list',
      'number',
      'year',
      'notice',
      'status',
      'size',
      'named',
      'unverified',
    ],
    () =>
      data.tiers.flatMap((tier) => {
        const head = [tier.family, tier.tier, tier.titleZh, tier.titleEn, tier.adjacent, tier.designations, tier.holders, tier.batches];
        const lists = coverage.filter((row) => row.batch.tier === tier.tier);
        if (lists.length === 0) return [[...head, null, null, null, null, null, null, null, null, null]];
        return lists.map(({ batch, size, named }) => [
          ...head,
          batch.id,
          batch.nameEn,
          batch.number,
          batch.year,
          batch.noticeNumber,
          batch.status,
          size,
          named,
          batch.unverified ?? false,
        ]);
      }),
  );
  return view;
}

function figureText(figure: Figure): string {
  return `${figure.moreThan ? 'more than ' : ''}${figure.value}`;
}

function figureCard(figure: Figure): HTMLElement {
  return element(
    'div',
    { class: 'figure', 'data-figure': figure.id },
    element(
      'p',
      { class: 'figure-value' },
      element('strong', { class: 'value' }, figureText(figure)),
      ' ',
      element('span', { class: 'as-of' }, figure.asOf ?? 'date not given'),
    ),
    element(
      'p',
      {},
      link(figure.id, figure.nameEn),
      figure.nameZh ? element('span', { lang: 'zh' }, ` ${figure.nameZh}`) : null,
      figure.unverified ? unverifiedMark(figure.note) : null,
    ),
    element('p', { class: 'hint' }, `counts: ${words(figure.category)}`),
    figure.note ? element('p', { class: 'figure-note' }, figure.note) : null,
    element('h4', {}, 'Sources'),
    renderCitations(figure.sources),
  );
}

/** Figures the sources give that cannot both be right, side by side, as the sources state them. */
function conflicts(figures: Figure[]): HTMLElement[] {
  const byId = new Map(figures.map((figure) => [figure.id, figure]));
  const pairs = figures.flatMap((figure) =>
    figure.conflictsWith.edges.map((edge) => {
      const other = byId.get(edge.node.id);
      // Earlier figure first; the order is only for reading, nothing is reconciled.
      const sorted = other && (other.asOf ?? '9999') < (figure.asOf ?? '9999') ? [other, figure] : [figure, other];
      return { from: figure, otherId: edge.node.id, figures: sorted, relationship: edge.relationship };
    }),
  );
  const hidden = figures.filter((figure) => figure.conflictsWith.totalCount > figure.conflictsWith.edges.length);
  if (pairs.length === 0) return [element('p', { class: 'hint' }, 'No published figures are marked as conflicting.')];
  return [
    element('p', { class: 'hint' }, 'Published counts that the sources do not reconcile, each as its source states it. Nothing here is computed or corrected.'),
    ...pairs.map((pair) =>
      element(
        'article',
        { class: 'conflict', 'data-conflict': pair.relationship?.id ?? `${pair.from.id}-${pair.otherId}` },
        element(
          'div',
          { class: 'side-by-side' },
          ...pair.figures.map((figure) => (figure ? figureCard(figure) : element('div', { class: 'figure' }, link(pair.otherId, pair.otherId)))),
        ),
        pair.relationship
          ? element(
              'div',
              { class: 'conflict-note' },
              element('h4', {}, 'Why they conflict', pair.relationship.unverified ? unverifiedMark() : null),
              pair.relationship.__typename === 'ConflictsWith' ? element('p', { class: 'note' }, pair.relationship.note) : null,
              renderCitations(pair.relationship.sources),
            )
          : null,
      ),
    ),
    ...hidden.map((figure) =>
      element('p', { class: 'hint' }, `${figure.nameEn} conflicts with ${figure.conflictsWith.totalCount} figures; open it in the explorer for all of them.`),
    ),
  ];
}

function conflictsPanel(figures: Promise<Figure[]>): Panel {
  const view = panel('conflicts', 'Conflicting counts');
  let loaded: Figure[] = [];
  fillLater(
    view.section,
    figures.then((all) => {
      loaded = all;
      return conflicts(all);
    }),
  );
  const quotes = (figure: Figure | undefined): string =>
    (figure?.sources ?? []).map((citation) => `${citation.source.id}: ${citation.quote ?? citation.unquoted ?? ''}`).join(' | ');
  csvButton(
    view,
    'conflicting-counts',
    ['figure id', 'value', 'more than', 'as of', 'counts', 'sources', 'conflicts with', 'value', 'more than', 'as of', 'counts', 'sources', 'note'],
    () => {
      const byId = new Map(loaded.map((figure) => [figure.id, figure]));
      return loaded.flatMap((figure) =>
        figure.conflictsWith.edges.map((edge) => {
          const other = byId.get(edge.node.id);
          return [
            figure.id,
            figure.value,
            figure.moreThan ?? false,
            figure.asOf,
            figure.category,
            quotes(figure),
            edge.node.id,
            other?.value,
            other?.moreThan ?? false,
            other?.asOf,
            other?.category,
            quotes(other),
            edge.relationship?.__typename === 'ConflictsWith' ? edge.relationship.note : null,
          ];
        }),
      );
    },
  );
  return view;
}

/**
 * The dashboard's filters. Each one given narrows every view of designations at once: the map,
 * the timeline, the lists' "named" chart, the designations table, and the lists shown under
 * Tiers and lists. The URL's query string holds them, so a link reopens the same state.
 */
interface Filters {
  readonly tier: DesignationTier | null;
  readonly batch: string | null;
  readonly year: number | null;
  readonly province: string | null;
}

const FILTER_KEYS = ['tier', 'batch', 'year', 'province'] as const;

/** The filters a URL holds; a value not of its filter's form is left out rather than sent. */
function filtersFromUrl(search: string): Filters {
  const params = new URLSearchParams(search);
  const id = (key: string, kind: string): string | null => {
    const value = params.get(key);
    return value && new RegExp(`^${kind}:[a-z0-9:_-]+$`).test(value) ? value : null;
  };
  const tier = params.get('tier');
  const year = params.get('year');
  return {
    tier: tier && /^[A-Z0-9_]+$/.test(tier) ? (tier as DesignationTier) : null,
    batch: id('batch', 'batch'),
    year: year && /^\d{4}$/.test(year) ? Number(year) : null,
    province: id('province', 'region'),
  };
}

function filtersToUrl(filters: Filters): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value !== null) params.set(key, String(value));
  }
  const query = params.toString();
  return `${window.location.pathname}${query ? `?${query}` : ''}`;
}

type Views = FilteredViewsFieldsFragment;
type Update = (views: Views, filters: Filters) => void;

/** The filters and the API's answer for them; every view that follows them registers its update. */
class FilterState {
  private readonly updates: Update[] = [];
  /** Province names from every answer seen, to name the province chosen under any filter. */
  readonly provinces = new Map<string, NonNullable<ProvinceRowFieldsFragment['province']>>();

  constructor(
    public filters: Filters,
    public views: Views,
    private readonly failed: (message: string) => void,
  ) {
    this.remember(views);
  }

  follow(update: Update): void {
    this.updates.push(update);
    update(this.views, this.filters);
  }

  async set(change: Partial<Filters>): Promise<void> {
    const filters = { ...this.filters, ...change };
    this.filters = filters;
    window.history.replaceState(null, '', filtersToUrl(filters));
    try {
      const views = await request(FilteredViewsQuery, { ...filters });
      // A later change overtook this one: its answer is the one to show.
      if (this.filters !== filters) return;
      this.views = views;
      this.remember(views);
      for (const update of this.updates) update(views, filters);
    } catch (error) {
      this.failed(error instanceof Error ? error.message : String(error));
    }
  }

  private remember(views: Views): void {
    for (const row of [...views.designationsByProvince, ...views.designationsByProvinceAndTier])
      if (row.province) this.provinces.set(row.province.id, row.province);
  }
}

function select(id: string, options: HTMLElement[]): HTMLSelectElement {
  return element('select', { id }, ...options);
}

function filterPanel({ data, state }: Context): HTMLElement {
  const tier = select('filter-tier', [element('option', { value: '' }, 'Every tier')]);
  for (const group of byFamily(data.tiers)) {
    const optgroup = element('optgroup', { label: group.adjacent ? `${group.family}: related programmes` : `Family ${group.family}` });
    for (const info of group.tiers) optgroup.append(element('option', { value: info.tier }, `${info.titleEn} ${info.titleZh}`));
    tier.append(optgroup);
  }
  const batch = select('filter-batch', []);
  const years = [...new Set(data.years.flatMap((row) => (row.year === null ? [] : [row.year])))].sort((a, b) => a - b);
  const year = select('filter-year', [
    element('option', { value: '' }, 'Every year'),
    ...years.map((value) => element('option', { value: String(value) }, String(value))),
  ]);
  const province = element('p', { class: 'province-filter', id: 'province-filter', role: 'status' });
  const error = element('p', { class: 'error', role: 'alert', hidden: '' });
  const clear = element('button', { type: 'button' }, 'Clear all filters');
  tier.addEventListener('change', () => {
    const chosen = (tier.value || null) as DesignationTier | null;
    const batchOfTier = data.batchCoverage.some((row) => row.batch.id === state.filters.batch && row.batch.tier === chosen);
    void state.set({ tier: chosen, batch: chosen === null || batchOfTier ? state.filters.batch : null });
  });
  batch.addEventListener('change', () => void state.set({ batch: batch.value || null }));
  year.addEventListener('change', () => void state.set({ year: year.value ? Number(year.value) : null }));
  clear.addEventListener('click', () => void state.set({ tier: null, batch: null, year: null, province: null }));
  state.follow((_views, filters) => {
    error.hidden = true;
    tier.value = filters.tier ?? '';
    // The lists offered are the chosen tier's, or every list.
    const lists = data.batchCoverage.filter((row) => filters.tier === null || row.batch.tier === filters.tier);
    batch.replaceChildren(
      element('option', { value: '' }, filters.tier ? 'Every list of the tier' : 'Every list'),
      ...lists.map((row) => element('option', { value: row.batch.id }, `${row.batch.nameEn}${row.batch.year === null ? '' : ` · ${row.batch.year}`}`)),
    );
    batch.value = filters.batch ?? '';
    year.value = filters.year === null ? '' : String(filters.year);
    const chosen = filters.province;
    if (chosen === null) {
      province.replaceChildren('Province: every province. Click one on the map or a bar of the tiers by province, or choose it in the table under the map.');
      return;
    }
    const node = state.provinces.get(chosen);
    const unset = element('button', { type: 'button' }, 'Every province');
    unset.addEventListener('click', () => void state.set({ province: null }));
    province.replaceChildren(
      'Province: ',
      element('strong', { 'data-province': chosen }, ...(node ? nameParts(node) : [chosen])),
      ' · ',
      link(chosen, 'Open it in the explorer'),
      ' ',
      unset,
    );
  });
  const section = element(
    'section',
    { class: 'panel wide filters', id: 'filters', 'aria-labelledby': 'filters-title' },
    element('h2', { id: 'filters-title' }, 'Narrow every view'),
    element(
      'p',
      { class: 'hint' },
      'Each filter narrows every view of designations at once: the map, the tiers by province, the timeline, the lists’ named places, the designations table and the lists under Tiers and lists. The address bar keeps them: copy it to share this view.',
    ),
    element(
      'div',
      { class: 'filter-row' },
      element('span', {}, element('label', { for: 'filter-tier' }, 'Tier'), ' ', tier),
      element('span', {}, element('label', { for: 'filter-batch' }, 'List'), ' ', batch),
      element('span', {}, element('label', { for: 'filter-year' }, 'Year'), ' ', year),
      clear,
    ),
    province,
    error,
  );
  return section;
}

/** What the chosen filters count, in words, for captions and charts' labels. */
function filterText(filters: Filters, { data, palette, state }: Context): string {
  const parts = [
    filters.tier ? palette.title(filters.tier) : null,
    filters.batch ? (data.batchCoverage.find((row) => row.batch.id === filters.batch)?.batch.nameEn ?? filters.batch) : null,
    filters.year === null ? null : String(filters.year),
    filters.province ? nameText(state.provinces.get(filters.province) ?? { nameEn: filters.province }) : null,
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join(' · ') : 'all designations';
}

/** A chart's container: an image to assistive technology, whose numbers the table beside it gives. */
function chartBox(id: string): HTMLElement {
  return element('div', { class: 'chart', id, role: 'img' });
}

/** The chart drawn in a panel, for its PNG export and for the browser tests. */
const drawn = new Map<string, Chart>();
declare global {
  interface Window {
    dashboard: { charts: Map<string, Chart> };
  }
}
window.dashboard = { charts: drawn };

function pngButton(context: Context, target: Panel, name: string): void {
  exportButton(target, 'PNG', async () => {
    const chart = drawn.get(target.section.id);
    if (chart) (await context.charts).exportPng(chart, `${name}.png`);
  });
}

/** Draws a panel's chart once the charts' module has loaded; `wire` adds its event handlers the first time. */
function drawLater(
  context: Context,
  target: Panel,
  box: HTMLElement,
  option: (charts: Charts) => Promise<ChartOption> | ChartOption,
  wire?: (chart: Chart) => void,
): void {
  context.charts
    .then(async (charts) => {
      const id = target.section.id;
      const fresh = !drawn.has(id);
      const chart = charts.draw(box, await option(charts));
      drawn.set(id, chart);
      if (fresh && wire) wire(chart);
      box.dataset.drawn = 'true';
    })
    .catch((error: unknown) => box.replaceChildren(element('p', { class: 'error', role: 'alert' }, error instanceof Error ? error.message : String(error))));
}

/** Names in a tooltip go in as text, never as HTML. */
function tooltipBox(...lines: (Node | string)[][]): HTMLElement {
  return element('div', { class: 'chart-tooltip' }, ...lines.map((line) => element('div', {}, ...line)));
}

function byProvince(context: Context): Panel {
  const { state } = context;
  const view = panel('by-province', 'Designations by province', true);
  const box = chartBox('province-map');
  const caption = element('p', { class: 'hint', id: 'province-caption' });
  const body = element('tbody');
  let rows: readonly ProvinceRowFieldsFragment[] = [];
  let filters = state.filters;
  const toggle = (id: string): void => void state.set({ province: filters.province === id ? null : id });
  state.follow((views, current) => {
    rows = views.designationsByProvince;
    filters = current;
    const scope = filterText({ ...current, province: null }, context);
    caption.textContent = `Designations of ${current.tier ? 'the tier chosen' : 'the programme’s own tiers (A0 to G; related programmes, H, are counted only when their tier is chosen)'}, by the province their places lie in; showing: ${scope}. Hover a province for its counts; click it to filter the other views.`;
    box.setAttribute(
      'aria-label',
      `Map of China's provinces, each coloured by its number of designations (${scope}); the table below gives the numbers.${current.province ? ` Chosen: ${nameText(state.provinces.get(current.province) ?? { nameEn: current.province })}.` : ''}`,
    );
    body.replaceChildren(
      ...rows.map((row) => {
        const chosen = row.province !== null && row.province.id === current.province;
        const choose = row.province
          ? element('button', { type: 'button', class: 'link-button', 'aria-pressed': String(chosen) }, ...nameParts(row.province))
          : null;
        const id = row.province?.id;
        if (choose && id) choose.addEventListener('click', () => toggle(id));
        return element(
          'tr',
          { 'data-province': row.province?.id ?? '', class: chosen ? 'chosen' : '' },
          element('td', {}, choose ?? 'province not in sources'),
          element('td', { class: 'number' }, String(row.designations)),
          element('td', { class: 'number' }, String(row.holders)),
          element('td', {}, row.province ? link(row.province.id, 'explorer') : '—'),
        );
      }),
    );
    drawLater(
      context,
      view,
      box,
      async (charts) => {
        const shapes = await charts.loadChina();
        const byCode = new Map(rows.flatMap((row) => (row.province?.code ? [[row.province.code, row] as const] : [])));
        const chosenCode = current.province?.startsWith('region:') ? current.province.slice('region:'.length) : null;
        return {
          tooltip: {
            trigger: 'item',
            formatter: (params) => {
              const code = Array.isArray(params) ? '' : params.name;
              const row = byCode.get(code);
              const shape = shapes.find((candidate) => candidate.code === code);
              const name = row?.province ? nameParts(row.province) : [shape?.name ?? code];
              return tooltipBox(name, [`${plural(row?.designations ?? 0, 'designation')} · ${plural(row?.holders ?? 0, 'place')}`]);
            },
          },
          visualMap: {
            type: 'continuous',
            min: 0,
            max: Math.max(1, ...rows.map((row) => row.designations)),
            text: ['more designations', '0'],
            calculable: false,
            inRange: { color: ['#eef4fb', '#6aa2d8', '#0b3d75'] },
            left: 10,
            bottom: 10,
          },
          series: [
            {
              type: 'map',
              map: charts.CHINA_MAP,
              nameProperty: 'code',
              selectedMode: 'single',
              roam: false,
              label: { show: false },
              emphasis: { label: { show: false }, itemStyle: { areaColor: '#ffd43b' } },
              select: { label: { show: false }, itemStyle: { areaColor: '#f08c00', borderColor: '#000', borderWidth: 1.5 } },
              data: shapes.map((shape) => ({ name: shape.code, value: byCode.get(shape.code)?.designations ?? 0, selected: shape.code === chosenCode })),
            },
          ],
        };
      },
      // ECharts adds the South China Sea islands' inset to a map named "china": it is no province.
      (chart) => chart.on('click', (params) => (/^\d{6}$/.test(params.name) ? toggle(`region:${params.name}`) : undefined)),
    );
  });
  view.section.append(
    caption,
    box,
    element(
      'details',
      { class: 'numbers', open: '' },
      element('summary', {}, 'The numbers, by province (choose one to filter)'),
      element(
        'div',
        { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': 'Designations by province, scrollable' },
        element(
          'table',
          { id: 'province-table' },
          element('thead', {}, element('tr', {}, ...['Province', 'Designations', 'Places', 'Open'].map((cell) => element('th', { scope: 'col' }, cell)))),
          body,
        ),
      ),
    ),
    element('p', { class: 'hint' }, pinyinMark(), ' a romanised name, not one a source gives.'),
  );
  pngButton(context, view, 'designations-by-province');
  csvButton(
    view,
    'designations-by-province',
    ['tier', 'list', 'year', 'province id', 'code', 'province', 'province (zh)', 'romanised', 'designations', 'holders'],
    () =>
      rows.map((row) => [
        filters.tier,
        filters.batch,
        filters.year,
        row.province?.id ?? null,
        row.province?.code ?? null,
        row.province?.nameEn ?? null,
        row.province?.nameZh ?? null,
        row.province?.romanised ?? false,
        row.designations,
        row.holders,
      ]),
  );
  return view;
}

/** The tiers the rows hold, in the vocabulary's order, then any the `tiers` answer lacks. */
function tiersIn(palette: TierPalette, rows: readonly { tier: string }[]): string[] {
  const known = palette.tiers.map((info) => info.tier).filter((tier) => rows.some((row) => row.tier === tier));
  const unknown = [...new Set(rows.map((row) => row.tier))].filter((tier) => !palette.info(tier));
  return [...known, ...unknown];
}

type ProvinceNode = NonNullable<ProvinceRowFieldsFragment['province']>;

/**
 * Each province's designations as one stacked bar, a colour per tier, every tier counted. The
 * province filter picks a bar out rather than hiding the others, as on the map; a click on a bar
 * chooses its province.
 */
function tiersByProvince(context: Context): Panel {
  const { palette, state } = context;
  const view = panel('tiers-by-province', 'Tiers by province', true);
  const box = chartBox('tiers-province-chart');
  const legendHolder = element('div');
  const numbers = element('tbody');
  let rows: Views['designationsByProvinceAndTier'] = [];
  let filters = state.filters;
  let units: (ProvinceNode | null)[] = [];
  state.follow((views, current) => {
    rows = views.designationsByProvinceAndTier;
    filters = current;
    // The API's order: the units with the most designations first; null is the holders no source places.
    const seen = new Map<string | null, ProvinceNode | null>();
    for (const row of rows) if (!seen.has(row.province?.id ?? null)) seen.set(row.province?.id ?? null, row.province);
    units = [...seen.values()];
    const shown = tiersIn(palette, rows);
    const unitLabel = (unit: ProvinceNode | null): string => (unit ? nameText(unit) : 'province not in sources');
    const count = (unit: ProvinceNode | null, tier: string): Views['designationsByProvinceAndTier'][number] | undefined =>
      rows.find((row) => (row.province?.id ?? null) === (unit?.id ?? null) && row.tier === tier);
    const scope = filterText({ ...current, province: null }, context);
    const chosen = current.province;
    box.setAttribute(
      'aria-label',
      `Stacked bars of each province's designations, one colour per tier (${scope}); the table below gives the numbers.${chosen ? ` Chosen: ${nameText(state.provinces.get(chosen) ?? { nameEn: chosen })}.` : ''}`,
    );
    box.style.height = `${Math.max(200, units.length * 22 + 90)}px`;
    legendHolder.replaceChildren(legend(palette, shown));
    numbers.replaceChildren(
      ...rows.map((row) =>
        element(
          'tr',
          { 'data-province': row.province?.id ?? '', 'data-tier': row.tier, class: row.province && row.province.id === chosen ? 'chosen' : '' },
          element('td', {}, ...(row.province ? nameParts(row.province) : ['province not in sources'])),
          element('td', {}, palette.title(row.tier)),
          element('td', { class: 'number' }, String(row.designations)),
          element('td', { class: 'number' }, String(row.holders)),
        ),
      ),
    );
    drawLater(
      context,
      view,
      box,
      () => ({
        tooltip: {
          trigger: 'axis',
          axisPointer: { type: 'shadow' },
          formatter: (params) => {
            const index = (Array.isArray(params) ? params[0] : params)?.dataIndex ?? 0;
            const unit = units[index] ?? null;
            const parts = shown.flatMap((tier) => {
              const row = count(unit, tier);
              return row ? [{ tier, row }] : [];
            });
            const total = parts.reduce((sum, part) => sum + part.row.designations, 0);
            return tooltipBox(
              [element('strong', {}, ...(unit ? nameParts(unit) : ['province not in sources'])), `: ${plural(total, 'designation')}`],
              ...parts.map((part) => [`${palette.title(part.tier)}: ${plural(part.row.designations, 'designation')} · ${plural(part.row.holders, 'place')}`]),
            );
          },
        },
        legend: { type: 'scroll', top: 0, data: shown.map((tier) => palette.title(tier)) },
        grid: { top: 40, left: 10, right: 30, bottom: 20, containLabel: true },
        xAxis: { type: 'value', minInterval: 1, name: 'designations' },
        yAxis: { type: 'category', inverse: true, data: units.map(unitLabel), axisLabel: { width: 220, overflow: 'truncate' } },
        series: shown.map((tier) => ({
          type: 'bar',
          name: palette.title(tier),
          stack: 'designations',
          itemStyle: { color: palette.colour(tier) },
          emphasis: { focus: 'series' },
          // With a province chosen, the other provinces' bars fade.
          data: units.map((unit) => ({
            value: count(unit, tier)?.designations ?? 0,
            itemStyle: { opacity: chosen && unit?.id !== chosen ? 0.3 : 1 },
          })),
        })),
      }),
      (chart) =>
        chart.on('click', (params) => {
          const id = units[params.dataIndex]?.id;
          if (id) void state.set({ province: filters.province === id ? null : id });
        }),
    );
  });
  view.section.append(
    element(
      'p',
      { class: 'hint' },
      'Each province’s designations, one colour per tier, every tier counted (related programmes, H, grey); the provinces with the most first. Hover a bar for its counts; click it to choose its province, which stands out here and narrows the other views.',
    ),
    box,
    legendHolder,
    element(
      'details',
      { class: 'numbers' },
      element('summary', {}, 'The numbers, by province and tier'),
      element(
        'div',
        { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': 'Designations by province and tier, scrollable' },
        element(
          'table',
          { id: 'tiers-province-table' },
          element('thead', {}, element('tr', {}, ...['Province', 'Tier', 'Designations', 'Places'].map((cell) => element('th', { scope: 'col' }, cell)))),
          numbers,
        ),
      ),
    ),
  );
  pngButton(context, view, 'tiers-by-province');
  csvButton(
    view,
    'tiers-by-province',
    ['tier filter', 'list', 'year', 'province id', 'code', 'province', 'province (zh)', 'romanised', 'tier', 'family', 'designations', 'holders'],
    () =>
      rows.map((row) => [
        filters.tier,
        filters.batch,
        filters.year,
        row.province?.id ?? null,
        row.province?.code ?? null,
        row.province?.nameEn ?? null,
        row.province?.nameZh ?? null,
        row.province?.romanised ?? false,
        row.tier,
        palette.info(row.tier)?.family ?? null,
        row.designations,
        row.holders,
      ]),
  );
  return view;
}

function timeline(context: Context): Panel {
  const { palette, state } = context;
  const view = panel('timeline', 'Designations by year and tier', true);
  const box = chartBox('timeline-chart');
  const legendHolder = element('div');
  const numbers = element('tbody');
  let counts: Views['designationsByYearAndTier'] = [];
  state.follow((views, filters) => {
    counts = views.designationsByYearAndTier;
    const shown = tiersIn(palette, counts);
    const known = counts.flatMap((row) => (row.year === null ? [] : [row.year]));
    // Every year from the first to the last, so that gaps show as gaps on the timeline.
    const years: (number | null)[] =
      known.length === 0 ? [] : Array.from({ length: Math.max(...known) - Math.min(...known) + 1 }, (_, i) => Math.min(...known) + i);
    if (counts.some((row) => row.year === null)) years.push(null);
    const label = (year: number | null): string => (year === null ? 'year not given' : String(year));
    box.setAttribute(
      'aria-label',
      `Stacked bars of designations by year, one colour per tier (${filterText(filters, context)}); the table below gives the numbers.`,
    );
    legendHolder.replaceChildren(legend(palette, shown));
    numbers.replaceChildren(
      ...counts.map((row) =>
        element(
          'tr',
          {},
          element('td', {}, label(row.year)),
          element('td', {}, palette.title(row.tier)),
          element('td', { class: 'number' }, String(row.count)),
        ),
      ),
    );
    drawLater(context, view, box, () => ({
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        formatter: (params) => {
          const items = (Array.isArray(params) ? params : [params]).flatMap((item) =>
            typeof item.value === 'number' && item.value > 0 ? [{ tier: item.seriesName ?? '', count: item.value, year: item.name }] : [],
          );
          const total = items.reduce((sum, item) => sum + item.count, 0);
          return tooltipBox(
            [element('strong', {}, `${items[0]?.year ?? ''}: ${plural(total, 'designation')}`)],
            ...items.map((item) => [`${item.tier}: ${item.count}`]),
          );
        },
      },
      legend: { type: 'scroll', top: 0, data: shown.map((tier) => palette.title(tier)) },
      grid: { top: 64, left: 50, right: 20, bottom: 30 },
      xAxis: { type: 'category', data: years.map(label) },
      yAxis: { type: 'value', minInterval: 1, name: 'designations' },
      series: shown.map((tier) => ({
        type: 'bar',
        name: palette.title(tier),
        stack: 'designations',
        itemStyle: { color: palette.colour(tier) },
        emphasis: { focus: 'series' },
        data: years.map((year) => counts.find((row) => row.year === year && row.tier === tier)?.count ?? 0),
      })),
    }));
  });
  view.section.append(
    element(
      'p',
      { class: 'hint' },
      'The year of each designation, or of its list where the designation gives none. Every tier, related programmes (H, grey) included.',
    ),
    box,
    legendHolder,
    element(
      'details',
      { class: 'numbers' },
      element('summary', {}, 'The numbers, by year and tier'),
      element(
        'table',
        {},
        element('thead', {}, element('tr', {}, ...['Year', 'Tier', 'Designations'].map((cell) => element('th', { scope: 'col' }, cell)))),
        numbers,
      ),
    ),
  );
  pngButton(context, view, 'designations-by-year');
  csvButton(view, 'designations-by-year-and-tier', ['year', 'tier', 'family', 'count'], () =>
    counts.map((row) => [row.year ?? null, row.tier, palette.info(row.tier)?.family ?? null, row.count]),
  );
  return view;
}

/** "N of M named" for every list the filters keep, as bars: the named part, and what the source states beyond it. */
function namedByList(context: Context): Panel {
  const { palette, state } = context;
  const view = panel('named', 'Places named of each list', true);
  const box = chartBox('named-chart');
  const numbers = element('tbody');
  let rows: Views['namedByBatch'] = [];
  let filters = state.filters;
  state.follow((views, current) => {
    rows = views.namedByBatch;
    filters = current;
    const where = current.province ? ` in ${nameText(state.provinces.get(current.province) ?? { nameEn: current.province })}` : '';
    box.setAttribute(
      'aria-label',
      `Bars of the places each list names${where} against the size its source states (${filterText(current, context)}); the table below gives the numbers.`,
    );
    box.style.height = `${Math.max(160, rows.length * 26 + 70)}px`;
    numbers.replaceChildren(
      ...rows.map((row) =>
        element(
          'tr',
          { 'data-list': row.batch.id },
          element('td', {}, link(row.batch.id, row.batch.nameEn)),
          element('td', {}, row.batch.year === null ? '—' : String(row.batch.year)),
          element('td', { class: 'named-of' }, namedOf(row)),
        ),
      ),
    );
    drawLater(context, view, box, () => ({
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        formatter: (params) => {
          const index = (Array.isArray(params) ? params[0] : params)?.dataIndex ?? 0;
          const row = rows[index];
          return row ? tooltipBox([element('strong', {}, row.batch.nameEn)], [`${namedOf(row)}${where}`]) : '';
        },
      },
      legend: { top: 0, data: [`named in the graph${where}`, 'stated by the source, not named'] },
      grid: { top: 30, left: 10, right: 30, bottom: 20, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: rows.map((row) => row.batch.nameEn), axisLabel: { width: 300, overflow: 'truncate' } },
      series: [
        {
          type: 'bar',
          name: `named in the graph${where}`,
          stack: 'list',
          // The legend's colour; each bar takes its tier's.
          itemStyle: { color: '#1864ab' },
          data: rows.map((row) => ({ value: row.named, itemStyle: { color: palette.colour(row.batch.tier) } })),
        },
        {
          type: 'bar',
          name: 'stated by the source, not named',
          stack: 'list',
          itemStyle: { color: '#dee2e6' },
          data: rows.map((row) => (row.size === null || current.province ? null : Math.max(0, row.size - row.named))),
        },
      ],
    }));
  });
  view.section.append(
    element(
      'p',
      { class: 'hint' },
      'For each list (batch), the places the graph names of it, against the size its source states; a list whose size no source states has no grey part. With a province chosen, the places named there.',
    ),
    box,
    element(
      'details',
      { class: 'numbers' },
      element('summary', {}, 'The numbers, by list'),
      element('table', {}, element('thead', {}, element('tr', {}, ...['List', 'Year', 'Named'].map((cell) => element('th', { scope: 'col' }, cell)))), numbers),
    ),
  );
  pngButton(context, view, 'places-named-of-each-list');
  csvButton(view, 'places-named-of-each-list', ['tier', 'list', 'year', 'province', 'batch id', 'batch', 'batch year', 'size', 'named'], () =>
    rows.map((row) => [filters.tier, filters.batch, filters.year, filters.province, row.batch.id, row.batch.nameEn, row.batch.year, row.size, row.named]),
  );
  return view;
}

interface DesignationRow {
  readonly designationId: string;
  readonly holderId: string;
  readonly holder: string;
  readonly holderNode: { nameEn: string; nameZh?: string | null; romanised?: boolean | null; unverified?: boolean | null } | null;
  readonly province: string;
  readonly provinceNode: { id: string; nameEn: string; nameZh?: string | null; romanised?: boolean | null } | null;
  readonly tier: string;
  readonly tierName: string;
  readonly family: string;
  readonly batchId: string | null;
  readonly batch: string;
  readonly year: number | null;
  /** True when the year is the list's, the designation giving none. */
  readonly yearOfList: boolean;
  readonly status: string;
  readonly listed: string;
  readonly unverified: boolean;
  readonly firstNamed: boolean;
  readonly caveat: string | null;
}

type Place = { id: string; nameEn: string; nameZh: string | null; romanised: boolean | null; level: string | null };

/** The provincial-level unit a holder lies in, walking up the regions the API returned. */
function provinceOf(holder: Designation['holders']['edges'][number]['node'] | undefined): Place | null {
  if (!holder) return null;
  let chain: Place[] = [];
  if (holder.__typename === 'Region') {
    const parent = holder.partOf.edges[0]?.node;
    chain = [holder, ...(parent ? [parent, ...parent.partOf.edges.map((edge) => edge.node)] : [])];
  } else if (holder.__typename === 'Park') {
    const region = holder.locatedIn.edges[0]?.node;
    const parent = region?.partOf.edges[0]?.node;
    chain = region ? [region, ...(parent ? [parent, ...parent.partOf.edges.map((edge) => edge.node)] : [])] : [];
  }
  return chain.find((place) => place.level === 'PROVINCIAL') ?? null;
}

function designationRows(designations: Designation[], palette: TierPalette): DesignationRow[] {
  return designations.map((node) => {
    const holder = node.holders.edges[0]?.node;
    const province = provinceOf(holder);
    const batch = node.batches.edges[0]?.node;
    const romanised = holder && (holder.__typename === 'Region' || holder.__typename === 'Park') ? holder.romanised : null;
    const holderNode = holder ? { nameEn: holder.nameEn, nameZh: holder.nameZh, romanised, unverified: holder.unverified } : null;
    return {
      designationId: node.id,
      holderId: holder?.id ?? '',
      holder: holder ? nameText(holder) : '',
      holderNode,
      province: province ? nameText(province) : '',
      provinceNode: province,
      tier: node.tier,
      tierName: palette.title(node.tier),
      family: palette.info(node.tier)?.family ?? '',
      batchId: batch?.id ?? null,
      batch: batch?.nameEn ?? '',
      year: node.year ?? batch?.year ?? null,
      yearOfList: node.year === null && (batch?.year ?? null) !== null,
      status: node.status ? words(node.status) : '',
      // Where the source named no place, the record names its holder by id: that is no listing.
      listed: node.nameAsListed && node.nameAsListed !== holder?.id ? node.nameAsListed : '',
      unverified: node.unverified === true,
      firstNamed: node.firstNamed === true,
      caveat: node.caveat ?? null,
    };
  });
}

/** Whether a row of the designations table is one the filters keep. */
function kept(row: DesignationRow, filters: Filters): boolean {
  return (
    (filters.tier === null || row.tier === filters.tier) &&
    (filters.batch === null || row.batchId === filters.batch) &&
    (filters.year === null || row.year === filters.year) &&
    (filters.province === null || row.provinceNode?.id === filters.province)
  );
}

function designationTable({ data, palette, state }: Context, designations: Promise<Designation[]>): Panel {
  const view = panel('designations', 'Designations: places, tiers and lists', true);
  let rows: DesignationRow[] = [];
  const columns: { key: keyof DesignationRow; title: string }[] = [
    { key: 'holder', title: 'City, county or park' },
    { key: 'province', title: 'Province' },
    { key: 'tierName', title: 'Tier' },
    { key: 'batch', title: 'List' },
    { key: 'year', title: 'Year' },
    { key: 'status', title: 'Status' },
    { key: 'listed', title: 'As listed' },
  ];
  let sortKey: keyof DesignationRow = 'year';
  let ascending = true;
  const filter = element('input', { type: 'search', id: 'designation-filter', placeholder: 'Filter by any column' });
  const body = element('tbody');
  const header = element('tr');
  const status = element('p', { class: 'hint', id: 'designation-count', role: 'status' });
  const visible = (): DesignationRow[] => {
    const needle = filter.value.trim().toLowerCase();
    return rows
      .filter((row) => kept(row, state.filters))
      .filter(
        (row) =>
          !needle ||
          [...columns.map((column) => row[column.key]), row.family].some((value) =>
            (typeof value === 'string' || typeof value === 'number' ? String(value) : '').toLowerCase().includes(needle),
          ),
      )
      .sort((a, b) => {
        const [x, y] = [a[sortKey], b[sortKey]];
        // Unknown values go last whichever the direction.
        if (x === null || x === '' || y === null || y === '') return (x === null || x === '' ? 1 : 0) - (y === null || y === '' ? 1 : 0);
        return (x < y ? -1 : x > y ? 1 : 0) * (ascending ? 1 : -1);
      });
  };
  const render = (): void => {
    header.replaceChildren(
      ...columns.map((column) => {
        const button = element('button', { type: 'button' }, column.title);
        button.addEventListener('click', () => {
          ascending = sortKey === column.key ? !ascending : true;
          sortKey = column.key;
          render();
        });
        return element('th', { scope: 'col', 'aria-sort': sortKey === column.key ? (ascending ? 'ascending' : 'descending') : 'none' }, button);
      }),
      element('th', { scope: 'col' }, 'Notes'),
    );
    const shown = visible();
    body.replaceChildren(
      ...shown.map((row) =>
        element(
          'tr',
          { 'data-designation': row.designationId },
          element('td', {}, row.holderNode ? link(row.holderId, ...nameParts(row.holderNode)) : '—'),
          element('td', {}, row.provinceNode ? link(row.provinceNode.id, ...nameParts(row.provinceNode)) : '—'),
          element(
            'td',
            {},
            swatch(palette.colour(row.tier)),
            link(row.designationId, row.tierName),
            element('small', { class: 'family-code' }, ` ${row.family}`),
          ),
          element('td', { class: 'list' }, row.batchId ? link(row.batchId, row.batch) : '—'),
          element(
            'td',
            row.yearOfList ? { class: 'year-of-list', title: 'The year of its list; the designation gives none' } : {},
            row.year === null ? '—' : String(row.year),
          ),
          element('td', {}, row.status || '—'),
          element('td', { lang: 'zh' }, row.listed || '—'),
          element(
            'td',
            { class: 'notes' },
            row.unverified ? unverifiedMark() : null,
            row.firstNamed
              ? element('small', { class: 'mark', title: 'The source names this place only as the first of its list (X等N个)' }, 'first named')
              : null,
            row.caveat ? element('details', { class: 'caveat' }, element('summary', {}, 'caveat'), row.caveat) : null,
          ),
        ),
      ),
    );
    const narrowed = Object.values(state.filters).some((value) => value !== null);
    status.textContent = `${shown.length} of ${data.designations.totalCount} designations shown${narrowed ? ' (filters above apply)' : ''}${rows.length < data.designations.totalCount ? `; ${rows.length} loaded so far` : ''}.`;
  };
  filter.addEventListener('input', render);
  view.section.append(
    element('label', { for: 'designation-filter' }, 'Filter '),
    filter,
    status,
    element(
      'div',
      { class: 'table-scroll', tabindex: '0', 'aria-label': 'Designations table, scrollable' },
      element('table', { id: 'designation-table' }, element('thead', {}, header), body),
    ),
  );
  rows = designationRows(
    data.designations.edges.map((edge) => edge.node),
    palette,
  );
  state.follow(render);
  view.section.setAttribute('aria-busy', 'true');
  designations
    .then((all) => {
      rows = designationRows(all, palette);
      render();
    })
    .catch((error: unknown) => status.replaceWith(element('p', { class: 'error', role: 'alert' }, error instanceof Error ? error.message : String(error))))
    .finally(() => view.section.removeAttribute('aria-busy'));
  csvButton(
    view,
    'designations',
    [
      'designation id',
      'holder id',
      'city, county or park',
      'romanised',
      'province',
      'tier',
      'family',
      'batch id',
      'list',
      'year',
      'year of list',
      'status',
      'as listed',
      'first named',
      'unverified',
      'caveat',
    ],
    () =>
      visible().map((row) => [
        row.designationId,
        row.holderId,
        row.holder,
        row.holderNode?.romanised ?? false,
        row.province,
        row.tier,
        row.family,
        row.batchId,
        row.batch,
        row.year,
        row.yearOfList,
        row.status,
        row.listed,
        row.firstNamed,
        row.unverified,
        row.caveat,
      ]),
  );
  return view;
}

function conference({ data }: Context): Panel {
  const view = panel('conference', 'The 2008 Nanjing conference');
  const event = data.conference;
  if (!event || event.__typename !== 'Event') {
    view.section.append(element('p', {}, 'The conference is not in the graph.'));
    return view;
  }
  const speakers = event.speakers.edges.map((edge) => ({
    id: edge.node.id,
    name: `${edge.node.nameEn} ${edge.node.nameZh ?? ''}`.trim(),
    role: edge.relationship?.__typename === 'SpokeAt' ? edge.relationship.role : '',
  }));
  const delegations = event.attendees.edges.map((edge) => edge.node).filter((node) => node.__typename === 'Delegation');
  view.section.append(
    element('p', {}, link(event.id, `${event.nameEn} ${event.nameZh ?? ''}`), ` · ${event.startDate} · ${event.attendanceNote ?? ''}`),
    element('h3', {}, 'Speakers and roles'),
    table(
      ['Speaker', 'Role'],
      speakers.map((speaker) => [element('td', {}, link(speaker.id, speaker.name)), element('td', {}, speaker.role)]),
    ),
    element('h3', {}, 'Awards'),
    table(
      ['Award', 'Recipients'],
      event.awards.edges.map(({ node }) => [
        element('td', {}, link(node.id, words(node.kind))),
        element('td', { 'data-award': node.kind }, String(node.recipientCount)),
      ]),
    ),
    element('h3', {}, 'Delegations by kind'),
    table(
      ['Kind', 'Delegation'],
      delegations.map((node) => [element('td', {}, node.__typename === 'Delegation' ? words(node.kind) : ''), element('td', {}, link(node.id, node.nameEn))]),
    ),
  );
  csvButton(view, 'conference', ['part', 'id', 'name', 'detail'], () => [
    ...speakers.map((speaker) => ['speaker', speaker.id, speaker.name, speaker.role]),
    ...event.awards.edges.map(({ node }) => ['award', node.id, node.nameEn, node.recipientCount]),
    ...delegations.map((node) => ['delegation', node.id, node.nameEn, node.__typename === 'Delegation' ? node.kind : '']),
  ]);
  return view;
}

function coverage({ data }: Context): Panel {
  const view = panel('coverage', 'Coverage: facts per source');
  view.section.append(
    table(
      ['Source', 'Kind', 'Entities', 'Relationships'],
      data.sourceCoverage.map((row) => [
        element('td', {}, row.source.title),
        element('td', {}, words(row.source.kind)),
        element('td', {}, String(row.nodes)),
        element('td', {}, String(row.relationships)),
      ]),
    ),
    element('h3', {}, 'Facts by number of sources'),
    table(
      ['Sources', 'Entities', 'Relationships'],
      data.coverageBySourceCount.map((row) => [
        element('td', {}, row.sources === 1 ? 'one source' : `${row.sources} sources`),
        element('td', { 'data-sources': String(row.sources) }, String(row.nodes)),
        element('td', {}, String(row.relationships)),
      ]),
    ),
  );
  csvButton(view, 'coverage', ['source id', 'source', 'kind', 'entities', 'relationships'], () =>
    data.sourceCoverage.map((row) => [row.source.id, row.source.title, row.source.kind, row.nodes, row.relationships]),
  );
  return view;
}

function marksLegend(): HTMLElement {
  return element(
    'p',
    { class: 'marks-legend wide' },
    'Marks: ',
    pinyinMark(),
    ' an English name generated from the Chinese, not given by any source · ',
    unverifiedMark(),
    ' no public source backs it yet · ',
    uncheckedMark(),
    ' a quote not checked against a text the project holds.',
  );
}

async function main(): Promise<void> {
  const root = document.getElementById('dashboard');
  if (!root) throw new Error('#dashboard is missing');
  try {
    let filters = filtersFromUrl(window.location.search);
    const charts = import('./charts');
    let data: DashboardQuery;
    let dropped: string | null = null;
    try {
      data = await request(Dashboard, { ...filters });
    } catch (error) {
      // A tier the API does not know (an old link, a typo) is dropped, not the whole page: the API
      // refuses such a variable before it runs anything.
      if (!(error instanceof ApiError && error.code === 'BAD_USER_INPUT' && filters.tier !== null && error.message.includes('$tier'))) throw error;
      dropped = `The link’s tier “${filters.tier}” is not one this graph knows: every tier is shown.`;
      filters = { ...filters, tier: null };
      window.history.replaceState(null, '', filtersToUrl(filters));
      data = await request(Dashboard, { ...filters });
    }
    const failed = (message: string): void => {
      const alert = root.querySelector<HTMLElement>('#filters .error');
      if (alert) {
        alert.textContent = message;
        alert.hidden = false;
      }
    };
    const context: Context = { data, palette: tierPalette(data.tiers), state: new FilterState(filters, data, failed), charts };
    const figures = allEdges(data.figures, async (after) => (await request(MoreFiguresQuery, { after })).programmeFigures).then((edges) =>
      edges.map((edge) => edge.node),
    );
    const designations = allEdges(data.designations, async (after) => (await request(MoreDesignationsQuery, { after })).designations).then((edges) =>
      edges.map((edge) => edge.node),
    );
    root.replaceChildren(
      marksLegend(),
      filterPanel(context),
      counts(context).section,
      conflictsPanel(figures).section,
      ...[tiersAndLists, byProvince, tiersByProvince, timeline, namedByList].map((view) => view(context).section),
      designationTable(context, designations).section,
      ...[conference, coverage].map((view) => view(context).section),
    );
    if (dropped) failed(dropped);
    await Promise.allSettled([figures, designations]);
  } catch (error) {
    root.replaceChildren(element('p', { class: 'error', role: 'alert' }, error instanceof Error ? error.message : String(error)));
  } finally {
    root.removeAttribute('aria-busy');
  }
}

void main();
