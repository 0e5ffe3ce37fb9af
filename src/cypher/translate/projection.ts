import {
  getArgumentValues,
  getNamedType,
  isAbstractType,
  isInterfaceType,
  isObjectType,
  type FieldNode,
  type GraphQLAbstractType,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLInputObjectType,
  type GraphQLObjectType,
  type SelectionSetNode,
} from 'graphql';
import { nodeListKey } from '../../graph/records.js';
import { collectFields, dependsOnType, possibleTypes, subSelections } from './fields.js';
import { wherePredicate } from './filters.js';
import {
  afterPredicate,
  cursorFingerprint,
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  keyList,
  orderByText,
  pageSize,
  sortKeys,
  RELATIONSHIP_KEY,
  type OrderInput,
  type SortKey,
} from './paging.js';
import { relationshipDirective, relationshipPattern, targetLabel, type RelationshipSpec } from './relationships.js';
import { constantCase, pascalCase } from './names.js';
import { mapKey, schemaLiteral, type Scope } from './scope.js';

/** Properties stored as lists, which GraphQL declares non-null. */
const LIST_PROPERTIES = new Set(['aliases']);

function objectType(scope: Scope, name: string): GraphQLObjectType {
  const type = scope.schema.getType(name);
  if (!isObjectType(type)) throw new Error(`${name} is not an object type`);
  return type;
}

/** Predicates joined by AND, `true` left out. */
function allOf(predicates: readonly string[]): string {
  const parts = predicates.filter((part) => part !== 'true');
  return parts.length === 0 ? 'true' : parts.map((part) => (parts.length > 1 ? `(${part})` : part)).join(' AND ');
}

function mapOf(entries: readonly string[]): string {
  return `{${entries.join(', ')}}`;
}

/**
 * The CALL subqueries a projection needs ahead of its RETURN. Nested lists (connections,
 * citations) are computed there rather than as COLLECT {} expressions inside the returned map:
 * Neo4j plans a CALL as an Apply over the outer rows, but evaluates an expression subquery
 * inside a CASE or map as a separate nested plan per row, which measured about 40% slower on
 * the three-level benchmark query. The caller places `text()` after the clause that binds the
 * projected variable and before the RETURN that uses the expression.
 */
export class Subqueries {
  private constructor(
    private readonly clauses: string[],
    private readonly guard: string | undefined,
  ) {}

  static empty(): Subqueries {
    return new Subqueries([], undefined);
  }

  /**
   * Subqueries of one branch of an interface projection: they do their work only for rows of
   * that branch's types, whose result the CASE keeps.
   */
  guarded(condition: string | undefined): Subqueries {
    if (condition === undefined) return this;
    return new Subqueries(this.clauses, this.guard === undefined ? condition : `(${this.guard}) AND (${condition})`);
  }

  /** `predicate` with the branch guard, as a WHERE clause ('' when there is nothing to test). */
  where(predicate = 'true'): string {
    const parts = [this.guard, predicate === 'true' ? undefined : predicate].filter((part) => part !== undefined);
    return parts.length === 0 ? '' : ` WHERE ${parts.map((part) => (parts.length > 1 ? `(${part})` : part)).join(' AND ')}`;
  }

  add(clause: string): void {
    this.clauses.push(clause);
  }

  text(): string {
    return this.clauses.map((clause) => `${clause} `).join('');
  }
}

/**
 * Projects a value of a composite type held in `variable`. For an interface, the concrete
 * types that the selection treats alike share one branch, so nesting interfaces does not
 * multiply the query's size.
 */
function projectComposite(
  scope: Scope,
  type: GraphQLCompositeType,
  /** The abstract type the schema declares the field as, if it does, even where the concrete type is known here. */
  declared: GraphQLAbstractType | undefined,
  selections: readonly SelectionSetNode[],
  subqueries: Subqueries,
  typeCondition: (type: GraphQLObjectType) => string,
  typeNameOf: () => string,
  projectObject: (type: GraphQLObjectType, fields: Map<string, FieldNode[]>, typeName: string, subqueries: Subqueries) => string,
): string {
  const candidates = possibleTypes(scope, type);
  const branches = new Map<string, { types: GraphQLObjectType[]; fields: Map<string, FieldNode[]> }>();
  // Two types share a branch when they collect the very same field nodes under the same keys.
  const nodeIds = new Map<FieldNode, number>();
  const idOf = (node: FieldNode): number => {
    const known = nodeIds.get(node);
    if (known !== undefined) return known;
    nodeIds.set(node, nodeIds.size);
    return nodeIds.size - 1;
  };
  for (const candidate of candidates) {
    const fields = collectFields(scope, candidate, selections);
    const signature = [...fields.entries()].map(([key, nodes]) => `${key}:${nodes.map(idOf).join('+')}`).join(',');
    const branch = branches.get(signature);
    if (branch) branch.types.push(candidate);
    else branches.set(signature, { types: [candidate], fields });
  }
  const all = [...branches.values()];
  // The branch that most types share needs no test of its own: it is what remains.
  const widest = all.reduce((best, branch) => (branch.types.length > best.types.length ? branch : best));
  const conditionOf = (types: readonly GraphQLObjectType[]): string => types.map(typeCondition).join(' OR ');
  const others = all.filter((branch) => branch !== widest);
  // GraphQL takes an abstract value's type from `__typename`. Where nothing in the selection
  // depends on that type, every type of the interface answers alike (none has resolvers of its
  // own for the interface's fields, as test/api-neighborhood-and-paths.test.ts checks), so the key
  // is left out and the interface's type resolver takes a stand-in (src/resolvers/core.ts). That
  // spares Neo4j the labels and the wire the key: 4.7 KB of the 20.7 KB a 500-node neighbourhood took.
  const typed = declared !== undefined && dependsOnType(scope, declared, selections);
  const projections = all.map((branch) => {
    const { types, fields } = branch;
    // Fields shared by every type of a branch come from the interface, so the first type serves for all.
    const [first] = types as [GraphQLObjectType, ...GraphQLObjectType[]];
    const typeName = types.length === 1 ? schemaLiteral(first.name) : typeNameOf();
    // Where the type travels, GraphQL answers `__typename` from it; on a concrete type graphql-js
    // answers it itself, and the key would only travel for nothing.
    fields.delete('__typename');
    const guard =
      others.length === 0 ? undefined : branch === widest ? `NOT (${others.map((other) => conditionOf(other.types)).join(' OR ')})` : conditionOf(types);
    const map = projectObject(first, fields, typeName, subqueries.guarded(guard));
    if (!typed) return { branch, map };
    return { branch, map: map === '{}' ? `{__typename: ${typeName}}` : `{__typename: ${typeName}, ${map.slice(1)}` };
  });
  const widestMap = projections.find((projection) => projection.branch === widest)?.map ?? 'null';
  if (projections.length === 1) return widestMap;
  const cases = projections.filter((projection) => projection.branch !== widest).map(({ branch, map }) => `WHEN ${conditionOf(branch.types)} THEN ${map}`);
  return `CASE ${cases.join(' ')} ELSE ${widestMap} END`;
}

/** Projects an entity (a Node, or Source) held in `variable` as the selection asks. */
export function projectNode(
  scope: Scope,
  variable: string,
  type: GraphQLCompositeType,
  selections: readonly SelectionSetNode[],
  subqueries: Subqueries,
): string {
  // An entity's kind label is its GraphQL type name: the labels travel, and Node's type resolver
  // picks it out (src/resolvers/core.ts), ignoring other labels a database may add. Picking it in
  // Cypher took a parameter of every label and a list comprehension, 170 bytes more per statement.
  const typeNameOf = (): string => `labels(${variable})`;
  return projectComposite(
    scope,
    type,
    isAbstractType(type) ? type : undefined,
    selections,
    subqueries,
    (candidate) => `${variable}:${candidate.name}`,
    typeNameOf,
    (objType, fields, typeName, branch) => {
      const entries: string[] = [];
      for (const [key, nodes] of fields) {
        const [node] = nodes as [FieldNode];
        const name = node.name.value;
        const field = objType.getFields()[name];
        if (name === '__typename') {
          entries.push(`${mapKey(key)}: ${typeName}`);
          continue;
        }
        if (!field) continue;
        const spec = field.astNode ? relationshipDirective(scope.schema, field.astNode) : undefined;
        if (spec) {
          entries.push(`${mapKey(key)}: ${projectConnection(scope, { field: `${objType.name}.${name}`, parent: variable, spec }, field, nodes, branch)}`);
        } else if (name === 'sources') {
          entries.push(`${mapKey(key)}: ${projectNodeCitations(scope, variable, subSelections(nodes), branch)}`);
        } else if (LIST_PROPERTIES.has(name)) {
          entries.push(`${mapKey(key)}: coalesce(${variable}.${name}, [])`);
        } else {
          entries.push(`${mapKey(key)}: ${variable}.${name}`);
        }
      }
      return mapOf(entries);
    },
  );
}

/** Projects a relationship held in `variable` as the selection on `Relationship` asks. */
export function projectRelationship(
  scope: Scope,
  variable: string,
  selections: readonly SelectionSetNode[],
  subqueries: Subqueries,
  knownType?: string,
): string {
  const relationshipInterface = scope.schema.getType('Relationship');
  if (!relationshipInterface || !isInterfaceType(relationshipInterface)) throw new Error('schema lacks Relationship');
  // Walking one relationship type, the concrete type is known and needs no test in Cypher.
  const type = knownType ? objectType(scope, pascalCase(knownType)) : relationshipInterface;
  // The relationship's own type (HOLDS_POST): Relationship's type resolver names its GraphQL type
  // (src/resolvers/core.ts), which costs less than a CASE over every type in each statement.
  const typeNameOf = (): string => `type(${variable})`;
  return projectComposite(
    scope,
    type,
    // Every field holding a relationship is declared as the Relationship interface.
    relationshipInterface,
    selections,
    subqueries,
    (candidate) => `type(${variable}) = ${schemaLiteral(constantCase(candidate.name))}`,
    typeNameOf,
    (_objType, fields, typeName, branch) => {
      const entries: string[] = [];
      for (const [key, nodes] of fields) {
        const name = (nodes[0] as FieldNode).name.value;
        const expression =
          name === '__typename'
            ? typeName
            : name === 'type'
              ? `type(${variable})`
              : name === 'startId'
                ? `startNode(${variable}).id`
                : name === 'endId'
                  ? `endNode(${variable}).id`
                  : name === 'sources'
                    ? projectRelationshipCitations(scope, variable, subSelections(nodes), branch)
                    : `${variable}.${name}`;
        entries.push(`${mapKey(key)}: ${expression}`);
      }
      return mapOf(entries);
    },
  );
}

/** Cypher expressions for a citation's fields, however it is stored. */
interface CitationParts {
  readonly source: string;
  readonly quote: string;
  readonly fields: string;
  readonly note: string;
  readonly unquoted: string;
  readonly checked: string;
  readonly layer: string;
}

function projectCitation(scope: Scope, selections: readonly SelectionSetNode[], parts: CitationParts, subqueries: Subqueries): string {
  const citationType = objectType(scope, 'Citation');
  const sourceType = objectType(scope, 'Source');
  const entries: string[] = [];
  for (const [key, nodes] of collectFields(scope, citationType, selections)) {
    const name = (nodes[0] as FieldNode).name.value;
    const expression =
      name === '__typename'
        ? schemaLiteral('Citation')
        : name === 'source'
          ? projectNode(scope, parts.source, sourceType, subSelections(nodes), subqueries)
          : name in parts
            ? parts[name as keyof CitationParts]
            : undefined;
    if (expression !== undefined) entries.push(`${mapKey(key)}: ${expression}`);
  }
  return mapOf(entries);
}

/** A node's citations are SUPPORTED_BY relationships to Source nodes, kept in load order. */
function projectNodeCitations(scope: Scope, variable: string, selections: readonly SelectionSetNode[], subqueries: Subqueries): string {
  const cite = scope.variable('c');
  const source = scope.variable('s');
  const list = scope.variable('cs');
  const inner = Subqueries.empty();
  const map = projectCitation(
    scope,
    selections,
    {
      source,
      quote: `${cite}.quote`,
      fields: `${cite}.fields`,
      note: `${cite}.note`,
      unquoted: `${cite}.unquoted`,
      checked: `coalesce(${cite}.checked, false)`,
      layer: `${cite}.layer`,
    },
    inner,
  );
  subqueries.add(
    `CALL (${variable}) { MATCH (${variable})-[${cite}:SUPPORTED_BY]->(${source}:Source)${subqueries.where()} ` +
      `WITH ${cite}, ${source} ORDER BY ${cite}.position ${inner.text()}RETURN collect(${map}) AS ${list} }`,
  );
  return list;
}

/** A relationship's citations are parallel lists on it (a relationship cannot point at a node). */
function projectRelationshipCitations(scope: Scope, variable: string, selections: readonly SelectionSetNode[], subqueries: Subqueries): string {
  const index = scope.variable('i');
  const source = scope.variable('s');
  const list = scope.variable('cs');
  const at = (property: string): string => `${variable}.${property}[${index}]`;
  const inner = Subqueries.empty();
  const map = projectCitation(
    scope,
    selections,
    {
      source,
      quote: `CASE ${at('citeQuotes')} WHEN '' THEN null ELSE ${at('citeQuotes')} END`,
      fields: `CASE ${at('citeFields')} WHEN '' THEN null ELSE split(${at('citeFields')}, ',') END`,
      note: `CASE ${at('citeNotes')} WHEN '' THEN null ELSE ${at('citeNotes')} END`,
      unquoted: `CASE ${at('citeUnquoted')} WHEN '' THEN null ELSE ${at('citeUnquoted')} END`,
      checked: `coalesce(${at('citeChecked')}, false)`,
      layer: at('citeLayers'),
    },
    inner,
  );
  subqueries.add(
    `CALL (${variable}) { UNWIND range(0, size(coalesce(${variable}.citeSources, [])) - 1) AS ${index} ` +
      `MATCH (${source}:Source {id: ${at('citeSources')}})${subqueries.where()} ` +
      `WITH ${index}, ${source} ORDER BY ${index} ${inner.text()}RETURN collect(${map}) AS ${list} }`,
  );
  return list;
}

/** A relationship filter of the form `{ id: "..." }` in a root list's where, which can anchor its pattern. */
function anchoringFilter(
  scope: Scope,
  whereType: GraphQLInputObjectType,
  where: Record<string, unknown>,
): { key: string; spec: RelationshipSpec; id: string } | undefined {
  for (const [key, value] of Object.entries(where)) {
    const field = whereType.getFields()[key];
    const spec = field?.astNode ? relationshipDirective(scope.schema, field.astNode) : undefined;
    if (!spec || typeof value !== 'object' || value === null) continue;
    const entries = Object.entries(value);
    const [only] = entries;
    if (entries.length === 1 && only?.[0] === 'id' && typeof only[1] === 'string') return { key, spec, id: only[1] };
  }
  return undefined;
}

/**
 * Where a connection's items come from: a label at the root, or a relationship walked from a
 * parent. `field` names the list for its cursors: `Query.regions`, `Person.posts`.
 */
export type ConnectionOrigin = { readonly field: string } & ({ readonly parent: string; readonly spec: RelationshipSpec } | { readonly root: string });

interface ConnectionArgs {
  readonly where?: Record<string, unknown> | null;
  readonly orderBy?: readonly OrderInput[] | null;
  readonly first?: number | null;
  readonly after?: string | null;
}

/**
 * Projects a connection field: one page of edges, and the bookkeeping the connection resolvers
 * derive cursors and pageInfo from: when cursors are asked, each edge's sort key (`__key`) and
 * the list's cursor fingerprint; when pageInfo is asked, the page size (`__first`), whether
 * `after` was given and the sort keys of the page and of the row after it (`__keys`); and the
 * filter's total (`__total`, when totalCount is asked). With pageInfo the page is `first + 1`
 * rows long: the extra row only says that another page follows, and the resolvers leave it out.
 * Without pageInfo nothing needs it, so it is neither read nor projected, nested lists included.
 */
export function projectConnection(
  scope: Scope,
  origin: ConnectionOrigin,
  field: GraphQLField<unknown, unknown>,
  nodes: readonly FieldNode[],
  subqueries: Subqueries,
): string {
  const args = getArgumentValues(field, nodes[0] as FieldNode, scope.variableValues) as ConnectionArgs;
  const connectionType = getNamedType(field.type) as GraphQLObjectType;
  const edgeType = getNamedType(connectionType.getFields().edges?.type) as GraphQLObjectType;
  const nodeType = getNamedType(edgeType.getFields().node?.type) as GraphQLCompositeType;
  const whereType = field.args.find((arg) => arg.name === 'where')?.type;
  const first = pageSize(args.first, DEFAULT_PAGE_SIZE, scope.options.maxPageSize);

  const target = scope.variable('n');
  const relationship = 'parent' in origin ? scope.variable('r') : '';
  const label = 'root' in origin ? origin.root : targetLabel(nodeType.name);
  const whereInput = whereType ? (getNamedType(whereType) as GraphQLInputObjectType) : undefined;
  const keys = sortKeys(target, nodeType, args.orderBy, label === 'Source' ? 'TITLE' : 'NAME_EN', relationship || undefined);
  const fingerprint = cursorFingerprint(origin.field, args.where, keys);
  // Decoded before anything else is built, so that a bad cursor is refused as such.
  const after = typeof args.after === 'string' ? decodeCursor(args.after, fingerprint, keys) : null;
  let where = args.where ?? null;
  let pattern: string;
  // An anchored root list could reach a node along two relationships to the anchor.
  let distinct = false;
  if ('parent' in origin) {
    pattern = relationshipPattern(origin.parent, relationship, origin.spec, target, label);
  } else {
    // Entity as well as the kind: a shared database's other nodes with the same label stay out.
    const own = `${target}:${label === 'Source' ? 'Source' : `Entity:${label}`}`;
    const anchor = where && whereInput ? anchoringFilter(scope, whereInput, where) : undefined;
    if (anchor && where) {
      // A filter on a related node's id becomes the pattern's start, found by the id index,
      // instead of a test on every node of the label.
      const anchorVariable = scope.variable('a');
      pattern = relationshipPattern(own, '', anchor.spec, anchorVariable, `Entity {id: ${scope.param(anchor.id)}}`);
      where = Object.fromEntries(Object.entries(where).filter(([key]) => key !== anchor.key));
      distinct = true;
    } else {
      pattern = `(${own})`;
    }
  }
  const predicate = where && whereInput ? wherePredicate(scope, target, whereInput, where) : 'true';
  const imports = 'parent' in origin ? origin.parent : '';
  const afterCursor = after ? afterPredicate(keys, after, (value) => scope.param(value)) : 'true';

  const connectionFields = collectFields(scope, connectionType, subSelections(nodes));
  const asked = (name: string): boolean => [...connectionFields.values()].some((fieldNodes) => (fieldNodes[0] as FieldNode).name.value === name);
  const edgeFields = [...connectionFields]
    .filter(([, fieldNodes]) => (fieldNodes[0] as FieldNode).name.value === 'edges')
    .map(([key, fieldNodes]) => ({ key, fields: collectFields(scope, edgeType, subSelections(fieldNodes)) }));
  const edgeAsks = (fields: Map<string, readonly FieldNode[]>, name: string): boolean =>
    [...fields.values()].some((fieldNodes) => (fieldNodes[0] as FieldNode).name.value === name);
  // Sort keys and the fingerprint make cursors; a page read without any travels without them,
  // and whether `after` was given only says hasPreviousPage.
  const cursors = asked('pageInfo') || edgeFields.some(({ fields }) => edgeAsks(fields, 'cursor'));
  // The relationship's key only orders parallel relationships to one node. Where the page
  // neither shows relationships nor pages by cursor, such edges answer alike in either order,
  // so the relationship is neither sorted on nor carried: Neo4j reads no property of it.
  const keepsRelationship = relationship !== '' && (cursors || after !== null || edgeFields.some(({ fields }) => edgeAsks(fields, 'relationship')));
  const pageKeys = keepsRelationship ? keys : keys.filter((key) => key.name !== RELATIONSHIP_KEY);
  const carried = keepsRelationship ? `${relationship}, ${target}` : `${distinct ? 'DISTINCT ' : ''}${target}`;
  const pageOrder = `ORDER BY ${orderByText(pageKeys)} LIMIT ${scope.intParam(asked('pageInfo') ? first + 1 : first)}`;

  const entries: string[] = [];
  if (asked('pageInfo')) entries.push(`__first: ${scope.intParam(first)}`, `__after: ${after ? 'true' : 'false'}`);
  if (cursors) entries.push(`__fingerprint: ${scope.param(fingerprint)}`);
  // The total counts the whole filter; the page starts after the cursor.
  const allRows = `MATCH ${pattern}${subqueries.where(predicate)}`;
  let pageRows: string;
  let pageImports = imports;
  if (asked('totalCount') && (asked('edges') || asked('pageInfo')) && ('parent' in origin || distinct || predicate !== 'true')) {
    // Total and page from one match: its rows are collected once, counted, and the page is
    // ordered from the list. A root list without a filter keeps its two passes, because Neo4j
    // counts a label from its count store and pages it in index order, where a list would hold
    // every node of the kind.
    const rows = scope.variable('rows');
    // Only an anchored root list, which walks no relationship of its own, can meet a node twice.
    const collected = keepsRelationship ? `[${relationship}, ${target}]` : `${distinct ? 'DISTINCT ' : ''}${target}`;
    subqueries.add(`CALL (${imports}) { ${allRows} RETURN collect(${collected}) AS ${rows} }`);
    entries.push(`__total: size(${rows})`);
    const row = scope.variable('row');
    const unwound = keepsRelationship ? `UNWIND ${rows} AS ${row} WITH ${row}[0] AS ${relationship}, ${row}[1] AS ${target}` : `UNWIND ${rows} AS ${target}`;
    const kept = afterCursor === 'true' ? '' : `${keepsRelationship ? '' : ` WITH ${target}`} WHERE ${afterCursor}`;
    pageRows = `${unwound}${kept} WITH ${keepsRelationship ? `${relationship}, ` : ''}${target} ${pageOrder}`;
    pageImports = rows;
  } else {
    if (asked('totalCount')) {
      const total = scope.variable('t');
      subqueries.add(`CALL (${imports}) { ${allRows} RETURN count(${distinct ? `DISTINCT ${target}` : '*'}) AS ${total} }`);
      entries.push(`__total: ${total}`);
    }
    const [leading] = keys as [SortKey, ...SortKey[]];
    // The leading key of a root list is always present when the schema makes it non-null;
    // saying so lets Neo4j read the page in the order of the kind's index on it (names) and stop
    // after it, instead of sorting every node of the kind.
    const present = 'root' in origin && !leading.nullable ? `${leading.expression} IS NOT NULL` : 'true';
    pageRows = `MATCH ${pattern}${subqueries.where(allOf([predicate, afterCursor, present]))} WITH ${carried} ${pageOrder}`;
  }
  for (const [key, fieldNodes] of connectionFields) {
    if ((fieldNodes[0] as FieldNode).name.value === '__typename') entries.push(`${mapKey(key)}: ${schemaLiteral(connectionType.name)}`);
  }
  let firstEdgeList: string | undefined;
  for (const [index, { key, fields }] of edgeFields.entries()) {
    // pageInfo takes the page's keys from the first edge list.
    const edgeEntries = edgeAsks(fields, 'cursor') || (index === 0 && asked('pageInfo')) ? [`__key: ${keyList(keys)}`] : [];
    // The edge's own nested lists run inside this subquery, once per edge of the page.
    const inner = Subqueries.empty();
    let nodeMap: string | undefined;
    for (const [edgeKey, edgeNodes] of fields) {
      const edgeField = (edgeNodes[0] as FieldNode).name.value;
      if (edgeField === 'node') {
        nodeMap = projectNode(scope, target, nodeType, subSelections(edgeNodes), inner);
        edgeEntries.push(`${mapKey(edgeKey)}: ${nodeMap}`);
      } else if (edgeField === 'relationship') {
        edgeEntries.push(
          `${mapKey(edgeKey)}: ${'spec' in origin ? projectRelationship(scope, relationship, subSelections(edgeNodes), inner, origin.spec.type) : 'null'}`,
        );
      } else if (edgeField === '__typename') {
        edgeEntries.push(`${mapKey(edgeKey)}: ${schemaLiteral(edgeType.name)}`);
      }
    }
    const edgeList = scope.variable('e');
    // Edges that hold only `node` travel as their nodes: a map fewer per edge for Neo4j to build
    // and the driver to decode. The edges resolver wraps them again (src/resolvers/connection.ts).
    const bare = nodeMap !== undefined && edgeEntries.length === 1 && fields.size === 1 && fields.has('node');
    subqueries.add(`CALL (${pageImports}) { ${pageRows} ${inner.text()}RETURN collect(${bare ? nodeMap : mapOf(edgeEntries)}) AS ${edgeList} }`);
    entries.push(`${mapKey(bare ? nodeListKey(key) : key)}: ${edgeList}`);
    firstEdgeList ??= edgeList;
  }
  if (asked('pageInfo')) {
    // The page's keys come with its edges when those are asked; otherwise the keys alone are fetched.
    if (firstEdgeList) {
      const edge = scope.variable('x');
      entries.push(`__keys: [${edge} IN ${firstEdgeList} | ${edge}.__key]`);
    } else {
      const keyRows = scope.variable('k');
      subqueries.add(`CALL (${pageImports}) { ${pageRows} RETURN collect(${keyList(keys)}) AS ${keyRows} }`);
      entries.push(`__keys: ${keyRows}`);
    }
  }
  return mapOf(entries);
}
