import { getDirectiveValues, type FieldDefinitionNode, type GraphQLDirective, type GraphQLSchema, type InputValueDefinitionNode } from 'graphql';
import { RELATIONSHIPS, type RelationshipType } from '../../vocabulary.js';

export interface RelationshipSpec {
  readonly type: RelationshipType;
  readonly direction: 'OUT' | 'IN';
}

function isRelationshipType(value: unknown): value is RelationshipType {
  return typeof value === 'string' && Object.hasOwn(RELATIONSHIPS, value);
}

/** The @relationship directive of a field or input field, checked against the model. */
export function relationshipDirective(schema: GraphQLSchema, node: FieldDefinitionNode | InputValueDefinitionNode): RelationshipSpec | undefined {
  const directive = schema.getDirective('relationship') as GraphQLDirective;
  const values = getDirectiveValues(directive, node);
  if (!values) return undefined;
  if (!isRelationshipType(values.type)) {
    throw new Error(`@relationship names an unknown relationship type: ${String(values.type)}`);
  }
  return { type: values.type, direction: values.direction === 'IN' ? 'IN' : 'OUT' };
}

/** The node label behind a GraphQL type: interface `Node` means any entity. */
export function targetLabel(typeName: string): string {
  return typeName === 'Node' ? 'Entity' : typeName;
}

/** `(from)-[rel:TYPE]->(to:Label)`, or the reverse for IN; `rel` may be empty. */
export function relationshipPattern(from: string, relationshipVariable: string, spec: RelationshipSpec, to: string, label: string): string {
  const rel = `[${relationshipVariable}:${spec.type}]`;
  return spec.direction === 'OUT' ? `(${from})-${rel}->(${to}:${label})` : `(${from})<-${rel}-(${to}:${label})`;
}
