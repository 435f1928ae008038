import type { EntityManager } from '@mikro-orm/postgresql';
import { type EntityMetadata, type EntityName, type EntityProperty, Utils } from '@mikro-orm/core';
import { arrayLiteral } from './array-literal';

/** How one query reads one entity's rows: its SQL and, per column, the property it fills. */
interface Reader {
  sql: string;
  columns: { property: string; column: string; convert: (value: unknown) => unknown }[];
  /** The prototype of the objects read: the entity class's own getters (e.g. `holderUnit`), nothing of the ORM's. */
  getters: object;
}

const readers = new WeakMap<EntityMetadata, Map<string, Reader>>();

/**
 * The entities whose `key` is one of `values`, read straight from their rows: one statement, its
 * SQL written once per entity and key, each row turned into an object with the entity's properties
 * and getters, holding the values the ORM's hydration would give — converted by the property's type
 * as MikroORM's ObjectHydrator does — but without its per-query criteria processing and per-entity
 * change tracking, which were most of the hub's CPU (bench/README). Read-only: the objects are not
 * managed entities (not `instanceof` their class, not flushed). test/db/entity-rows.test.ts compares
 * every entity the loaders read with what `em.find` hydrates.
 */
export async function entitiesWhereIn<T extends object, K extends keyof T & string>(
  em: EntityManager,
  entity: EntityName<T>,
  key: K,
  values: readonly T[K][],
  orderBy: (keyof T & string)[] = [],
): Promise<T[]> {
  if (values.length === 0) return [];
  const reader = readerOf(em, entity, key, orderBy);
  const rows = await em.getConnection().execute<Record<string, unknown>[]>(reader.sql, [arrayLiteral(values as unknown as readonly (string | number)[])]);
  return rows.map((row) => {
    const instance = Object.create(reader.getters) as Record<string, unknown>;
    for (const { property, column, convert } of reader.columns) {
      const value = row[column];
      instance[property] = value === null || value === undefined ? null : convert(value);
    }
    return instance as T;
  });
}

function readerOf(em: EntityManager, entity: EntityName<any>, key: string, orderBy: string[]): Reader {
  const meta = em.getMetadata().get(Utils.className(entity));
  let byQuery = readers.get(meta);
  if (!byQuery) readers.set(meta, (byQuery = new Map()));
  const name = `${key}:${orderBy.join(',')}`;
  let reader = byQuery.get(name);
  if (!reader) byQuery.set(name, (reader = createReader(em, meta, key, orderBy)));
  return reader;
}

function createReader(em: EntityManager, meta: EntityMetadata, key: string, orderBy: string[]): Reader {
  const platform = em.getPlatform();
  const scalars = meta.props.filter((p) => p.kind === 'scalar' && p.persist !== false && !p.formula && p.fieldNames?.length === 1);
  if (scalars.length !== meta.props.filter((p) => p.persist !== false && !p.formula).length) {
    throw new Error(`entitiesWhereIn reads scalar columns only; ${meta.className} has relations or embeddables`);
  }
  const column = (name: string) => {
    const prop = meta.properties[name];
    if (!prop || !scalars.includes(prop)) throw new Error(`${meta.className}.${name} is not a scalar column`);
    return prop.fieldNames[0];
  };
  const keyProp = meta.properties[key];
  const table = `${meta.schema ? `"${meta.schema}".` : ''}"${meta.tableName}"`;
  const order = orderBy.length > 0 ? ` order by ${orderBy.map((p) => `"${column(p)}"`).join(', ')}` : '';
  return {
    // The keys go as one array parameter (the driver would spread a list into many).
    sql: `select ${scalars.map((p) => `"${p.fieldNames[0]}"`).join(', ')} from ${table} where "${column(key)}" = any(?::${keyProp.columnTypes[0]}[])${order}`,
    columns: scalars.map((p) => ({ property: p.name, column: p.fieldNames[0], convert: converter(p, platform) })),
    getters: classGetters(meta),
  };
}

/**
 * The getters the entity class declares. Not the class's prototype itself: the ORM defines a setter
 * there for every column, which on the first assignment wraps the object in its change tracking —
 * most of what reading 5,000 residents cost.
 */
function classGetters(meta: EntityMetadata): object {
  const getters = Object.create(null) as object;
  for (const [name, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(meta.class.prototype))) {
    if (descriptor.get && !name.startsWith('__') && !(name in meta.properties)) Object.defineProperty(getters, name, descriptor);
  }
  return getters;
}

/** What the ORM's hydration does to a non-null value of this property (ObjectHydrator, MikroORM 6). */
function converter(prop: EntityProperty, platform: ReturnType<EntityManager['getPlatform']>): (value: unknown) => unknown {
  const customType = prop.customType;
  if (customType) return (value) => customType.convertToJSValue(value, platform);
  if (prop.runtimeType === 'boolean') return (value) => !!value;
  if (prop.runtimeType === 'Date') return (value) => (value instanceof Date ? value : new Date(value as string));
  return (value) => value;
}
