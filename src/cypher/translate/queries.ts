import { getNamedType, type FieldNode, type GraphQLCompositeType, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import { ENTITY_LABELS, RELATIONSHIP_TYPES } from '../../vocabulary.js';
import { readings } from '../../divisions/names.js';
import { BadUserInputError } from '../../errors.js';
import { collectFields, subSelections } from './fields.js';
import { MAX_PAGE_SIZE } from '../../config.js';
import { DEFAULT_SEARCH_HITS } from './paging.js';
import { constantCase, pascalCase } from './names.js';
import { projectConnection, projectNode, projectRelationship, Subqueries } from './projection.js';
import { mapKey, schemaLiteral, Scope, type CypherQuery, type TranslateOptions } from './scope.js';

/** The name of the Neo4j full-text index over entity names (created in cypher/setup.ts). */
export const NAME_INDEX = 'entity_search';
const MAX_NEIGHBORHOOD_DEPTH = 3;
const MAX_NEIGHBORHOOD_LIMIT = 100;
const MAX_SUBGRAPH_NODES = 500;
const MAX_PATH_LENGTH = 10;
const MAX_SEARCH_TEXT = 200;
/** How many Lucene hits per hit asked are re-ranked. */
const SEARCH_CANDIDATES = 4;
/** How many Lucene hits per candidate are read when kinds are asked, before the whole index is. */
const KIND_WINDOW = 10;
/** The factor by which a designated place's score rises over an undesignated one's. */
const DESIGNATED_BOOST = 2.0;

function selections(info: GraphQLResolveInfo): ReturnType<typeof subSelections> {
  return subSelections(info.fieldNodes);
}

function namedObject(info: GraphQLResolveInfo, name: string): GraphQLObjectType {
  return info.schema.getType(name) as GraphQLObjectType;
}

function intInRange(value: unknown, min: number, max: number, argument: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new BadUserInputError(`${argument} must be an integer from ${min} to ${max}, not ${String(value)}.`, argument);
  }
  return value;
}

/** Projects the fields of a wrapper type (SearchHit, SubgraphNode, ...) from named Cypher expressions. */
function projectWrapper(
  scope: Scope,
  type: GraphQLObjectType,
  nodes: readonly FieldNode[],
  expressions: (field: string, fieldNodes: FieldNode[]) => string | undefined,
): string {
  const entries: string[] = [];
  for (const [key, fieldNodes] of collectFields(scope, type, subSelections(nodes))) {
    const field = (fieldNodes[0] as FieldNode).name.value;
    const expression = field === '__typename' ? schemaLiteral(type.name) : expressions(field, fieldNodes);
    if (expression !== undefined) entries.push(`${mapKey(key)}: ${expression}`);
  }
  return `{${entries.join(', ')}}`;
}

/** `node(id)`: any entity by its global id. */
export function nodeQuery(info: GraphQLResolveInfo, id: string, options: TranslateOptions): CypherQuery {
  const scope = Scope.of(info, options);
  const nodeType = getNamedType(info.returnType) as GraphQLCompositeType;
  const subqueries = Subqueries.empty();
  const projection = projectNode(scope, 'this', nodeType, selections(info), subqueries);
  return {
    text: `MATCH (this:Entity {id: ${scope.param(id)}}) WITH this LIMIT 1 ${subqueries.text()}RETURN ${projection} AS result`,
    params: scope.params,
  };
}

/** `source(id)`. */
export function sourceQuery(info: GraphQLResolveInfo, id: string, options: TranslateOptions): CypherQuery {
  const scope = Scope.of(info, options);
  const subqueries = Subqueries.empty();
  const projection = projectNode(scope, 'this', namedObject(info, 'Source'), selections(info), subqueries);
  return {
    text: `MATCH (this:Source {id: ${scope.param(id)}}) WITH this LIMIT 1 ${subqueries.text()}RETURN ${projection} AS result`,
    params: scope.params,
  };
}

/** A typed root list (`people`, `regions`, ...): a connection over every node with `label`. */
export function listQuery(info: GraphQLResolveInfo, label: string, options: TranslateOptions): CypherQuery {
  const scope = Scope.of(info, options);
  const field = info.parentType.getFields()[info.fieldName];
  if (!field) throw new Error(`no root field ${info.fieldName}`);
  const subqueries = Subqueries.empty();
  const projection = projectConnection(scope, { field: `${info.parentType.name}.${info.fieldName}`, root: label }, field, info.fieldNodes, subqueries);
  return { text: `${subqueries.text()}RETURN ${projection} AS result`, params: scope.params };
}

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Words the CJK analyzer leaves out of the index (Lucene's English stop set): no term can match them. */
const STOP_WORDS = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(' '),
);

/**
 * A Lucene query in which every word must match, as a whole term or as a prefix, so that a
 * half-typed word already finds; or, fuzzy, as a term a few edits away, for the nearest names to
 * a search that found nothing. The user's words are escaped: they are text, never syntax.
 */
function luceneQuery(text: string, fuzzy: boolean): string {
  const words = text
    .split(/\s+/)
    .map((word) => word.replace(LUCENE_SPECIAL, (char) => `\\${char}`))
    .filter((word) => word.length > 0 && !STOP_WORDS.has(word.toLowerCase()));
  // Two edits on a short word would match almost any word of its length.
  if (fuzzy) return words.map((word) => `${word}~${word.length >= 5 ? 2 : 1}`).join(' AND ');
  return words.map((word) => `(${word} OR ${word}*)`).join(' AND ');
}

/** `search(text, kinds, first)`: ranked full-text hits over names and aliases. */
export function searchQuery(
  info: GraphQLResolveInfo,
  args: { text: string; kinds?: readonly string[] | null; first?: number | null; fuzzy?: boolean | null },
  options: TranslateOptions,
): CypherQuery {
  const text = args.text.trim();
  if (text.length === 0) throw new BadUserInputError('text must not be empty.', 'text');
  if (text.length > MAX_SEARCH_TEXT) {
    throw new BadUserInputError(`text must be at most ${MAX_SEARCH_TEXT} characters.`, 'text');
  }
  const maxHits = Math.min(MAX_PAGE_SIZE, options.maxPageSize);
  const first = intInRange(args.first ?? Math.min(DEFAULT_SEARCH_HITS, maxHits), 1, maxHits, 'first');
  // Traditional characters are searched as written and as simplified: 崑山 finds 昆山.
  const queries = readings(text)
    .map((reading) => luceneQuery(reading, args.fuzzy === true))
    .filter((query) => query.length > 0);
  if (queries.length === 0) throw new BadUserInputError('text has only words too common to search for.', 'text');
  const lucene = queries.length === 1 ? (queries[0] as string) : queries.map((query) => `(${query})`).join(' OR ');
  const scope = Scope.of(info, options);
  const hitType = namedObject(info, 'SearchHit');
  const kindOf = `CASE ${kindCases('hit')} END`;
  const subqueries = Subqueries.empty();
  const projection = projectWrapper(scope, hitType, info.fieldNodes, (field, fieldNodes) => {
    if (field === 'score') return 'score';
    if (field === 'kind') return kindOf;
    if (field === 'node') {
      return projectNode(scope, 'hit', getNamedType(hitType.getFields().node?.type) as GraphQLCompositeType, subSelections(fieldNodes), subqueries);
    }
    return undefined;
  });
  const kinds = args.kinds && args.kinds.length > 0 ? args.kinds.map(pascalCase) : null;
  const index = schemaLiteral(NAME_INDEX);
  const luceneParam = scope.param(lucene);
  const candidates = scope.intParam(first * SEARCH_CANDIDATES);
  // Lucene hands hits over best first; it can stop after a few times `first` of them, enough
  // for the re-ranking below to see every place of the same name.
  let hits = `CALL db.index.fulltext.queryNodes(${index}, ${luceneParam}, {limit: ${candidates}}) YIELD node AS hit, score `;
  if (kinds) {
    // The index knows no kinds, so a window of hits is read and those of the kinds kept. Only
    // when a full window holds too few of them is the rest of the index read, in the same query.
    const window = scope.intParam(first * SEARCH_CANDIDATES * KIND_WINDOW);
    const ofKinds = `any(label IN labels(hit) WHERE label IN ${scope.param(kinds)})`;
    hits =
      `CALL () { CALL db.index.fulltext.queryNodes(${index}, ${luceneParam}, {limit: ${window}}) YIELD node AS hit, score ` +
      `RETURN collect(CASE WHEN ${ofKinds} THEN {hit: hit, score: score} END) AS kept, count(*) AS read } ` +
      `CALL (kept, read) { WITH kept, read WHERE size(kept) >= ${candidates} OR read < ${window} ` +
      `UNWIND kept[0..${candidates}] AS candidate RETURN candidate.hit AS hit, candidate.score AS score ` +
      `UNION ALL WITH kept, read WHERE size(kept) < ${candidates} AND read = ${window} ` +
      `CALL db.index.fulltext.queryNodes(${index}, ${luceneParam}) YIELD node AS hit, score WITH hit, score WHERE ${ofKinds} ` +
      `RETURN hit, score LIMIT ${candidates} } `;
  }
  return {
    text:
      hits +
      // A place the programme designated comes before places of the same name that it did not.
      `WITH hit, score * CASE WHEN EXISTS { (hit)-[:DESIGNATED_AS]->(:Designation) } THEN ${DESIGNATED_BOOST} ELSE 1.0 END AS score ` +
      `ORDER BY score DESC, hit.id LIMIT ${scope.intParam(first)} ` +
      `${subqueries.text()}RETURN collect(${projection}) AS result`,
    params: scope.params,
  };
}

/**
 * `designationHistory(id)`: a region's or park's designations, oldest first. A designation
 * without a year takes its list's; among those of a year, the earliest date a source states
 * comes first (PartialDates are ISO strings, so they sort as text).
 */
export function designationHistoryQuery(info: GraphQLResolveInfo, id: string, options: TranslateOptions): CypherQuery {
  const scope = Scope.of(info, options);
  const subqueries = Subqueries.empty();
  const projection = projectNode(scope, 'this', namedObject(info, 'Designation'), selections(info), subqueries);
  const firstDate = 'coalesce(this.publicizedFrom, this.signedOn, this.approvedOn, this.announcedOn, this.validFrom)';
  return {
    text:
      `MATCH (place:Entity {id: ${scope.param(id)}}) WHERE place:Region OR place:Park WITH place LIMIT 1 ` +
      `CALL (place) { MATCH (place)-[:DESIGNATED_AS]->(this:Designation) ` +
      `OPTIONAL MATCH (this)-[:IN_BATCH]->(batch:Batch) WITH this, min(batch.year) AS batchYear ` +
      `WITH this ORDER BY coalesce(this.year, batchYear), ${firstDate}, this.id ` +
      `${subqueries.text()}RETURN collect(${projection}) AS history } ` +
      `RETURN history AS result`,
    params: scope.params,
  };
}

/** NodeKind of an entity from its label: ProgrammeFigure → PROGRAMME_FIGURE. */
function kindCases(variable: string): string {
  return ENTITY_LABELS.map((label) => `WHEN ${variable}:${label} THEN ${schemaLiteral(constantCase(label))}`).join(' ');
}

/**
 * Relationship types an entity-to-entity walk may follow (never SUPPORTED_BY, which leads to
 * sources). A variable-length pattern cannot exclude a type, so the shortest path names them all.
 * A single step needs no list: every relationship between two entities is of one of these types
 * (the seed and curation create no other, and sources are no entities; the seeded graph is
 * checked in test/api-neighborhood-and-paths.test.ts), so `(f)-[r]-(m:Entity)` says the same in
 * a fifth of the text, which Neo4j and the driver handle with every request.
 */
const WALKABLE = RELATIONSHIP_TYPES.join('|');

/**
 * `neighborhood(id, depth, limit)`: a breadth-first walk, one step per hop, in which every
 * node contributes at most `limit` neighbours and the whole subgraph at most MAX_SUBGRAPH_NODES.
 */
export function neighborhoodQuery(
  info: GraphQLResolveInfo,
  args: { id: string; depth?: number | null; limit?: number | null; offset?: number | null },
  options: TranslateOptions,
): CypherQuery {
  const depth = intInRange(args.depth ?? 1, 1, MAX_NEIGHBORHOOD_DEPTH, 'depth');
  const limit = intInRange(args.limit ?? 25, 1, MAX_NEIGHBORHOOD_LIMIT, 'limit');
  const offset = intInRange(args.offset ?? 0, 0, Number.MAX_SAFE_INTEGER, 'offset');
  const scope = Scope.of(info, options);
  const limitParam = scope.intParam(limit);
  const capParam = scope.intParam(MAX_SUBGRAPH_NODES);
  const offsetParam = scope.intParam(offset);

  // Only the root's own neighbours are paged; deeper hops start from the first of each node's.
  const step = (hop: number): string =>
    `CALL (frontier, seen) { UNWIND frontier AS f ` +
    `CALL (f) { MATCH (f)-[r]-(m:Entity) WITH r, m ORDER BY type(r), m.nameEn, m.id, r.id ` +
    `SKIP ${hop === 0 ? offsetParam : '0'} LIMIT ${limitParam} RETURN r, m } ` +
    `RETURN collect(DISTINCT r) AS stepRels, collect(DISTINCT CASE WHEN m IN seen THEN null ELSE m END) AS stepNodes } ` +
    `WITH root, levels, rels + stepRels AS rels, seen, stepNodes[0..(${capParam} - size(seen))] AS next, ` +
    `truncated OR size(stepNodes) > ${capParam} - size(seen) AS truncated ` +
    `WITH root, levels + [next] AS levels, rels, seen + next AS seen, next AS frontier, truncated `;

  const subgraphType = namedObject(info, 'Subgraph');
  const subgraphNodeType = namedObject(info, 'SubgraphNode');
  let nodesProjection = '[]';
  let relationshipsProjection = '[]';
  const nodeSubqueries = Subqueries.empty();
  const relationshipSubqueries = Subqueries.empty();
  let degreeAsked = false;
  const rootProjection = projectWrapper(scope, subgraphType, info.fieldNodes, (field, fieldNodes) => {
    if (field === 'rootId') return 'root.id';
    if (field === 'truncated') return 'truncated OR overfull';
    if (field === 'nodes') {
      nodesProjection = projectWrapper(scope, subgraphNodeType, fieldNodes, (nodeField, nodeFieldNodes) => {
        if (nodeField === 'distance') return 'distance';
        if (nodeField === 'degree') {
          degreeAsked = true;
          return 'degree';
        }
        if (nodeField === 'node') {
          const nodeType = getNamedType(subgraphNodeType.getFields().node?.type) as GraphQLCompositeType;
          return projectNode(scope, 'n', nodeType, subSelections(nodeFieldNodes), nodeSubqueries);
        }
        return undefined;
      });
      return 'nodes';
    }
    if (field === 'relationships') {
      relationshipsProjection = projectRelationship(scope, 'rel', subSelections(fieldNodes), relationshipSubqueries);
      return 'relationships';
    }
    return undefined;
  });

  // Truncation needs the degree of inner nodes only; counting the outer hop's would cost a count per node.
  const countDegree = 'COUNT { (n)--(:Entity) }';
  const degree = degreeAsked ? countDegree : `CASE WHEN distance < ${scope.intParam(depth)} THEN ${countDegree} END`;
  const text =
    `MATCH (root:Entity {id: ${scope.param(args.id)}}) ` +
    `WITH root, [root] AS seen, [root] AS frontier, [[root]] AS levels, [] AS rels, false AS truncated ` +
    Array.from({ length: depth }, (_, hop) => step(hop)).join('') +
    // A node whose neighbours were cut by the per-node limit makes the subgraph incomplete too.
    `CALL (levels) { UNWIND range(0, size(levels) - 1) AS distance UNWIND levels[distance] AS n ` +
    `WITH n, distance, ${degree} AS degree ` +
    `${nodeSubqueries.text()}RETURN collect(${nodesProjection}) AS nodes, ` +
    `coalesce(max(distance < ${scope.intParam(depth)} AND ` +
    `degree > CASE WHEN distance = 0 THEN ${offsetParam} + ${limitParam} ELSE ${limitParam} END), false) AS overfull } ` +
    `CALL (rels, seen) { UNWIND rels AS rel WITH DISTINCT rel WHERE startNode(rel) IN seen AND endNode(rel) IN seen ` +
    `${relationshipSubqueries.text()}RETURN collect(${relationshipsProjection}) AS relationships } ` +
    `RETURN ${rootProjection} AS result`;
  return { text, params: scope.params };
}

/** `shortestPath(from, to, maxLength)`: one shortest path over entity relationships, in order. */
export function shortestPathQuery(
  info: GraphQLResolveInfo,
  args: { from: string; to: string; maxLength?: number | null },
  options: TranslateOptions,
): CypherQuery {
  const maxLength = intInRange(args.maxLength ?? 6, 1, MAX_PATH_LENGTH, 'maxLength');
  const scope = Scope.of(info, options);
  const pathType = namedObject(info, 'Path');
  const clauses: string[] = [];
  /**
   * The path's nodes or relationships, in order. Without nested lists that is a list comprehension
   * inside the returned map; nested lists need a subquery per element, numbered to keep the order.
   */
  const inOrder = (list: string, element: string, project: (subqueries: Subqueries) => string): string => {
    const subqueries = Subqueries.empty();
    const elementProjection = project(subqueries);
    if (subqueries.text() === '') return `[${element} IN ${list} | ${elementProjection}]`;
    const index = scope.variable('i');
    const projected = scope.variable(list);
    clauses.push(
      `CALL (${list}) { UNWIND range(0, size(${list}) - 1) AS ${index} WITH ${list}[${index}] AS ${element}, ${index} ORDER BY ${index} ` +
        `${subqueries.text()}RETURN collect(${elementProjection}) AS ${projected} } `,
    );
    return projected;
  };
  const projection = projectWrapper(scope, pathType, info.fieldNodes, (field, fieldNodes) => {
    if (field === 'length') return 'size(rs)';
    if (field === 'nodes') {
      const nodeType = getNamedType(pathType.getFields().nodes?.type) as GraphQLCompositeType;
      return inOrder('ns', 'n', (subqueries) => projectNode(scope, 'n', nodeType, subSelections(fieldNodes), subqueries));
    }
    if (field === 'relationships') {
      return inOrder('rs', 'rel', (subqueries) => projectRelationship(scope, 'rel', subSelections(fieldNodes), subqueries));
    }
    return undefined;
  });
  // shortestPath() refuses a path from a node to itself, so that case is its own (still single) query.
  const ends =
    args.from === args.to
      ? `MATCH (a:Entity {id: ${scope.param(args.from)}}) WITH [a] AS ns, [] AS rs `
      : `MATCH (a:Entity {id: ${scope.param(args.from)}}), (b:Entity {id: ${scope.param(args.to)}}) ` +
        // The bound is a validated integer; inside the pattern it stops the search early.
        `MATCH p = shortestPath((a)-[:${WALKABLE}*..${maxLength}]-(b)) ` +
        `WITH nodes(p) AS ns, relationships(p) AS rs `;
  const text = ends + clauses.join('') + `RETURN ${projection} AS result LIMIT 1`;
  return { text, params: scope.params };
}
