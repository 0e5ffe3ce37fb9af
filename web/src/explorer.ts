import cytoscape, { type Core, type EdgeSingular, type NodeSingular } from 'cytoscape';
import type { ExportCitationFieldsFragment, GraphNodeFieldsFragment, NodeDetailsQuery, RelationshipFieldsFragment } from './__generated__/graphql';
import { request } from './api';
import { renderCitations } from './citations';
import { byId, download, element, nameParts, unverifiedMark } from './dom';
import { edgesCsv, nodesCsv, toGraphml, toNodeLink, type ExportCitation, type ExportGraph } from './exports';
import { renderHistory } from './history';
import { NeighborhoodQuery, NodeDetailsQuery as NodeDetails, PathQuery, SearchQuery } from './operations';
import { attachSuggest } from './suggest';

/** Neighbours fetched per expansion, and per "show more". */
const PAGE = 25;

/**
 * What a shared link may ask for: each page of neighbours it names is one request, so a link
 * crafted to name thousands would make every visitor's browser send thousands. The rest of such
 * a link is dropped, with a notice.
 */
const MAX_LINK_EXPANSIONS = 20;
const MAX_LINK_PAGES = 100;

const KIND_COLOURS: Record<string, string> = {
  Person: '#d9485f',
  Organization: '#3b6fd8',
  Region: '#2f9e6e',
  Park: '#6bbf59',
  Event: '#e8912d',
  Award: '#c9a227',
  Delegation: '#a06cd5',
  Topic: '#7c8a9a',
  Statement: '#8d6e63',
  Programme: '#111827',
  ProgrammeFigure: '#5c7cfa',
  Batch: '#0ca5b0',
  Designation: '#15aabf',
};

/** What the analyst sees, all of it in the URL so that a link reproduces it. */
interface ViewState {
  /** Entities whose neighbours are shown, with how many pages of them. */
  expanded: Map<string, number>;
  removed: Set<string>;
  pinned: Set<string>;
  hiddenKinds: Set<string>;
  hiddenTypes: Set<string>;
  selected: string | null;
  path: [string, string] | null;
}

function readState(): ViewState {
  const params = new URLSearchParams(window.location.search);
  const list = (key: string): string[] => (params.get(key) ?? '').split(',').filter(Boolean);
  const expanded = new Map<string, number>();
  for (const entry of list('e')) {
    const cut = entry.lastIndexOf(':');
    const pages = Number(entry.slice(cut + 1));
    expanded.set(entry.slice(0, cut), Number.isInteger(pages) && pages > 0 ? pages : 1);
  }
  const path = list('path');
  return {
    expanded,
    removed: new Set(list('r')),
    pinned: new Set(list('p')),
    hiddenKinds: new Set(list('hk')),
    hiddenTypes: new Set(list('ht')),
    selected: params.get('s'),
    path: path.length === 2 ? [path[0] ?? '', path[1] ?? ''] : null,
  };
}

function writeState(state: ViewState): void {
  const params = new URLSearchParams();
  const set = (key: string, values: Iterable<string>): void => {
    const joined = [...values].join(',');
    if (joined) params.set(key, joined);
  };
  set(
    'e',
    [...state.expanded].map(([id, pages]) => `${id}:${pages}`),
  );
  set('r', state.removed);
  set('p', state.pinned);
  set('hk', state.hiddenKinds);
  set('ht', state.hiddenTypes);
  if (state.selected) params.set('s', state.selected);
  if (state.path) set('path', state.path);
  const query = params.toString();
  window.history.replaceState(null, '', query ? `/?${query}` : '/');
}

/**
 * Keeps the first MAX_LINK_EXPANSIONS entities of a link's expansions and at most MAX_LINK_PAGES
 * pages in all; says what it dropped, or null when the link asked for no more than that.
 */
function capExpansions(expanded: Map<string, number>): string | null {
  let kept = 0;
  let pages = 0;
  let droppedEntities = 0;
  let droppedPages = 0;
  for (const [id, wanted] of [...expanded]) {
    const allowed = kept < MAX_LINK_EXPANSIONS ? Math.min(wanted, MAX_LINK_PAGES - pages) : 0;
    if (allowed <= 0) {
      expanded.delete(id);
      droppedEntities += 1;
      droppedPages += wanted;
    } else {
      expanded.set(id, allowed);
      kept += 1;
      pages += allowed;
      droppedPages += wanted - allowed;
    }
  }
  if (droppedEntities === 0 && droppedPages === 0) return null;
  return (
    `This link asked for more than a view may load (at most ${MAX_LINK_EXPANSIONS} expanded entities and ${MAX_LINK_PAGES} pages of ${PAGE} neighbours): ` +
    `${droppedEntities} expanded ${droppedEntities === 1 ? 'entity was' : 'entities were'} dropped and ${droppedPages} ${droppedPages === 1 ? 'page' : 'pages'} in all not loaded.`
  );
}

type ShownNode = GraphNodeFieldsFragment & { degree?: number; sources?: readonly ExportCitationFieldsFragment[] };

const state = readState();
const linkNotice = capExpansions(state.expanded);
const nodes = new Map<string, ShownNode>();
const relationships = new Map<string, RelationshipFieldsFragment>();

const cy: Core = cytoscape({
  container: byId('graph'),
  // Labels stay readable when a fit would zoom in on a few nodes.
  maxZoom: 1.6,
  // With thousands of elements, pan and zoom move a snapshot instead of redrawing every edge.
  textureOnViewport: true,
  hideEdgesOnViewport: true,
  style: [
    {
      selector: 'node',
      style: {
        'background-color': 'data(colour)',
        label: 'data(label)',
        'font-size': 10,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-wrap': 'ellipsis',
        'text-max-width': '120px',
        // Labels too small to read are not drawn at all, which keeps large views fast.
        'min-zoomed-font-size': 7,
        width: 18,
        height: 18,
      },
    },
    // A romanised name (generated pinyin, not sourced) is set in italics; an unverified fact is dashed.
    { selector: 'node[?romanised]', style: { 'font-style': 'italic' } },
    { selector: 'node[?unverified]', style: { 'border-width': 2, 'border-style': 'dashed', 'border-color': '#c92a2a' } },
    { selector: 'node.pinned', style: { 'border-width': 3, 'border-color': '#111' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f59f00' } },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'line-color': '#adb5bd',
        'target-arrow-color': '#adb5bd',
        'target-arrow-shape': 'triangle',
        'curve-style': 'bezier',
        label: 'data(label)',
        'font-size': 7,
        'min-zoomed-font-size': 7,
        color: '#495057',
        'text-rotation': 'autorotate',
      },
    },
    { selector: 'edge[?unverified]', style: { 'line-style': 'dashed' } },
    { selector: 'edge:selected', style: { 'line-color': '#f59f00', 'target-arrow-color': '#f59f00', width: 3 } },
    { selector: 'node.path', style: { 'border-color': '#e03131', 'border-width': 4 } },
    { selector: 'edge.path', style: { 'line-color': '#e03131', 'target-arrow-color': '#e03131', width: 4 } },
    { selector: '.hidden', style: { display: 'none' } },
  ],
});

function label(node: GraphNodeFieldsFragment): string {
  return node.nameZh ? `${node.nameEn} ${node.nameZh}` : node.nameEn;
}

function addNode(node: ShownNode, degree?: number): void {
  if (state.removed.has(node.id)) return;
  nodes.set(node.id, { ...node, ...(degree !== undefined ? { degree } : {}) });
  if (cy.getElementById(node.id).nonempty()) return;
  const romanised = (node.__typename === 'Region' || node.__typename === 'Park') && node.romanised === true;
  cy.add({
    group: 'nodes',
    data: {
      id: node.id,
      label: label(node),
      kind: node.__typename,
      colour: KIND_COLOURS[node.__typename] ?? '#666',
      romanised,
      unverified: node.unverified === true,
    },
  });
}

function addRelationship(rel: RelationshipFieldsFragment): void {
  relationships.set(rel.id, rel);
  if (cy.getElementById(rel.id).nonempty()) return;
  if (cy.getElementById(rel.startId).empty() || cy.getElementById(rel.endId).empty()) return;
  cy.add({
    group: 'edges',
    data: { id: rel.id, source: rel.startId, target: rel.endId, label: rel.type, type: rel.type, unverified: rel.unverified === true },
  });
}

/** Fetches page `page` (0-based) of an entity's neighbours and adds them. */
async function loadPage(id: string, page: number): Promise<void> {
  const result = await request(NeighborhoodQuery, { id, limit: PAGE, offset: page * PAGE });
  const subgraph = result.neighborhood;
  if (!subgraph) return;
  for (const entry of subgraph.nodes) addNode(entry.node, entry.degree);
  for (const rel of subgraph.relationships) addRelationship(rel);
}

async function expand(id: string, pages: number): Promise<void> {
  const already = state.expanded.get(id) ?? 0;
  for (let page = already; page < pages; page += 1) await loadPage(id, page);
  state.expanded.set(id, Math.max(pages, already));
}

function applyFilters(): void {
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      node.toggleClass('hidden', state.hiddenKinds.has(String(node.data('kind'))));
    });
    cy.edges().forEach((edge) => {
      edge.toggleClass('hidden', state.hiddenTypes.has(String(edge.data('type'))));
    });
    cy.nodes().forEach((node) => {
      node.toggleClass('pinned', state.pinned.has(node.id()));
      if (state.pinned.has(node.id())) node.lock();
      else node.unlock();
    });
  });
  renderFilters();
  renderNodeTable();
  byId('count').textContent = `${cy.nodes().length} nodes, ${cy.edges().length} relationships`;
}

/** The visible nodes in name order, that a keyboard or screen-reader user can reach without the canvas. */
function visibleNodesInOrder(): NodeSingular[] {
  return cy
    .nodes()
    .toArray()
    .filter((node) => !node.hasClass('hidden'))
    .sort((a, b) => String(a.data('label')).localeCompare(String(b.data('label'))));
}

/** The canvas as a table; built only while it is open, since a view may hold thousands of nodes. */
function renderNodeTable(): void {
  const table = byId<HTMLDetailsElement>('node-table');
  if (!table.open) return;
  byId('node-table-body').replaceChildren(
    ...visibleNodesInOrder().map((node) => {
      const show = element('button', { type: 'button' }, 'Show');
      show.addEventListener('click', () => void run(() => select(node.id())));
      return element(
        'tr',
        {},
        element('td', {}, String(node.data('label'))),
        element('td', {}, String(node.data('kind'))),
        element('td', {}, String(node.connectedEdges().filter((edge) => !edge.hasClass('hidden')).length)),
        element('td', {}, show),
      );
    }),
  );
}

function renderFilters(): void {
  const checkboxes = (containerId: string, values: string[], hidden: Set<string>, describe: (value: string) => string): void => {
    byId(containerId).replaceChildren(
      ...values.sort().map((value) => {
        const box = element('input', { type: 'checkbox', value });
        box.checked = !hidden.has(value);
        box.addEventListener('change', () => {
          if (box.checked) hidden.delete(value);
          else hidden.add(value);
          applyFilters();
          writeState(state);
        });
        return element('label', { class: 'chip' }, box, describe(value));
      }),
    );
  };
  const kinds = [...new Set(cy.nodes().map((node) => String(node.data('kind'))))];
  const types = [...new Set(cy.edges().map((edge) => String(edge.data('type'))))];
  checkboxes('kind-filters', kinds, state.hiddenKinds, (kind) => kind);
  checkboxes('type-filters', types, state.hiddenTypes, (type) => type.toLowerCase().replace(/_/g, ' '));
}

function layout(): void {
  // cose looks best on small graphs; on large ones a concentric layout keeps the page responsive.
  // Pinned nodes are locked, so both leave them where the analyst put them.
  const options =
    cy.nodes().length > 400
      ? { name: 'concentric', animate: false }
      : {
          name: 'cose',
          animate: false,
          randomize: true,
          nodeRepulsion: () => 400_000,
          idealEdgeLength: () => 100,
          nodeOverlap: 20,
          gravity: 0.25,
          numIter: 1500,
        };
  cy.layout(options).run();
  cy.fit(undefined, 30);
}

/** How the fact entered the graph, in words. */
function layerText(layer: string): string {
  return { SEED: 'from the seed', IMPORT: 'imported', CURATION: 'added by an editor', SYNTHETIC: 'synthetic (benchmark)' }[layer] ?? layer.toLowerCase();
}

function property(name: string, value: unknown): HTMLElement | null {
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return null;
  const scalar = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
  const shown = Array.isArray(value) ? value.join(', ') : scalar ? String(value) : JSON.stringify(value);
  return element(
    'div',
    { class: 'property' },
    element(
      'dt',
      {},
      name.replace(/(organization|region|event|award|delegation|statement)Kind$/, 'kind').replace(/^(figure|designation)Category$/, 'category'),
    ),
    element('dd', { lang: /Zh$/.test(name) ? 'zh' : 'en' }, shown),
  );
}

/** Shows an entity in the side panel; `fetched` is its details when already asked for. */
async function showNode(id: string, fetched: Promise<NodeDetailsQuery> = request(NodeDetails, { id })): Promise<void> {
  const details = byId('details');
  const result = await fetched;
  // Another selection (or Escape) overtook this one while it loaded: its panel is the one to show.
  if (state.selected !== id) return;
  const node = result.node;
  if (!node) {
    details.replaceChildren(element('p', { class: 'hint' }, `Nothing has the id ${id}.`));
    return;
  }
  // Shown as marks beside the name rather than as properties.
  const skip = new Set(['__typename', 'id', 'nameEn', 'nameZh', 'sources', 'romanised', 'unverified', 'layer']);
  const history = result.designationHistory;
  const degree = nodes.get(id)?.degree;
  const relationshipsShown = cy.getElementById(id).connectedEdges().length;
  const actions = element('div', { class: 'actions' });
  const button = (text: string, onClick: () => void): void => {
    const item = element('button', { type: 'button' }, text);
    item.addEventListener('click', onClick);
    actions.append(item);
  };
  const pages = state.expanded.get(id) ?? 0;
  if (pages === 0 || degree === undefined || relationshipsShown < degree) {
    button(
      pages === 0 ? 'Expand' : `Show ${PAGE} more`,
      () =>
        void run(async () => {
          await expand(id, pages + 1);
          layout();
          await showNode(id);
        }),
    );
  }
  button(state.pinned.has(id) ? 'Unpin' : 'Pin', () => {
    if (state.pinned.has(id)) state.pinned.delete(id);
    else state.pinned.add(id);
    applyFilters();
    writeState(state);
    void showNode(id);
  });
  button('Remove', () => {
    state.removed.add(id);
    state.expanded.delete(id);
    cy.getElementById(id).remove();
    state.selected = null;
    applyFilters();
    writeState(state);
    details.replaceChildren(element('p', { class: 'hint' }, 'Removed from the view.'));
  });
  button('Path from here', () => setPathEnd('path-from', id, node.nameEn));
  button('Path to here', () => setPathEnd('path-to', id, node.nameEn));
  details.replaceChildren(
    ...[
      element('h2', {}, ...nameParts({ nameEn: node.nameEn, nameZh: node.nameZh, romanised: 'romanised' in node ? node.romanised : null })),
      element('p', { class: 'kind' }, `${node.__typename} · ${node.id} · ${layerText(node.layer)}`),
      'romanised' in node && node.romanised
        ? element(
            'p',
            { class: 'hint' },
            `The English name is a generated pinyin romanisation${'pinyin' in node && node.pinyin ? ` (${node.pinyin})` : ''}: no source gives one.`,
          )
        : null,
      node.unverified
        ? element('p', { class: 'unverified-note' }, unverifiedMark(node.note), ' No public source backs this yet', node.note ? `: ${node.note}` : '.')
        : null,
      degree !== undefined ? element('p', { class: 'degree' }, `${relationshipsShown} of ${degree} relationships shown`) : null,
      actions,
      history ? renderHistory(history, result.tierTitles) : null,
      element(
        'dl',
        {},
        ...Object.entries(node)
          .filter(([key]) => !skip.has(key))
          .map(([key, value]) => property(key, value)),
      ),
      element('h3', {}, 'Sources'),
      renderCitations(node.sources),
    ].filter((child): child is HTMLElement => child !== null),
  );
}

function showRelationship(id: string): void {
  const rel = relationships.get(id);
  if (!rel) return;
  const name = (nodeId: string): string => nodes.get(nodeId)?.nameEn ?? nodeId;
  const skip = new Set(['__typename', 'id', 'type', 'startId', 'endId', 'sources', 'unverified', 'layer']);
  byId('details').replaceChildren(
    element('h2', {}, rel.type.toLowerCase().replace(/_/g, ' '), rel.unverified ? ' ' : null, rel.unverified ? unverifiedMark() : null),
    element('p', { class: 'kind' }, `${name(rel.startId)} → ${name(rel.endId)} · ${layerText(rel.layer)}`),
    element(
      'dl',
      {},
      ...Object.entries(rel)
        .filter(([key]) => !skip.has(key))
        .map(([key, value]) => property(key, value)),
    ),
    element('h3', {}, 'Sources'),
    renderCitations(rel.sources),
  );
}

async function select(id: string | null): Promise<void> {
  state.selected = id;
  writeState(state);
  cy.elements().unselect();
  if (!id) {
    byId('details').replaceChildren(
      element('p', { class: 'hint' }, 'Nothing selected. Click a node or a relationship, or step through them with the arrow keys on the graph.'),
    );
    return;
  }
  const target = cy.getElementById(id);
  target.select();
  if (relationships.has(id)) showRelationship(id);
  else await showNode(id);
}

const pathEnds: { from: string | null; to: string | null } = { from: null, to: null };

function setPathEnd(inputId: 'path-from' | 'path-to', id: string, name: string): void {
  byId<HTMLInputElement>(inputId).value = name;
  if (inputId === 'path-from') pathEnds.from = id;
  else pathEnds.to = id;
}

async function findPath(from: string, to: string): Promise<void> {
  const output = byId('path-result');
  cy.elements().removeClass('path');
  const result = await request(PathQuery, { from, to });
  const path = result.shortestPath;
  state.path = [from, to];
  writeState(state);
  if (!path) {
    output.replaceChildren(element('p', {}, 'No path of at most 6 hops joins them.'));
    return;
  }
  for (const node of path.nodes) addNode(node);
  for (const rel of path.relationships) addRelationship(rel);
  for (const id of [...path.nodes.map((node) => node.id), ...path.relationships.map((rel) => rel.id)]) {
    cy.getElementById(id).addClass('path');
  }
  applyFilters();
  layout();
  cy.fit(cy.elements('.path'), 60);
  const names = new Map(path.nodes.map((node) => [node.id, node.nameEn]));
  output.replaceChildren(
    element('p', {}, `${path.length} hop${path.length === 1 ? '' : 's'}`),
    element(
      'ol',
      { class: 'hops' },
      ...path.relationships.map((rel) =>
        element(
          'li',
          {},
          element('strong', {}, `${names.get(rel.startId) ?? rel.startId} —${rel.type}→ ${names.get(rel.endId) ?? rel.endId}`),
          rel.unverified ? ' ' : null,
          rel.unverified ? unverifiedMark() : null,
          renderCitations(rel.sources),
        ),
      ),
    ),
  );
}

/** Runs an action with the page marked busy, and shows its failure instead of swallowing it. */
async function run(action: () => Promise<void>): Promise<void> {
  document.body.setAttribute('aria-busy', 'true');
  try {
    await action();
    applyFilters();
    writeState(state);
  } catch (error) {
    byId('details').replaceChildren(element('p', { class: 'error', role: 'alert' }, error instanceof Error ? error.message : String(error)));
  } finally {
    document.body.removeAttribute('aria-busy');
  }
}

/** Opens an entity: its details at once, then its neighbours around it on the canvas. */
async function open(id: string): Promise<void> {
  state.selected = id;
  writeState(state);
  const fetched = request(NodeDetails, { id });
  const shown = showNode(id, fetched);
  await expand(id, Math.max(1, state.expanded.get(id) ?? 0));
  applyFilters();
  layout();
  await shown;
  cy.elements().unselect();
  cy.getElementById(id).select();
  // Again, now that the canvas knows how many of its relationships it shows.
  await showNode(id, fetched);
}

/** A search that found nothing says so, and offers the names nearest to it. */
async function noMatch(text: string): Promise<void> {
  const details = byId('details');
  details.replaceChildren(element('p', { class: 'no-match' }, `No match for “${text}”.`));
  const result = await request(SearchQuery, { text, first: 5, fuzzy: true });
  if (result.search.length === 0) {
    details.append(element('p', { class: 'hint' }, 'No name is near it either.'));
    return;
  }
  const nearest = element('ul', { class: 'nearest', 'aria-labelledby': 'nearest-title' });
  for (const hit of result.search) {
    const button = element('button', { type: 'button' }, ...nameParts(hit.node), ` · ${hit.kind.toLowerCase().replace(/_/g, ' ')}`);
    button.addEventListener('click', () => void run(() => open(hit.node.id)));
    nearest.append(element('li', {}, button));
  }
  details.append(element('p', { id: 'nearest-title' }, 'The nearest names:'), nearest);
}

function citationsOf(citations: readonly ExportCitationFieldsFragment[] | undefined): ExportCitation[] {
  return (citations ?? []).map((citation) => ({
    source: citation.source.id,
    title: citation.source.title,
    url: citation.source.url ?? null,
    quote: citation.quote ?? null,
  }));
}

/** The subgraph on screen: what the filters leave visible, with each fact's sources. */
function shownGraph(): ExportGraph {
  const visible = cy.nodes().filter((node) => !node.hasClass('hidden'));
  const ids = new Set(visible.map((node) => node.id()));
  return {
    nodes: visible.map((element) => {
      const node = nodes.get(element.id());
      return {
        id: element.id(),
        kind: String(element.data('kind')),
        nameEn: node?.nameEn ?? element.id(),
        nameZh: node?.nameZh ?? null,
        unverified: node?.unverified === true,
        citations: citationsOf(node?.sources),
      };
    }),
    edges: cy
      .edges()
      .filter((edge) => !edge.hasClass('hidden') && ids.has(edge.source().id()) && ids.has(edge.target().id()))
      .map((edge) => {
        const rel = relationships.get(edge.id());
        return {
          id: edge.id(),
          type: String(edge.data('type')),
          source: String(edge.data('source')),
          target: String(edge.data('target')),
          unverified: rel?.unverified === true,
          citations: citationsOf(rel?.sources),
        };
      }),
  };
}

const EXPORTS: Record<string, { filename: string; type: string; build: (graph: ExportGraph) => string }> = {
  graphml: { filename: 'explorer-graph.graphml', type: 'application/graphml+xml', build: toGraphml },
  json: { filename: 'explorer-graph.json', type: 'application/json', build: toNodeLink },
  'nodes-csv': { filename: 'explorer-nodes.csv', type: 'text/csv;charset=utf-8', build: nodesCsv },
  'edges-csv': { filename: 'explorer-edges.csv', type: 'text/csv;charset=utf-8', build: edgesCsv },
};

for (const button of document.querySelectorAll<HTMLButtonElement>('#export-menu button[data-export]')) {
  button.addEventListener('click', () => {
    const format = EXPORTS[button.dataset.export ?? ''];
    if (!format) return;
    download(format.filename, new Blob([format.build(shownGraph())], { type: format.type }));
  });
}

/**
 * The canvas by keyboard: arrow keys step through the visible nodes in name order and show each,
 * Enter expands the selected one, Escape clears the selection.
 */
byId('graph').addEventListener('keydown', (event) => {
  const order = visibleNodesInOrder();
  if (order.length === 0) return;
  const current = state.selected ? order.findIndex((node) => node.id() === state.selected) : -1;
  const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
  if (step !== undefined) {
    event.preventDefault();
    const index = current < 0 ? (step > 0 ? 0 : order.length - 1) : (current + step + order.length) % order.length;
    const next = order[index];
    if (!next) return;
    byId('graph-status').textContent = `${String(next.data('label'))}, ${index + 1} of ${order.length}`;
    cy.center(next);
    void run(() => select(next.id()));
  } else if (event.key === 'Enter' && current >= 0 && state.selected) {
    event.preventDefault();
    const id = state.selected;
    void run(async () => {
      await expand(id, (state.expanded.get(id) ?? 0) + 1);
      layout();
      await select(id);
    });
  } else if (event.key === 'Escape') {
    void select(null);
    byId('graph-status').textContent = 'Nothing selected';
  }
});

cy.on('tap', 'node', (event) => void run(() => select((event.target as NodeSingular).id())));
cy.on('tap', 'edge', (event) => void run(() => select((event.target as EdgeSingular).id())));
cy.on('dbltap', 'node', (event) => {
  const id = (event.target as NodeSingular).id();
  void run(async () => {
    await expand(id, (state.expanded.get(id) ?? 0) + 1);
    layout();
  });
});
cy.on('dragfree', 'node', (event) => {
  const id = (event.target as NodeSingular).id();
  state.pinned.add(id);
  applyFilters();
  writeState(state);
});

byId('node-table').addEventListener('toggle', renderNodeTable);
byId('fit').addEventListener('click', () => cy.fit(undefined, 30));
byId('relayout').addEventListener('click', () => layout());
byId('clear').addEventListener('click', () => {
  cy.elements().remove();
  nodes.clear();
  relationships.clear();
  Object.assign(state, readState(), { expanded: new Map(), removed: new Set(), pinned: new Set(), selected: null, path: null });
  applyFilters();
  writeState(state);
});
attachSuggest(
  byId<HTMLInputElement>('search'),
  byId<HTMLUListElement>('search-list'),
  (pick) => void run(() => open(pick.id)),
  (text) => void run(() => noMatch(text)),
);
attachSuggest(byId<HTMLInputElement>('path-from'), byId<HTMLUListElement>('path-from-list'), (pick) => (pathEnds.from = pick.id));
attachSuggest(byId<HTMLInputElement>('path-to'), byId<HTMLUListElement>('path-to-list'), (pick) => (pathEnds.to = pick.id));
byId('find-path').addEventListener('click', () => {
  if (!pathEnds.from || !pathEnds.to) {
    byId('path-result').replaceChildren(element('p', {}, 'Choose both ends from the suggestions first.'));
    return;
  }
  const [from, to] = [pathEnds.from, pathEnds.to];
  void run(() => findPath(from, to));
});

/** Rebuilds the view the URL describes. */
async function restore(): Promise<void> {
  if (linkNotice) {
    const notice = byId('notice');
    notice.textContent = linkNotice;
    notice.hidden = false;
  }
  const wanted = [...state.expanded];
  state.expanded = new Map();
  for (const [id, pages] of wanted) await expand(id, pages);
  if (state.path) {
    pathEnds.from = state.path[0];
    pathEnds.to = state.path[1];
    await findPath(state.path[0], state.path[1]);
  }
  applyFilters();
  layout();
  cy.fit(undefined, 30);
  if (state.selected) await select(state.selected);
}

void run(restore);

/** For tests and power users in the console: the graph that is on screen. */
declare global {
  interface Window {
    explorer: { cy: Core };
  }
}
window.explorer = { cy };
