import { DirectoryAdminResolver } from '../organisation/admin/resolvers';
import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { AccessLogPageResolver, AccessLogResolver } from '../access-log/access-log-resolver';
import { DisclosureReportResolver } from '../access-log/disclosure-resolver';
import { AccessLogIntegrityResolver } from '../access-log/integrity-resolver';
import { ConsentReviewResolver, EmergencyReviewResolver } from '../access-log/review-resolver';
import { IdentityResolver } from '../identity/resolvers';
import { HousingRegisterResolver, RentArrearsResolver, ResidentHousingResolver } from '../housing/resolvers';
import { CatalogueResolver } from '../policy/catalogue-resolver';
import { ConsentResolver } from '../consent/resolvers';
import { ConsentFormResolver } from '../consent/form-resolvers';
import { EmergencyResolver } from '../emergency/resolvers';
import { ExplainAccessResolver } from '../policy/explain-resolver';
import { PolicySettingsResolver } from '../policy/settings/resolvers';
import { SupportMeetingResolver } from '../support-meeting/resolvers';
import { ReferralResolver } from '../referral/resolvers';
import { MinimalLookupResolver } from '../minimal-lookup/resolvers';
import { UtilityReportResolver } from '../utility-report/resolvers';
import { guardSchema } from '../request/field-guard';
import { describeRootTypes } from './root-descriptions';
import { ResidentResolver } from '../resident/resolvers';
import { CounterSearchResolver } from '../resident/counter-search';
import { ResidentTaxResolver } from '../tax/resolvers';
import { ResidentUtilityResolver, UtilityAccountResolver } from '../utility/resolvers';
import { UtilityCustomerResolver } from '../utility/customer-lookup';
import { ResidentWelfareResolver } from '../welfare/resolvers';

export const RESOLVERS = [
  IdentityResolver,
  CatalogueResolver,
  ResidentResolver,
  CounterSearchResolver,
  ResidentHousingResolver,
  RentArrearsResolver,
  HousingRegisterResolver,
  ResidentTaxResolver,
  ResidentWelfareResolver,
  ResidentUtilityResolver,
  UtilityAccountResolver,
  UtilityCustomerResolver,
  ConsentResolver,
  ConsentFormResolver,
  SupportMeetingResolver,
  EmergencyResolver,
  PolicySettingsResolver,
  DirectoryAdminResolver,
  ExplainAccessResolver,
  ReferralResolver,
  MinimalLookupResolver,
  UtilityReportResolver,
  AccessLogResolver,
  AccessLogPageResolver,
  AccessLogIntegrityResolver,
  EmergencyReviewResolver,
  ConsentReviewResolver,
  DisclosureReportResolver,
] as const;

/**
 * The executable schema, with the field guard wrapped around every personal-data field. Only the
 * benchmark's floor (HubOptions.enforcementForBenchmarkOnly) builds it with `guarded: false`.
 */
export function buildHubSchema(options: { guarded: boolean } = { guarded: true }): GraphQLSchema {
  const schema = buildSchemaSync({ resolvers: [...RESOLVERS], validate: false });
  return describeRootTypes(options.guarded ? guardSchema(schema) : schema);
}

/** The SDL committed as `schema/schema.graphql`. */
export function printHubSchema(schema: GraphQLSchema = buildHubSchema()): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
