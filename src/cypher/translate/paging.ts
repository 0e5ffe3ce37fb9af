import { createHash } from 'node:crypto';
import { getNamedType, isNonNullType, isUnionType, type GraphQLCompositeType } from 'graphql';
import neo4j from 'neo4j-driver';
import { MAX_PAGE_SIZE } from '../../config.js';
import { BadUserInputError } from '../../errors.js';
import { camelCase } from './names.js';

/**
 * Paging: page sizes, and keyset cursors. A page is the rows strictly after the cursor's sort
 * key in the list's order, so rows written or deleted elsewhere in the list never shift a page.
 * A cursor is base64url JSON `{f, k}`: `f` fingerprints what defines the sequence (where the
 * list comes from, its filter, its order) and `k` holds the edge's sort-key values, ties included.
 */

/** A connection's `first` when the query gives none, unless the configured maximum is lower. */
export const DEFAULT_PAGE_SIZE = 20;
/** Search's `first` when the query gives none, unless the configured maximum is lower. */
export const DEFAULT_SEARCH_HITS = 10;

/** How a sort key's value is stored, and so how a cursor carries it and Cypher compares it. */
export type KeyType = 'string' | 'int' | 'datetime';
export type KeyValue = string | number | null;

export interface SortKey {
  /** What the key is, independent of Cypher variable names: the fingerprint records it. */
  readonly name: string;
  /** The Cypher expression sorted on, e.g. `n3.nameEn`. */
  readonly expression: string;
  readonly direction: 'ASC' | 'DESC';
  readonly type: KeyType;
  /** Whether rows may lack the value (the SDL's nullability), which the comparisons must then place. */
  readonly nullable: boolean;
}

export interface OrderInput {
  readonly field: string;
  readonly direction: 'ASC' | 'DESC';
}

/** The page size: `first` as given, else the default shrunk to the configured maximum. */
export function pageSize(first: number | null | undefined, fallback: number, maxPageSize: number): number {
  const max = Math.min(maxPageSize, MAX_PAGE_SIZE);
  const size = first ?? Math.min(fallback, max);
  if (!Number.isInteger(size) || size < 0 || size > max) {
    throw new BadUserInputError(`first must be between 0 and ${max}, not ${String(first)}.`, 'first');
  }
  return size;
}

function sortField(owner: GraphQLCompositeType, property: string): Pick<SortKey, 'type' | 'nullable'> {
  const field = isUnionType(owner) ? undefined : owner.getFields()[property];
  if (!field) throw new Error(`${owner.name} has no field ${property} to sort on`);
  // Int properties are stored as integers; strings, ids, enums and PartialDates as strings.
  return { type: getNamedType(field.type).name === 'Int' ? 'int' : 'string', nullable: !isNonNullType(field.type) };
}

/** The name of the last sort key of a list walked along relationships: the relationship's id. */
export const RELATIONSHIP_KEY = 'relationship.id';

/**
 * The sort keys of a connection: the order asked (or `defaultProperty` ascending), then the
 * node's id and, where one node can be reached twice, the relationship's, so that the order is
 * total and a key names exactly one row.
 */
export function sortKeys(
  variable: string,
  nodeType: GraphQLCompositeType,
  order: readonly OrderInput[] | null | undefined,
  defaultProperty: string,
  relationshipVariable?: string,
): SortKey[] {
  const asked = order && order.length > 0 ? order : [{ field: defaultProperty, direction: 'ASC' as const }];
  const keys = asked.map(({ field, direction }): SortKey => {
    const property = camelCase(field);
    return { name: property, expression: `${variable}.${property}`, direction: direction === 'DESC' ? 'DESC' : 'ASC', ...sortField(nodeType, property) };
  });
  keys.push({ name: 'id', expression: `${variable}.id`, direction: 'ASC', type: 'string', nullable: false });
  if (relationshipVariable) keys.push({ name: RELATIONSHIP_KEY, expression: `${relationshipVariable}.id`, direction: 'ASC', type: 'string', nullable: false });
  return keys;
}

export function orderByText(keys: readonly SortKey[]): string {
  return keys.map((key) => `${key.expression} ${key.direction}`).join(', ');
}

/** The sort-key values of a row as a Cypher list; a datetime travels as its ISO text, nanoseconds included. */
export function keyList(keys: readonly SortKey[]): string {
  return `[${keys.map((key) => (key.type === 'datetime' ? `toString(${key.expression})` : key.expression)).join(', ')}]`;
}

/** A filter's value with its keys sorted and its absent conditions dropped, so equal filters print alike. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value)
    .filter(([, item]) => item !== null && item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, item]) => [key, canonical(item)]));
}

/**
 * What defines a list's sequence, hashed: where it comes from (`Query.regions`, `Person.posts`),
 * its filter and its order. The page size is not part of it, so pages of any size follow each other.
 */
export function cursorFingerprint(origin: string, where: unknown, keys: readonly SortKey[]): string {
  const filter = canonical(where ?? null);
  // No filter and an empty one select the same rows.
  const empty = typeof filter === 'object' && filter !== null && Object.keys(filter).length === 0;
  const text = JSON.stringify([origin, empty ? null : filter, keys.map((key) => [key.name, key.direction])]);
  return createHash('sha256').update(text).digest('base64url').slice(0, 16);
}

export function encodeCursor(fingerprint: string, key: readonly KeyValue[]): string {
  return Buffer.from(JSON.stringify({ f: fingerprint, k: key }), 'utf8').toString('base64url');
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;
/** Neo4j's text of a UTC datetime: seconds and their fraction are left out when zero. */
const UTC_DATETIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?Z$/;

/** Whether `text` is a real UTC instant in Neo4j's form, so that datetime() in Cypher cannot fail on it. */
function isUtcDatetime(text: string): boolean {
  const match = UTC_DATETIME.exec(text);
  if (!match) return false;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    date.getUTCMinutes() === minute &&
    date.getUTCSeconds() === second
  );
}

function fits(value: unknown, { type, nullable }: SortKey): value is KeyValue {
  if (value === null) return nullable;
  if (type === 'int') return Number.isSafeInteger(value);
  return typeof value === 'string' && (type === 'string' || isUtcDatetime(value));
}

/**
 * The sort-key values an `after` cursor carries, checked to belong to this list (same
 * fingerprint) and to hold a value of the right type for every key; anything else is refused
 * as BAD_USER_INPUT on `after`, before a query is built.
 */
export function decodeCursor(cursor: string, fingerprint: string, keys: readonly SortKey[]): KeyValue[] {
  const refuse = (why: string): BadUserInputError => new BadUserInputError(`after: ${why}`, 'after');
  let payload: unknown;
  try {
    if (!BASE64URL.test(cursor)) throw new Error('not base64url');
    payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refuse('not a cursor this API issued.');
  }
  if (typeof payload !== 'object' || payload === null || !('f' in payload) || !('k' in payload)) throw refuse('not a cursor this API issued.');
  if (payload.f !== fingerprint) throw refuse('this cursor belongs to another list, filter or order; a cursor is only valid for the query that gave it.');
  const values = payload.k;
  if (!Array.isArray(values) || values.length !== keys.length || !values.every((value, index) => fits(value, keys[index] as SortKey))) {
    throw refuse('this cursor does not hold a position in this list.');
  }
  return values;
}

/**
 * "Strictly after this key in this order" as a Cypher predicate, the cursor's values as
 * parameters. Neo4j sorts nulls last in ascending order and first in descending order; the
 * comparisons follow that exactly: after a null in ascending order come only the nulls of later
 * keys, after a value in ascending order come greater values and the nulls, and in descending
 * order the values come after the nulls and smaller values after greater.
 */
export function afterPredicate(keys: readonly SortKey[], values: readonly KeyValue[], param: (value: unknown) => string): string {
  const alternatives: string[] = [];
  const equalSoFar: string[] = [];
  keys.forEach((key, index) => {
    const value = values[index] ?? null;
    const { expression } = key;
    const bound = value === null ? null : key.type === 'int' ? param(neo4j.int(value)) : key.type === 'datetime' ? `datetime(${param(value)})` : param(value);
    const beyond =
      bound === null
        ? key.direction === 'DESC'
          ? `${expression} IS NOT NULL`
          : null
        : key.direction === 'DESC'
          ? `${expression} < ${bound}`
          : key.nullable
            ? `(${expression} > ${bound} OR ${expression} IS NULL)`
            : `${expression} > ${bound}`;
    if (beyond !== null) alternatives.push([...equalSoFar, beyond].join(' AND '));
    equalSoFar.push(bound === null ? `${expression} IS NULL` : `${expression} = ${bound}`);
  });
  return alternatives.length > 0 ? `(${alternatives.map((alternative) => `(${alternative})`).join(' OR ')})` : 'false';
}
