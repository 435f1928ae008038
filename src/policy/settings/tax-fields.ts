import { GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { findCategory } from '../categories';
import { CATEGORY_EXTENSION } from '../personal-field';
import { isTaxSecret } from '../rules/tax-secrecy';
import type { PolicySettings } from './policy-settings';

/** The `Type.field` names of the schema that carry tax data: what a purpose's minimal tax set may name. */
export function taxFieldsOf(schema: GraphQLSchema, settings: Pick<PolicySettings, 'nhiLevy'>): ReadonlySet<string> {
  const fields = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType)) continue;
    for (const field of Object.values(type.getFields())) {
      const category = findCategory(field.extensions[CATEGORY_EXTENSION] as string);
      if (category && isTaxSecret(category, settings)) fields.add(`${type.name}.${field.name}`);
    }
  }
  return fields;
}
