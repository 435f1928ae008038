import { Extensions, Field, FieldResolver, type FieldOptions } from 'type-graphql';
import type { DataCategory } from './categories';

type ReturnTypeFunc = Exclude<Parameters<typeof Field>[0], FieldOptions | undefined>;

/** Keys under which the guard finds what it needs in a GraphQL field's or type's `extensions`. */
export const CATEGORY_EXTENSION = 'dataCategory';
export const HOLDER_EXTENSION = 'dataHolder';
export const PERSONAL_RECORD_EXTENSION = 'personalRecord';

/** Names the holder of a field's data when it is not the category's fixed holder. */
export type HolderOf = (source: any, args: any) => string;

function categoryExtensions(category: DataCategory, holder?: HolderOf) {
  return Extensions({ [CATEGORY_EXTENSION]: category.code, ...(holder ? { [HOLDER_EXTENSION]: holder } : {}) });
}

/**
 * A GraphQL field carrying personal data of one category. The field guard decides each resolve.
 * Personal fields are nullable: a denied field resolves to null without nulling its parent.
 */
export function PersonalField(category: DataCategory, returnType: ReturnTypeFunc, options: FieldOptions = {}) {
  return (target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    categoryExtensions(category)(target, key, descriptor as never);
    Field(returnType, { nullable: true, ...options })(target, key, descriptor as never);
  };
}

/** A field resolver (on a resident, in another domain's resolver class) carrying personal data of one category. */
export function PersonalFieldResolver(
  category: DataCategory,
  returnType: ReturnTypeFunc,
  options: FieldOptions & { holder?: HolderOf } = {},
) {
  const { holder, ...fieldOptions } = options;
  return (target: object, key: string | symbol, descriptor: PropertyDescriptor) => {
    categoryExtensions(category, holder)(target, key, descriptor);
    FieldResolver(returnType, { nullable: true, ...fieldOptions })(target, key, descriptor);
  };
}

/**
 * An object type that describes one resident's personal data. Instances expose the data subject as
 * `residentNumber`; a field on it without a category is denied by the guard.
 */
export function PersonalRecord() {
  return Extensions({ [PERSONAL_RECORD_EXTENSION]: true });
}
