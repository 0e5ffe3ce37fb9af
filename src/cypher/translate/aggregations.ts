import { getNamedType, type FieldNode, type GraphQLCompositeType, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import { ENTITY_LABELS } from '../../model.js';
import { collectFields, subSelections } from './fields.js';
import { constantCase } from './names.js';
import { projectNode, Subqueries } from './projection.js';
import { mapKey, schemaLiteral, Scope, type CypherQuery } from './scope.js';

/** The dashboard aggregations (schema/dashboard.graphql), each one Cypher statement. */

const PROVINCIAL_KINDS = ['PROVINCE', 'AUTONOMOUS_REGION', 'MUNICIPALITY', 'SPECIAL_ADMINISTRATIVE_REGION', 'PRODUCTION_CORPS'];

/** A row type's fields as a Cypher map; `expression` gives each field's value, nested selections included. */
function rowMap(
  scope: Scope,
  info: GraphQLResolveInfo,
  expression: (field: string, nodes: FieldNode[], type: GraphQLObjectType) => string,
): string {
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

export function entityCountsQuery(info: GraphQLResolveInfo): CypherQuery {
  const scope = Scope.of(info);
  const rows = ENTITY_LABELS.map((label) =>
    rowMap(scope, info, (field) => (field === 'kind' ? schemaLiteral(constantCase(label)) : `COUNT { (n:Entity:${label}) }`)),
  );
  return { text: `RETURN [${rows.join(', ')}] AS result`, params: scope.params };
}

export function designationsByProvinceQuery(info: GraphQLResolveInfo, tier: string | null | undefined): CypherQuery {
  const scope = Scope.of(info);
  const tierParam = scope.param(tier ?? null);
  const subqueries = Subqueries.empty();
  const row = rowMap(scope, info, (field, nodes, type) => {
    if (field === 'province') {
      return `CASE WHEN province IS NULL THEN null ELSE ${nested(scope, 'province', type, field, nodes, subqueries)} END`;
    }
    return field;
  });
  return {
    text:
      `MATCH (holder:Entity)-[:DESIGNATED_AS]->(d:Designation) WHERE ${tierParam} IS NULL OR d.tier = ${tierParam} ` +
      `OPTIONAL MATCH (holder)-[:PART_OF*0..2]->(province:Region) WHERE province.kind IN ${scope.param(PROVINCIAL_KINDS)} ` +
      `WITH province, count(DISTINCT d) AS designations, count(DISTINCT holder) AS holders ` +
      `ORDER BY designations DESC, province.nameEn ASC ` +
      `${subqueries.text()}RETURN collect(${row}) AS result`,
    params: scope.params,
  };
}

export function designationsByYearAndTierQuery(info: GraphQLResolveInfo): CypherQuery {
  const scope = Scope.of(info);
  const row = rowMap(scope, info, (field) => field);
  return {
    text:
      'MATCH (d:Designation) WITH d.year AS year, d.tier AS tier, count(*) AS count ' +
      `ORDER BY year ASC, tier ASC RETURN collect(${row}) AS result`,
    params: scope.params,
  };
}

export function sourceCoverageQuery(info: GraphQLResolveInfo): CypherQuery {
  const scope = Scope.of(info);
  const subqueries = Subqueries.empty();
  const row = rowMap(scope, info, (field, nodes, type) => {
    if (field === 'source') return nested(scope, 's', type, field, nodes, subqueries);
    if (field === 'nodes') return 'COUNT { MATCH (s)<-[:SUPPORTED_BY]-(n:Entity) RETURN DISTINCT n }';
    return 'COUNT { MATCH (:Entity)-[r]->(:Entity) WHERE s.id IN r.citeSources }';
  });
  return { text: `MATCH (s:Source) WITH s ORDER BY s.id ${subqueries.text()}RETURN collect(${row}) AS result`, params: scope.params };
}

export function coverageBySourceCountQuery(info: GraphQLResolveInfo): CypherQuery {
  const scope = Scope.of(info);
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
