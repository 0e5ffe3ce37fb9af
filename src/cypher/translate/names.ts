/**
 * The naming conventions that tie the SDL to the graph: enum values and relationship types are
 * CONSTANT_CASE, labels and GraphQL type names PascalCase, properties camelCase.
 */

/** PROGRAMME_FIGURE → ProgrammeFigure (a NodeKind to its label; HOLDS_POST → HoldsPost). */
export function pascalCase(constant: string): string {
  return constant
    .toLowerCase()
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

/** ProgrammeFigure → PROGRAMME_FIGURE (a label to its NodeKind; HoldsPost → HOLDS_POST). */
export function constantCase(pascal: string): string {
  return pascal.replace(/(?<!^)([A-Z])/g, '_$1').toUpperCase();
}

/** START_DATE → startDate (a sort-field enum value to its property). */
export function camelCase(constant: string): string {
  const pascal = pascalCase(constant);
  return pascal.charAt(0).toLowerCase() + pascal.slice(1);
}
