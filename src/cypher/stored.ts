import neo4j from 'neo4j-driver';
import type { CitationRow } from '../records/plan.js';
import type { Layer } from '../vocabulary.js';

/**
 * How facts are stored. Properties: integers as integers, nulls left out. Citations: a node's are
 * SUPPORTED_BY relationships to Source nodes; a relationship cannot point at a node, so its
 * citations are parallel lists on it. Lists cannot hold nulls, so an absent value is an empty
 * string there. Every citation carries its layer.
 */

/** Integers go to Neo4j as integers; JavaScript numbers would otherwise be stored as floats. */
export function storable(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(props)
      .filter(([, value]) => value !== null && value !== undefined)
      .map(([key, value]) => [key, typeof value === 'number' && Number.isInteger(value) ? neo4j.int(value) : value]),
  );
}

export interface NodeCitationRow {
  readonly source: string;
  readonly props: Record<string, unknown>;
}

export function nodeCitationRows(citations: readonly CitationRow[], layer: Layer, start = 0): NodeCitationRow[] {
  return citations.map((citation, index) => ({
    source: citation.source,
    props: {
      position: start + index,
      quote: citation.quote,
      fields: citation.fields ? [...citation.fields] : null,
      note: citation.note,
      unquoted: citation.unquoted,
      checked: citation.checked,
      layer,
    },
  }));
}

export function citationLists(citations: readonly CitationRow[], layer: Layer): Record<string, unknown[]> {
  return {
    citeSources: citations.map((citation) => citation.source),
    citeQuotes: citations.map((citation) => citation.quote ?? ''),
    citeFields: citations.map((citation) => (citation.fields ?? []).join(',')),
    citeNotes: citations.map((citation) => citation.note ?? ''),
    citeUnquoted: citations.map((citation) => citation.unquoted ?? ''),
    citeChecked: citations.map((citation) => citation.checked),
    citeLayers: citations.map(() => layer),
  };
}
