import { getNamedType, type FieldNode, type GraphQLCompositeType, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import { ENTITY_LABELS, TIERS, isAdjacentTier, tierSpec, type Tier } from '../../vocabulary.js';
import { collectFields, subSelections } from './fields.js';
import { constantCase } from './names.js';
import { projectNode, Subqueries } from './projection.js';
import { mapKey, schemaLiteral, Scope, type CypherQuery, type TranslateOptions } from './scope.js';

/** The dashboard aggregations (schema/dashboard.graphql), each one Cypher statement. */

const PROVINCIAL_KINDS = ['PROVINCE', 'AUTONOMOUS_REGION', 'MUNICIPALITY', 'SPECIAL_ADMINISTRATIVE_REGION', 'PRODUCTION_CORPS'];

/** A row type's fields as a Cypher map; `expression` gives each field's value, nested selections included. */
function rowMap(scope: Scope, info: GraphQLResolveInfo, expression: (field: string, nodes: FieldNode[], type: GraphQLObjectType) => string): string {
  const rowType = getNamedType(info.returnType) as GraphQLObjectType;
  const entries = [...collectFields(scope, rowType, subSelections(info.fieldNodes))].map(([key, nodes]) => {
    const field = (nodes[0] as FieldNode).name.value;
    return `${mapKey(key)}: ${field === '__typename' ? schemaLiteral(rowType.name) : expression(field, nodes, rowType)}`;
  });
  return `{${entries.join(', ')}}`;
}

function nested(scope: Scope, variable: string, type: GraphQLObjectType, field: string, nodes: FieldNode[], subqueries: Subqueries): string {
  const fieldType = getNamedType(type.getFields()[field]?.type) as GraphQLCompositeType;
  return projectNode(scope, variable, fieldType, subSelections(nodes), subqueries);
}

export function entityCountsQuery(info: GraphQLResolveInfo, options: TranslateOptions): CypherQuery {
  const scope = Scope.of(info, options);
  const rows = ENTITY_LABELS.map((label) =>
    rowMap(scope, info, (field) => (field === 'kind' ? schemaLiteral(constantCase(label)) : `COUNT { (n:Entity:${label}) }`)),
  );
  return { text: `RETURN [${rows.join(', ')}] AS result`, params: scope.params };
}

/** The year of a designation, or of its batch when it gives none. */
const DESIGNATION_YEAR = 'coalesce(d.year, COLLECT { MATCH (d)-[:IN_BATCH]->(list:Batch) RETURN list.year }[0])';

/** The tiers in the vocabulary's order, for sorting rows by tier the way views list them. */
function tierOrder(scope: Scope, variable: string): string {
  const order = scope.param(Object.keys(TIERS));
  return `[i IN range(0, size(${order}) - 1) WHERE ${order}[i] = ${variable}][0]`;
}

/** The dashboard's filters: each one given narrows what a view counts. */
export interface DesignationFilter {
  readonly tier?: string | null;
  readonly batch?: string | null;
  readonly year?: number | null;
  readonly province?: string | null;
}

/** From a holder up to the provincial-level unit it lies in: a region's PART_OF chain, a park's region first. */
const UP_TO_PROVINCE = '[:LOCATED_IN|PART_OF*0..3]';

/**
 * The conditions on designation `d` for the filters given, as fixed fragments with parameters:
 * a filter left out adds nothing, so the planner sees only what is asked.
 */
function designationConditions(scope: Scope, filter: DesignationFilter): string[] {
  const conditions: string[] = [];
  if (filter.tier) conditions.push(`d.tier = ${scope.param(filter.tier)}`);
  if (filter.batch) conditions.push(`EXISTS { (d)-[:IN_BATCH]->(:Batch {id: ${scope.param(filter.batch)}}) }`);
  if (filter.year !== null && filter.year !== undefined) conditions.push(`${DESIGNATION_YEAR} = ${scope.intParam(filter.year)}`);
  if (filter.province) {
    conditions.push(`EXISTS { MATCH (h:Entity)-[:DESIGNATED_AS]->(d) MATCH (h)-${UP_TO_PROVINCE}->(:Region {id: ${scope.param(filter.province)}}) }`);
  }
  return conditions;
}

const where = (conditions: readonly string[]): string => (conditions.length > 0 ? `WHERE ${conditions.join(' AND ')} ` : '');

/**
 * Each designation kept by `conditions` with a holder and, where a source places it, the holder's
 * provincial-level unit. A holder's unit is looked up once, however many designations it holds:
 * walking up from every designation read the same chain again for each, twice the database hits
 * of the whole dashboard query at 1M nodes (1,361,508 against 694,813).
 */
function designationsWithProvince(scope: Scope, conditions: readonly string[]): string {
  return (
    `MATCH (holder:Entity)-[:DESIGNATED_AS]->(d:Designation) ${where(conditions)}WITH holder, collect(d) AS held ` +
    `OPTIONAL MATCH (holder)-${UP_TO_PROVINCE}->(province:Region) WHERE province.kind IN ${scope.param(PROVINCIAL_KINDS)} ` +
    `UNWIND held AS d `
  );
}

/** A row's `province` field: the unit projected as asked, or null for holders no source places. */
function provinceField(scope: Scope, subqueries: Subqueries): (field: string, nodes: FieldNode[], type: GraphQLObjectType) => string {
  return (field, nodes, type) =>
    field === 'province' ? `CASE WHEN province IS NULL THEN null ELSE ${nested(scope, 'province', type, field, nodes, subqueries)} END` : field;
}

/**
 * Designations by the provincial-level unit of their holders: a region's province up its PART_OF
 * chain, a park's through the region it lies in. Without a tier, the programme's own tiers count
 * and the related programmes' (family H) do not.
 */
export function designationsByProvinceQuery(info: GraphQLResolveInfo, filter: Omit<DesignationFilter, 'province'>, options: TranslateOptions): CypherQuery {
  const scope = Scope.of(info, options);
  const ownTiers = (Object.keys(TIERS) as Tier[]).filter((candidate) => !isAdjacentTier(candidate));
  const conditions = [...(filter.tier ? [] : [`d.tier IN ${scope.param(ownTiers)}`]), ...designationConditions(scope, filter)];
  const subqueries = Subqueries.empty();
  const row = rowMap(scope, info, provinceField(scope, subqueries));
  return {
    text:
      designationsWithProvince(scope, conditions) +
      `WITH province, count(DISTINCT d) AS designations, count(DISTINCT holder) AS holders ` +
      `ORDER BY designations DESC, province.nameEn ASC ` +
      `${subqueries.text()}RETURN collect(${row}) AS result`,
    params: scope.params,
  };
}

/**
 * Designations by the provincial-level unit of their holders and by tier, every tier counted: the
 * units with the most designations first, each one's tiers in the vocabulary's order. With a
 * province, only that unit's rows: a designation held jointly across units counts in each unit.
 */
export function designationsByProvinceAndTierQuery(info: GraphQLResolveInfo, filter: DesignationFilter, options: TranslateOptions): CypherQuery {
  const scope = Scope.of(info, options);
  const conditions = designationConditions(scope, { ...filter, province: null });
  const subqueries = Subqueries.empty();
  const row = rowMap(scope, info, provinceField(scope, subqueries));
  const inProvince = filter.province ? `WHERE province.id = ${scope.param(filter.province)} ` : '';
  return {
    text:
      designationsWithProvince(scope, conditions) +
      `WITH province, d.tier AS tier, count(DISTINCT d) AS designations, count(DISTINCT holder) AS holders ${inProvince}` +
      `WITH province, collect({tier: tier, designations: designations, holders: holders}) AS tiers ` +
      // A designation has one tier, so a unit's designations are the sum of its tiers' counts.
      `UNWIND tiers AS t WITH province, reduce(total = 0, x IN tiers | total + x.designations) AS total, ` +
      `t.tier AS tier, t.designations AS designations, t.holders AS holders ` +
      `ORDER BY total DESC, province.nameEn ASC, ${tierOrder(scope, 'tier')} ASC ` +
      `${subqueries.text()}RETURN collect(${row}) AS result`,
    params: scope.params,
  };
}

/** Designations by year and tier, every tier counted, narrowed by the filters given. */
export function designationsByYearAndTierQuery(info: GraphQLResolveInfo, filter: DesignationFilter, options: TranslateOptions): CypherQuery {
  const scope = Scope.of(info, options);
  const conditions = designationConditions(scope, filter);
  const row = rowMap(scope, info, (field) => field);
  return {
    text:
      `MATCH (d:Designation) ${where(conditions)}WITH ${DESIGNATION_YEAR} AS year, d.tier AS tier, count(*) AS count ` +
      `ORDER BY year ASC, ${tierOrder(scope, 'tier')} ASC RETURN collect(${row}) AS result`,
    params: scope.params,
  };
}

/** Every declared tier, with the designations, holders and batches the graph holds in it. */
export function tiersQuery(info: GraphQLResolveInfo, options: TranslateOptions): CypherQuery {
  const scope = Scope.of(info, options);
  const declared = scope.param(
    (Object.keys(TIERS) as Tier[]).map((tier) => {
      const { family, level, titleZh, titleEn, description } = tierSpec(tier);
      return { tier, family, level, titleZh, titleEn, description, adjacent: isAdjacentTier(tier) };
    }),
  );
  const counts: Readonly<Record<string, string>> = {
    designations: 'COUNT { (:Designation {tier: t.tier}) }',
    holders: 'COUNT { MATCH (h:Entity)-[:DESIGNATED_AS]->(:Designation {tier: t.tier}) RETURN DISTINCT h }',
    batches: 'COUNT { (:Batch {tier: t.tier}) }',
  };
  const row = rowMap(scope, info, (field) => counts[field] ?? `t.${field}`);
  return { text: `UNWIND ${declared} AS t RETURN collect(${row}) AS result`, params: scope.params };
}

/**
 * Every batch with the size its source states and the designations the graph names of it, of the
 * tier, year or batch given; with a province, only the designations whose holders lie in it count.
 */
export function batchCoverageQuery(info: GraphQLResolveInfo, filter: DesignationFilter, options: TranslateOptions): CypherQuery {
  const scope = Scope.of(info, options);
  const batchConditions = [
    ...(filter.tier ? [`b.tier = ${scope.param(filter.tier)}`] : []),
    ...(filter.batch ? [`b.id = ${scope.param(filter.batch)}`] : []),
    ...(filter.year !== null && filter.year !== undefined ? [`b.year = ${scope.intParam(filter.year)}`] : []),
  ];
  const inProvince = designationConditions(scope, { province: filter.province ?? null });
  const subqueries = Subqueries.empty();
  const row = rowMap(scope, info, (field, nodes, type) => {
    if (field === 'batch') return nested(scope, 'b', type, field, nodes, subqueries);
    if (field === 'size') return 'b.size';
    return 'named';
  });
  return {
    text:
      `MATCH (b:Batch) ${where(batchConditions)}` +
      `WITH b, COUNT { MATCH (b)<-[:IN_BATCH]-(d:Designation) ${where(inProvince)}RETURN d } AS named ` +
      `ORDER BY ${tierOrder(scope, 'b.tier')}, b.year, b.number, b.id ` +
      `${subqueries.text()}RETURN collect(${row}) AS result`,
    params: scope.params,
  };
}

/**
 * Each source with the nodes and relationships citing it. The relationships are read in one pass,
 * each counted once per source it names however often it names it, and the counts joined to the
 * sources by id: a count per source would read every relationship once per source.
 */
export function sourceCoverageQuery(info: GraphQLResolveInfo, options: TranslateOptions): CypherQuery {
  const scope = Scope.of(info, options);
  const subqueries = Subqueries.empty();
  let relationshipsAsked = false;
  const row = rowMap(scope, info, (field, nodes, type) => {
    if (field === 'source') return nested(scope, 's', type, field, nodes, subqueries);
    if (field === 'nodes') return 'COUNT { MATCH (s)<-[:SUPPORTED_BY]-(n:Entity) RETURN DISTINCT n }';
    relationshipsAsked = true;
    return 'coalesce([c IN cited WHERE c.source = s.id | c.relationships][0], 0)';
  });
  const cited = relationshipsAsked
    ? 'CALL () { MATCH (:Entity)-[r]->(:Entity) UNWIND r.citeSources AS source WITH DISTINCT r, source ' +
      'WITH source, count(*) AS relationships RETURN collect({source: source, relationships: relationships}) AS cited } '
    : '';
  return {
    text: `${cited}MATCH (s:Source) WITH ${relationshipsAsked ? 'cited, ' : ''}s ORDER BY s.id ${subqueries.text()}RETURN collect(${row}) AS result`,
    params: scope.params,
  };
}

export function coverageBySourceCountQuery(info: GraphQLResolveInfo, options: TranslateOptions): CypherQuery {
  const scope = Scope.of(info, options);
  const row = rowMap(scope, info, (field) => field);
  const distinct = (list: string): string => `size(reduce(seen = [], x IN ${list} | CASE WHEN x IN seen THEN seen ELSE seen + x END))`;
  return {
    text:
      'CALL () { MATCH (n:Entity) RETURN COUNT { MATCH (n)-[:SUPPORTED_BY]->(s:Source) RETURN DISTINCT s } AS sources, 1 AS isNode ' +
      `UNION ALL MATCH (:Entity)-[r]->(:Entity) WHERE r.citeSources IS NOT NULL RETURN ${distinct('r.citeSources')} AS sources, 0 AS isNode } ` +
      'WITH sources, sum(isNode) AS nodes, sum(1 - isNode) AS relationships ORDER BY sources ' +
      `RETURN collect(${row}) AS result`,
    params: scope.params,
  };
}
