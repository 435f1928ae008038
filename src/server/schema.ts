import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { IdentityResolver } from '../identity/resolvers';
import { HousingRegisterResolver, RentArrearsResolver, ResidentHousingResolver } from '../housing/resolvers';
import { CatalogueResolver } from '../policy/catalogue-resolver';
import { guardSchema } from '../policy/field-guard';
import { ResidentResolver } from '../resident/resolvers';
import { ResidentTaxResolver } from '../tax/resolvers';
import { ResidentUtilityResolver, UtilityAccountResolver } from '../utility/resolvers';
import { ResidentWelfareResolver } from '../welfare/resolvers';

export const RESOLVERS = [
  IdentityResolver,
  CatalogueResolver,
  ResidentResolver,
  ResidentHousingResolver,
  RentArrearsResolver,
  HousingRegisterResolver,
  ResidentTaxResolver,
  ResidentWelfareResolver,
  ResidentUtilityResolver,
  UtilityAccountResolver,
] as const;

/** The executable schema, with the field guard wrapped around every personal-data field. */
export function buildHubSchema(): GraphQLSchema {
  return guardSchema(buildSchemaSync({ resolvers: [...RESOLVERS], validate: false }));
}

/** The SDL committed as `schema/schema.graphql`. */
export function printHubSchema(schema: GraphQLSchema = buildHubSchema()): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
