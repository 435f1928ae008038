import {
  defaultFieldResolver,
  getLocation,
  type FieldNode,
  GraphQLError,
  getNamedType,
  GraphQLObjectType,
  responsePathAsArray,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SourceLocation,
} from 'graphql';
import type { RequestScope } from './scope';
import { ErrorCode } from '../errors';
import { type DataCategory, findCategory, RECORD_PROVIDER } from '../policy/categories';
import { UNLINKED_SUBJECT } from '../policy/subject-facts';
import { CATEGORY_EXTENSION, HOLDER_EXTENSION, type HolderOf, PERSONAL_RECORD_EXTENSION } from '../policy/personal-field';

const guardedResolvers = new WeakSet<Function>();

/** Whether a resolver is one the guard installed (the schema walk in the tests checks every field). */
export function isGuarded(resolve: Function | undefined): boolean {
  return resolve !== undefined && guardedResolvers.has(resolve);
}

/** A resolved object that carries one resident's data. */
interface PersonalSource {
  /** The data subject; null for a record not yet linked to a resident (a utility's report). */
  residentNumber: string | null;
  /** The unit holding this record, for categories whose holder is named on each record. */
  holderUnit?: string;
}

/**
 * Wraps the resolver of every personal-data field with a synchronous decision. Fields of a personal
 * record type that carry no category are denied outright (deny by default). Returning the error
 * instead of throwing keeps the hot path free of exceptions; graphql-js reports it at the field. A
 * refused field resolves to null, its error collected by the request's denials (denials.ts).
 *
 * Every field that returns personal records — a root field, a mutation's payload, a nested list —
 * admits their subjects (RequestScope.admit) before any of their fields is decided, so no path can
 * hand out a record whose resident's consents, cases, emergencies and DV protection were not loaded.
 */
export function guardSchema(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
    const personalRecord = isPersonalRecord(type);
    for (const field of Object.values(type.getFields())) {
      const code = field.extensions[CATEGORY_EXTENSION] as string | undefined;
      let resolve = field.resolve ?? defaultFieldResolver;
      if (isPersonalRecord(getNamedType(field.type))) resolve = admitting(resolve as GraphQLFieldResolver<unknown, RequestScope>) as typeof resolve;
      if (code === undefined && !personalRecord) {
        field.resolve = resolve;
        continue;
      }
      const category = code === undefined ? undefined : findCategory(code);
      field.resolve = category
        ? guarded(`${type.name}.${field.name}`, category, field.extensions[HOLDER_EXTENSION] as HolderOf | undefined, resolve)
        : uncategorised(type.name, field.name);
      guardedResolvers.add(field.resolve);
    }
  }
  return schema;
}

function isPersonalRecord(type: unknown): boolean {
  return type instanceof GraphQLObjectType && type.extensions[PERSONAL_RECORD_EXTENSION] === true;
}

/**
 * Resolves, then admits the subjects of the records resolved (see guardSchema). Without a promise of
 * its own when they are all admitted already — a caseload's nested lists, one per resident.
 */
function admitting(resolve: GraphQLFieldResolver<unknown, RequestScope>): GraphQLFieldResolver<unknown, RequestScope> {
  return (source, args, scope, info) => {
    const value: unknown = resolve(source, args, scope, info);
    return isThenable(value) ? Promise.resolve(value).then((resolved) => admitted(resolved, scope)) : admitted(value, scope);
  };
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}

function admitted<T>(value: T, scope: RequestScope): T | Promise<T> {
  const subjects: string[] = [];
  collectSubjects(value, subjects);
  return scope.admitsAll(subjects) ? value : scope.admit(subjects).then(() => value);
}

function collectSubjects(value: unknown, into: string[]): void {
  if (Array.isArray(value)) for (const item of value) collectSubjects(item, into);
  else if (value !== null && typeof value === 'object' && !(value instanceof Error)) {
    const subject = (value as PersonalSource).residentNumber;
    if (typeof subject === 'string') into.push(subject);
  }
}

function guarded(
  fieldName: string,
  category: DataCategory,
  holderOf: HolderOf | undefined,
  resolve: GraphQLFieldResolver<unknown, RequestScope>,
) {
  const fixedHolder = category.holder === RECORD_PROVIDER ? undefined : category.holder;
  return (source: PersonalSource, args: Record<string, unknown>, scope: RequestScope, info: GraphQLResolveInfo) => {
    const access = scope.access;
    const holder = holderOf?.(source, args) ?? fixedHolder ?? source.holderUnit;
    if (!access || !holder) return noDecision(category);
    const decision = access.decide(source.residentNumber ?? UNLINKED_SUBJECT, category, holder, fieldName);
    if (!decision.allowed) return access.denials.refuseField(decision, responsePathAsArray(info.path), locationsOf(info.fieldNodes));
    return resolve(source, args, scope, info);
  };
}

/** The locations of a field's nodes in the document, computed once per field. */
const LOCATIONS = new WeakMap<readonly FieldNode[], readonly SourceLocation[] | undefined>();

function locationsOf(nodes: readonly FieldNode[]): readonly SourceLocation[] | undefined {
  if (!LOCATIONS.has(nodes)) LOCATIONS.set(nodes, nodes.flatMap((node) => (node.loc ? [getLocation(node.loc.source, node.loc.start)] : [])));
  return LOCATIONS.get(nodes);
}

function noDecision(category: DataCategory): GraphQLError {
  return new GraphQLError(`Access to ${category.code} denied: no purpose was declared for this request.`, {
    extensions: { code: ErrorCode.ACCESS_DENIED, category: category.code, messageJa: '利用目的が申告されていません。' },
  });
}

function uncategorised(typeName: string, fieldName: string) {
  return () =>
    new GraphQLError(`${typeName}.${fieldName} carries personal data but declares no data category, so it is never served.`, {
      extensions: { code: ErrorCode.UNCATEGORISED_FIELD, messageJa: 'データ区分が定義されていない項目は提供されません。' },
    });
}
