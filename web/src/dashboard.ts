import type {
  DashboardQuery,
  DesignationPageFieldsFragment,
  DesignationTier,
  FigurePageFieldsFragment,
  ProvinceRowFieldsFragment,
} from './__generated__/graphql';
import { request } from './api';
import { barChart, exportPng } from './charts';
import { toCsv, type CsvValue } from './csv';
import { renderCitations } from './citations';
import { download, element, explorerLink, nameParts, nameText, pinyinMark, uncheckedMark, unverifiedMark } from './dom';
import { DashboardQuery as Dashboard, MoreDesignationsQuery, MoreFiguresQuery, ProvinceQuery } from './operations';
import { byFamily, legend, swatch, tierPalette, type TierPalette } from './tiers';

/**
 * Views an analyst of the programme wants at a glance. One typed GraphQL request feeds them all;
 * the designations table and the figures then follow their cursors for any further pages. Every
 * count of the programme shown is one the API gave: the page adds up or reconciles nothing.
 */

type Figure = FigurePageFieldsFragment['edges'][number]['node'];
type Designation = DesignationPageFieldsFragment['edges'][number]['node'];
type Batch = DashboardQuery['batchCoverage'][number]['batch'];

interface Context {
  readonly data: DashboardQuery;
  readonly palette: TierPalette;
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

function tiersAndLists({ data, palette }: Context): Panel {
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

function byProvince({ data, palette }: Context): Panel {
  const view = panel('by-province', 'Designations by province');
  let rows: readonly ProvinceRowFieldsFragment[] = data.designationsByProvince;
  let tier: DesignationTier | '' = '';
  const picker = element('select', { id: 'province-tier' });
  picker.append(element('option', { value: '' }, 'All of the programme’s own tiers (not H)'));
  for (const group of byFamily(data.tiers)) {
    const optgroup = element('optgroup', { label: group.adjacent ? `${group.family}: related programmes` : `Family ${group.family}` });
    for (const info of group.tiers) optgroup.append(element('option', { value: info.tier }, `${info.titleEn} ${info.titleZh}`));
    picker.append(optgroup);
  }
  const holder = element('div', { class: 'chart', 'aria-live': 'polite' });
  let chart: SVGSVGElement | null = null;
  const caption = element('p', { class: 'hint' });
  const render = (): void => {
    const colour = tier ? palette.colour(tier) : '#1c7ed6';
    chart = barChart(
      tier ? `Designations by province: ${palette.title(tier)}` : 'Designations by province',
      rows.map((row) => ({
        label: row.province ? nameText(row.province) : 'province not in sources',
        ...(row.province?.romanised ? { mark: 'pinyin' } : {}),
        segments: [{ value: row.designations, colour, title: 'designations' }],
        ...(row.province ? { onClick: () => window.location.assign(explorerLink(row.province?.id ?? '')) } : {}),
      })),
    );
    chart.dataset.tier = tier;
    caption.textContent = tier
      ? `${palette.title(tier)} ${palette.info(tier)?.titleZh ?? ''} (${palette.info(tier)?.adjacent ? 'a related programme, ' : ''}family ${palette.info(tier)?.family ?? 'not named'}).`
      : 'All of the programme’s own tiers, A0 to G; related programmes (H) are not counted.';
    holder.replaceChildren(rows.length === 0 ? element('p', { class: 'hint' }, 'No designations of this tier.') : chart);
  };
  picker.addEventListener('change', () => {
    const wanted = picker.value as DesignationTier | '';
    holder.setAttribute('aria-busy', 'true');
    request(ProvinceQuery, wanted ? { tier: wanted } : {})
      .then((result) => {
        if (picker.value !== wanted) return;
        tier = wanted;
        rows = result.designationsByProvince;
        render();
      })
      .catch((error: unknown) =>
        holder.replaceChildren(element('p', { class: 'error', role: 'alert' }, error instanceof Error ? error.message : String(error))),
      )
      .finally(() => holder.removeAttribute('aria-busy'));
  });
  render();
  view.section.append(
    element('p', { class: 'picker' }, element('label', { for: 'province-tier' }, 'Tier '), picker),
    caption,
    holder,
    element('p', { class: 'hint' }, pinyinMark(), ' a romanised name, not one a source gives.'),
  );
  exportButton(view, 'PNG', () => (chart ? exportPng(chart, `designations-by-province${tier ? `-${tier.toLowerCase()}` : ''}.png`) : undefined));
  csvButton(
    view,
    'designations-by-province',
    ['tier (empty: all of the programme’s own tiers)', 'province id', 'province', 'province (zh)', 'romanised', 'designations', 'holders'],
    () =>
      rows.map((row) => [
        tier || null,
        row.province?.id ?? null,
        row.province?.nameEn ?? null,
        row.province?.nameZh ?? null,
        row.province?.romanised ?? false,
        row.designations,
        row.holders,
      ]),
  );
  return view;
}

function timeline({ data, palette }: Context): Panel {
  const view = panel('timeline', 'Designations by year and tier');
  const counts = data.designationsByYearAndTier;
  const order = (tier: string): number => {
    const index = palette.tiers.findIndex((info) => info.tier === tier);
    return index < 0 ? palette.tiers.length : index;
  };
  const years = [...new Set(counts.map((row) => row.year))];
  const chart = barChart(
    'Designations by year and tier',
    years.map((year) => ({
      label: year === null ? 'year not given' : String(year),
      segments: counts
        .filter((row) => row.year === year)
        .sort((a, b) => order(a.tier) - order(b.tier))
        .map((row) => ({ value: row.count, colour: palette.colour(row.tier), title: palette.title(row.tier) })),
    })),
  );
  const shown = [...new Set(counts.map((row) => row.tier))];
  view.section.append(
    element(
      'p',
      { class: 'hint' },
      'The year of each designation, or of its list where the designation gives none. Every tier, related programmes (H, grey) included.',
    ),
    chart,
    legend(palette, shown),
  );
  exportButton(view, 'PNG', () => exportPng(chart, 'designations-by-year.png'));
  csvButton(view, 'designations-by-year-and-tier', ['year', 'tier', 'family', 'count'], () =>
    counts.map((row) => [row.year ?? null, row.tier, palette.info(row.tier)?.family ?? null, row.count]),
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

function designationTable({ data, palette }: Context, designations: Promise<Designation[]>): Panel {
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
    status.textContent = `${shown.length} of ${data.designations.totalCount} designations shown${rows.length < data.designations.totalCount ? `; ${rows.length} loaded so far` : ''}.`;
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
  render();
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
    const data = await request(Dashboard, {});
    const context: Context = { data, palette: tierPalette(data.tiers) };
    const figures = allEdges(data.figures, async (after) => (await request(MoreFiguresQuery, { after })).programmeFigures).then((edges) =>
      edges.map((edge) => edge.node),
    );
    const designations = allEdges(data.designations, async (after) => (await request(MoreDesignationsQuery, { after })).designations).then((edges) =>
      edges.map((edge) => edge.node),
    );
    root.replaceChildren(
      marksLegend(),
      counts(context).section,
      conflictsPanel(figures).section,
      ...[tiersAndLists, byProvince, timeline].map((view) => view(context).section),
      designationTable(context, designations).section,
      ...[conference, coverage].map((view) => view(context).section),
    );
    await Promise.allSettled([figures, designations]);
  } catch (error) {
    root.replaceChildren(element('p', { class: 'error', role: 'alert' }, error instanceof Error ? error.message : String(error)));
  } finally {
    root.removeAttribute('aria-busy');
  }
}

void main();
