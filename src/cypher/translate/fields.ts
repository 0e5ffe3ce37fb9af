import {
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  getDirectiveValues,
  isAbstractType,
  type FieldNode,
  type GraphQLAbstractType,
  type GraphQLCompositeType,
  type GraphQLObjectType,
  type SelectionSetNode,
} from 'graphql';
import { BadUserInputError } from '../../errors.js';
import type { Scope } from './scope.js';

/** Field nodes by response key, in query order; several nodes under one key are merged. */
export type CollectedFields = Map<string, FieldNode[]>;

function included(scope: Scope, node: Parameters<typeof getDirectiveValues>[1]): boolean {
  const skip = getDirectiveValues(GraphQLSkipDirective, node, scope.variableValues);
  if (skip?.if === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, node, scope.variableValues);
  return include?.if !== false;
}

function applies(scope: Scope, typeCondition: string | undefined, runtimeType: GraphQLObjectType): boolean {
  if (!typeCondition || typeCondition === runtimeType.name) return true;
  const conditionType = scope.schema.getType(typeCondition);
  return conditionType !== undefined && isAbstractType(conditionType) && scope.schema.isSubType(conditionType, runtimeType);
}

/**
 * The fields a selection asks of an object of `runtimeType`, following fragments whose type
 * condition fits and honouring @skip and @include, as GraphQL execution itself does.
 */
export function collectFields(
  scope: Scope,
  runtimeType: GraphQLObjectType,
  selectionSets: readonly SelectionSetNode[],
  into: CollectedFields = new Map(),
  visitedFragments: Set<string> = new Set(),
): CollectedFields {
  for (const selectionSet of selectionSets) {
    for (const selection of selectionSet.selections) {
      if (!included(scope, selection)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        // Keys starting with "__" carry the translator's bookkeeping (__typename, __offset, ...).
        if (selection.alias?.value.startsWith('__')) {
          throw new BadUserInputError(`The alias "${selection.alias.value}" is reserved: aliases may not start with "__".`, 'alias');
        }
        const existing = into.get(key);
        if (existing) existing.push(selection);
        else into.set(key, [selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(scope, selection.typeCondition?.name.value, runtimeType)) {
          collectFields(scope, runtimeType, [selection.selectionSet], into, visitedFragments);
        }
      } else {
        const name = selection.name.value;
        const fragment = scope.fragments[name];
        if (!fragment || visitedFragments.has(name)) continue;
        visitedFragments.add(name);
        if (applies(scope, fragment.typeCondition.name.value, runtimeType)) {
          collectFields(scope, runtimeType, [fragment.selectionSet], into, visitedFragments);
        }
      }
    }
  }
  return into;
}

/**
 * Whether the answer to a selection on a value of the abstract type `declared` can depend on the
 * value's concrete type: it asks for `__typename` (under any alias), or has a fragment on any
 * other type. Otherwise it holds only fields of `declared` itself.
 */
export function dependsOnType(
  scope: Scope,
  declared: GraphQLAbstractType,
  selectionSets: readonly SelectionSetNode[],
  visitedFragments: Set<string> = new Set(),
): boolean {
  return selectionSets.some((selectionSet) =>
    selectionSet.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === '__typename';
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition?.name.value;
        return (condition !== undefined && condition !== declared.name) || dependsOnType(scope, declared, [selection.selectionSet], visitedFragments);
      }
      const fragment = scope.fragments[selection.name.value];
      if (!fragment || visitedFragments.has(selection.name.value)) return false;
      visitedFragments.add(selection.name.value);
      return fragment.typeCondition.name.value !== declared.name || dependsOnType(scope, declared, [fragment.selectionSet], visitedFragments);
    }),
  );
}

/** The merged sub-selections of the field nodes under one response key. */
export function subSelections(nodes: readonly FieldNode[]): SelectionSetNode[] {
  return nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
}

/** The object types a value of `type` can be at run time. */
export function possibleTypes(scope: Scope, type: GraphQLCompositeType): readonly GraphQLObjectType[] {
  return isAbstractType(type) ? scope.schema.getPossibleTypes(type) : [type];
}
