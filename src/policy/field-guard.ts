import {
  defaultFieldResolver,
  getLocation,
  type FieldNode,
  GraphQLError,
  GraphQLObjectType,
  responsePathAsArray,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SourceLocation,
} from 'graphql';
import type { RequestScope } from '../server/request-scope';
import { ErrorCode } from '../server/errors';
import { type DataCategory, findCategory, RECORD_PROVIDER } from './categories';
import { CATEGORY_EXTENSION, HOLDER_EXTENSION, type HolderOf, PERSONAL_RECORD_EXTENSION } from './personal-field';

const guardedResolvers = new WeakSet<Function>();

/** The subject of a record not yet linked to a resident: only its holder's own use can apply. */
export const UNLINKED_SUBJECT = 'unlinked';

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
 * refused field resolves to null, its error collected by the request's denials (denial.ts).
 */
export function guardSchema(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
    const personalRecord = type.extensions[PERSONAL_RECORD_EXTENSION] === true;
    for (const field of Object.values(type.getFields())) {
      const code = field.extensions[CATEGORY_EXTENSION] as string | undefined;
      if (code === undefined && !personalRecord) continue;
      const category = code === undefined ? undefined : findCategory(code);
      field.resolve = category
        ? guarded(`${type.name}.${field.name}`, category, field.extensions[HOLDER_EXTENSION] as HolderOf | undefined, field.resolve ?? defaultFieldResolver)
        : uncategorised(type.name, field.name);
      guardedResolvers.add(field.resolve);
    }
  }
  return schema;
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
