import type { DashboardQuery } from './__generated__/graphql';
import { request } from './api';
import { barChart, exportPng, toCsv } from './charts';
import { download, element, explorerLink } from './dom';
import { DashboardQuery as Dashboard } from './operations';

/** Views an analyst of the programme wants at a glance, all from one typed GraphQL request. */

const TIER_COLOURS: Record<string, string> = {
  NATIONAL_IP_WORK_DEMONSTRATION_CITY: '#2f9e44',
  NATIONAL_IP_DEMONSTRATION_CITY: '#1c7ed6',
  DEMONSTRATION_PARK: '#f08c00',
  PILOT_CITY: '#ae3ec9',
  PILOT_PARK: '#e64980',
  DEMONSTRATION_CREATION_CITY: '#0ca678',
  IP_POWERFUL_CITY_DEMONSTRATION: '#5f3dc4',
  IP_POWERFUL_CITY_PILOT: '#868e96',
};

const words = (value: string): string => value.toLowerCase().replace(/_/g, ' ');

interface Panel {
  readonly section: HTMLElement;
  readonly exports: HTMLElement;
}

function panel(id: string, title: string, wide = false): Panel {
  const exports = element('span', { class: 'exports' });
  const section = element('section', { class: wide ? 'panel wide' : 'panel', id, 'aria-labelledby': `${id}-title` }, element('h2', { id: `${id}-title` }, title, exports));
  return { section, exports };
}

function exportButton(panel: Panel, text: string, action: () => void | Promise<void>): void {
  const button = element('button', { type: 'button', 'aria-label': `${text} (${panel.section.id})` }, text);
  button.addEventListener('click', () => void action());
  panel.exports.append(button);
}

function csvButton(target: Panel, name: string, header: string[], rows: () => (string | number | null)[][]): void {
  exportButton(target, 'CSV', () => download(`${name}.csv`, toCsv(header, rows())));
}

function link(id: string, text: string): HTMLAnchorElement {
  return element('a', { href: explorerLink(id) }, text);
}

function table(header: string[], rows: HTMLElement[][]): HTMLTableElement {
  return element('table', {}, element('thead', {}, element('tr', {}, ...header.map((cell) => element('th', { scope: 'col' }, cell)))), element('tbody', {}, ...rows.map((cells) => element('tr', {}, ...cells))));
}

function counts(data: DashboardQuery): Panel {
  const view = panel('counts', 'Entities by kind');
  view.section.append(
    element('div', { class: 'tiles' }, ...data.entityCounts.map((row) => element('div', { class: 'tile', 'data-kind': row.kind }, element('strong', {}, String(row.count)), words(row.kind)))),
  );
  csvButton(view, 'entity-counts', ['kind', 'count'], () => data.entityCounts.map((row) => [row.kind, row.count]));
  return view;
}

function byProvince(data: DashboardQuery): Panel {
  const view = panel('by-province', 'Designations by province');
  const rows = data.designationsByProvince;
  const chart = barChart(
    'Designations by province',
    rows.map((row) => ({
      label: row.province ? `${row.province.nameEn}${row.province.nameZh ? ` ${row.province.nameZh}` : ''}` : 'province not in sources',
      segments: [{ value: row.designations, colour: '#1c7ed6', title: 'designations' }],
      ...(row.province ? { onClick: () => window.location.assign(explorerLink(row.province?.id ?? '')) } : {}),
    })),
  );
  view.section.append(chart);
  exportButton(view, 'PNG', () => exportPng(chart, 'designations-by-province.png'));
  csvButton(view, 'designations-by-province', ['province id', 'province', 'designations', 'holders'], () =>
    rows.map((row) => [row.province?.id ?? null, row.province?.nameEn ?? null, row.designations, row.holders]),
  );
  return view;
}

function timeline(data: DashboardQuery): Panel {
  const view = panel('timeline', 'Designations by year and tier');
  const years = [...new Set(data.designationsByYearAndTier.map((row) => row.year))];
  const chart = barChart(
    'Designations by year and tier',
    years.map((year) => ({
      label: year === null ? 'year not given' : String(year),
      segments: data.designationsByYearAndTier
        .filter((row) => row.year === year)
        .map((row) => ({ value: row.count, colour: TIER_COLOURS[row.tier] ?? '#868e96', title: words(row.tier) })),
    })),
  );
  const tiers = [...new Set(data.designationsByYearAndTier.map((row) => row.tier))];
  const legend = element('p', {}, ...tiers.map((tier) => element('span', { style: `color:${TIER_COLOURS[tier] ?? '#868e96'}` }, `■ ${words(tier)}  `)));
  view.section.append(chart, legend);
  exportButton(view, 'PNG', () => exportPng(chart, 'designations-by-year.png'));
  csvButton(view, 'designations-by-year-and-tier', ['year', 'tier', 'count'], () => data.designationsByYearAndTier.map((row) => [row.year ?? null, row.tier, row.count]));
  return view;
}

interface DesignationRow {
  readonly holderId: string;
  readonly holder: string;
  readonly province: string;
  readonly provinceId: string | null;
  readonly tier: string;
  readonly status: string;
  readonly year: number | null;
  readonly designationId: string;
}

function designationTable(data: DashboardQuery): Panel {
  const view = panel('designations', 'Provinces and cities with their designations', true);
  const rows: DesignationRow[] = data.designations.edges.flatMap(({ node }) =>
    node.holders.edges.map(({ node: holder }) => {
      const parent = holder.__typename === 'Region' ? holder.partOf.edges[0]?.node : undefined;
      return {
        holderId: holder.id,
        holder: `${holder.nameEn}${holder.nameZh ? ` ${holder.nameZh}` : ''}`,
        province: parent ? `${parent.nameEn}${parent.nameZh ? ` ${parent.nameZh}` : ''}` : '',
        provinceId: parent?.id ?? null,
        tier: words(node.tier),
        status: words(node.status),
        year: node.year ?? null,
        designationId: node.id,
      };
    }),
  );
  const columns: { key: keyof DesignationRow; title: string }[] = [
    { key: 'holder', title: 'City or park' },
    { key: 'province', title: 'Province' },
    { key: 'tier', title: 'Tier' },
    { key: 'status', title: 'Status' },
    { key: 'year', title: 'Year' },
  ];
  let sortKey: keyof DesignationRow = 'year';
  let ascending = true;
  const filter = element('input', { type: 'search', id: 'designation-filter', placeholder: 'Filter by any column' });
  const body = element('tbody');
  const header = element('tr');
  const visible = (): DesignationRow[] => {
    const needle = filter.value.trim().toLowerCase();
    return rows
      .filter((row) => !needle || columns.some((column) => String(row[column.key] ?? '').toLowerCase().includes(needle)))
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
    );
    body.replaceChildren(
      ...visible().map((row) =>
        element(
          'tr',
          {},
          element('td', {}, link(row.holderId, row.holder)),
          element('td', {}, row.provinceId ? link(row.provinceId, row.province) : '—'),
          element('td', {}, link(row.designationId, row.tier)),
          element('td', {}, row.status),
          element('td', {}, row.year === null ? '—' : String(row.year)),
        ),
      ),
    );
  };
  filter.addEventListener('input', render);
  render();
  view.section.append(
    element('label', { for: 'designation-filter' }, 'Filter '),
    filter,
    element('table', { id: 'designation-table' }, element('thead', {}, header), body),
  );
  csvButton(view, 'designations', ['holder id', 'city or park', 'province', 'tier', 'status', 'year'], () =>
    visible().map((row) => [row.holderId, row.holder, row.province, row.tier, row.status, row.year]),
  );
  return view;
}

function conference(data: DashboardQuery): Panel {
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
    table(['Speaker', 'Role'], speakers.map((speaker) => [element('td', {}, link(speaker.id, speaker.name)), element('td', {}, speaker.role)])),
    element('h3', {}, 'Awards'),
    table(['Award', 'Recipients'], event.awards.edges.map(({ node }) => [element('td', {}, link(node.id, words(node.kind))), element('td', { 'data-award': node.kind }, String(node.recipientCount))])),
    element('h3', {}, 'Delegations by kind'),
    table(['Kind', 'Delegation'], delegations.map((node) => [element('td', {}, node.__typename === 'Delegation' ? words(node.kind) : ''), element('td', {}, link(node.id, node.nameEn))])),
  );
  csvButton(view, 'conference', ['part', 'id', 'name', 'detail'], () => [
    ...speakers.map((speaker) => ['speaker', speaker.id, speaker.name, speaker.role]),
    ...event.awards.edges.map(({ node }) => ['award', node.id, node.nameEn, node.recipientCount]),
    ...delegations.map((node) => ['delegation', node.id, node.nameEn, node.__typename === 'Delegation' ? node.kind : '']),
  ]);
  return view;
}

function coverage(data: DashboardQuery): Panel {
  const view = panel('coverage', 'Coverage: facts per source');
  view.section.append(
    table(
      ['Source', 'Kind', 'Entities', 'Relationships'],
      data.sourceCoverage.map((row) => [element('td', {}, row.source.title), element('td', {}, words(row.source.kind)), element('td', {}, String(row.nodes)), element('td', {}, String(row.relationships))]),
    ),
    element('h3', {}, 'Facts by number of sources'),
    table(
      ['Sources', 'Entities', 'Relationships'],
      data.coverageBySourceCount.map((row) => [element('td', {}, row.sources === 1 ? 'one source' : `${row.sources} sources`), element('td', { 'data-sources': String(row.sources) }, String(row.nodes)), element('td', {}, String(row.relationships))]),
    ),
  );
  csvButton(view, 'coverage', ['source id', 'source', 'kind', 'entities', 'relationships'], () => data.sourceCoverage.map((row) => [row.source.id, row.source.title, row.source.kind, row.nodes, row.relationships]));
  return view;
}

async function main(): Promise<void> {
  const root = document.getElementById('dashboard');
  if (!root) throw new Error('#dashboard is missing');
  try {
    const data = await request(Dashboard, {});
    root.replaceChildren(...[counts, byProvince, timeline, conference, coverage, designationTable].map((view) => view(data).section));
  } catch (error) {
    root.replaceChildren(element('p', { class: 'error', role: 'alert' }, error instanceof Error ? error.message : String(error)));
  } finally {
    root.removeAttribute('aria-busy');
  }
}

void main();
