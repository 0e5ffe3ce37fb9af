import { csvText, type CsvValue } from './csv';

/**
 * The subgraph on screen as files other tools open: GraphML (Gephi, yEd), networkx's node-link
 * JSON, and CSV of nodes and of edges. Every node and edge carries its sources: their ids, and
 * each citation's source, title, URL and exact quote.
 */

export interface ExportCitation {
  readonly source: string;
  readonly title: string;
  readonly url: string | null;
  readonly quote: string | null;
}

export interface ExportNode {
  readonly id: string;
  readonly kind: string;
  readonly nameEn: string;
  readonly nameZh: string | null;
  readonly unverified: boolean;
  readonly citations: readonly ExportCitation[];
}

export interface ExportEdge {
  readonly id: string;
  readonly type: string;
  readonly source: string;
  readonly target: string;
  readonly unverified: boolean;
  readonly citations: readonly ExportCitation[];
}

export interface ExportGraph {
  readonly nodes: readonly ExportNode[];
  readonly edges: readonly ExportEdge[];
}

/** The source ids of a fact, in citation order, each once. */
function sourceIds(citations: readonly ExportCitation[]): string {
  return [...new Set(citations.map((citation) => citation.source))].join('; ');
}

function citationsJson(citations: readonly ExportCitation[]): string {
  return JSON.stringify(citations);
}

/** Text as XML character data or an attribute value: markup escaped, characters XML 1.0 forbids dropped. */
function xml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 cannot carry
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

interface GraphmlKey {
  readonly id: string;
  readonly for: 'node' | 'edge';
  readonly name: string;
  readonly type: 'string' | 'boolean';
}

/** Declared once, so Gephi and yEd show every attribute with its name and type. */
const NODE_KEYS: readonly GraphmlKey[] = [
  { id: 'n_kind', for: 'node', name: 'kind', type: 'string' },
  { id: 'n_label', for: 'node', name: 'label', type: 'string' },
  { id: 'n_nameEn', for: 'node', name: 'nameEn', type: 'string' },
  { id: 'n_nameZh', for: 'node', name: 'nameZh', type: 'string' },
  { id: 'n_unverified', for: 'node', name: 'unverified', type: 'boolean' },
  { id: 'n_sourceIds', for: 'node', name: 'sourceIds', type: 'string' },
  { id: 'n_citations', for: 'node', name: 'citations', type: 'string' },
];
const EDGE_KEYS: readonly GraphmlKey[] = [
  { id: 'e_type', for: 'edge', name: 'type', type: 'string' },
  { id: 'e_unverified', for: 'edge', name: 'unverified', type: 'boolean' },
  { id: 'e_sourceIds', for: 'edge', name: 'sourceIds', type: 'string' },
  { id: 'e_citations', for: 'edge', name: 'citations', type: 'string' },
];

function label(node: ExportNode): string {
  return node.nameZh ? `${node.nameEn} ${node.nameZh}` : node.nameEn;
}

export function toGraphml(graph: ExportGraph): string {
  const data = (key: string, value: string | boolean | null): string =>
    value === null || value === '' ? '' : `<data key="${key}">${xml(String(value))}</data>`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...[...NODE_KEYS, ...EDGE_KEYS].map((key) => `  <key id="${key.id}" for="${key.for}" attr.name="${key.name}" attr.type="${key.type}"/>`),
    '  <graph id="G" edgedefault="directed">',
    ...graph.nodes.map(
      (node) =>
        `    <node id="${xml(node.id)}">${data('n_kind', node.kind)}${data('n_label', label(node))}${data('n_nameEn', node.nameEn)}${data('n_nameZh', node.nameZh)}` +
        `${data('n_unverified', node.unverified)}${data('n_sourceIds', sourceIds(node.citations))}${data('n_citations', citationsJson(node.citations))}</node>`,
    ),
    ...graph.edges.map(
      (edge) =>
        `    <edge id="${xml(edge.id)}" source="${xml(edge.source)}" target="${xml(edge.target)}">${data('e_type', edge.type)}` +
        `${data('e_unverified', edge.unverified)}${data('e_sourceIds', sourceIds(edge.citations))}${data('e_citations', citationsJson(edge.citations))}</edge>`,
    ),
    '  </graph>',
    '</graphml>',
  ];
  return `${lines.join('\n')}\n`;
}

/** networkx's node-link format (`nx.node_link_graph(data, edges="links")`): a directed multigraph keyed by relationship id. */
export function toNodeLink(graph: ExportGraph): string {
  return JSON.stringify(
    {
      directed: true,
      multigraph: true,
      graph: { name: 'IP programme graph: the explorer view' },
      nodes: graph.nodes.map((node) => ({
        id: node.id,
        kind: node.kind,
        nameEn: node.nameEn,
        nameZh: node.nameZh,
        unverified: node.unverified,
        sourceIds: [...new Set(node.citations.map((citation) => citation.source))],
        citations: node.citations,
      })),
      links: graph.edges.map((edge) => ({
        source: edge.source,
        target: edge.target,
        key: edge.id,
        type: edge.type,
        unverified: edge.unverified,
        sourceIds: [...new Set(edge.citations.map((citation) => citation.source))],
        citations: edge.citations,
      })),
    },
    null,
    2,
  );
}

/** Each quote on a line of its own, after its source's id. */
function quotes(citations: readonly ExportCitation[]): string {
  return citations.map((citation) => `${citation.source}: ${citation.quote ?? '(no quote)'}`).join('\n');
}

export function nodesCsv(graph: ExportGraph): string {
  const rows: CsvValue[][] = graph.nodes.map((node) => [
    node.id,
    node.kind,
    node.nameEn,
    node.nameZh,
    node.unverified,
    sourceIds(node.citations),
    quotes(node.citations),
  ]);
  return csvText(['id', 'kind', 'nameEn', 'nameZh', 'unverified', 'sourceIds', 'quotes'], rows);
}

export function edgesCsv(graph: ExportGraph): string {
  const rows: CsvValue[][] = graph.edges.map((edge) => [
    edge.id,
    edge.type,
    edge.source,
    edge.target,
    edge.unverified,
    sourceIds(edge.citations),
    quotes(edge.citations),
  ]);
  return csvText(['id', 'type', 'source', 'target', 'unverified', 'sourceIds', 'quotes'], rows);
}
