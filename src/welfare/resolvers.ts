import { Ctx, Resolver, Root } from 'type-graphql';
import { Resident } from '../resident/entities';
import { CATEGORIES } from '../policy/categories';
import { PersonalFieldResolver } from '../policy/personal-field';
import type { RequestScope } from '../request/scope';
import { CareCertification, DisabilityCertificate, HousingSecurityBenefit, PublicAssistance, SelfRelianceCase } from './records';

@Resolver(() => Resident)
export class ResidentWelfareResolver {
  @PersonalFieldResolver(CATEGORIES.WELFARE_PUBLIC_ASSISTANCE, () => [PublicAssistance], { description: 'Public-assistance cases headed by the resident (生活保護).' })
  publicAssistance(@Root() resident: Resident, @Ctx() scope: RequestScope) {
    return scope.loaders.welfare.publicAssistanceByResident.load(resident.residentNumber);
  }

  @PersonalFieldResolver(CATEGORIES.WELFARE_CARE, () => [CareCertification], { description: 'Long-term care certifications (要介護認定). Special-care data.' })
  careCertifications(@Root() resident: Resident, @Ctx() scope: RequestScope) {
    return scope.loaders.welfare.careByResident.load(resident.residentNumber);
  }

  @PersonalFieldResolver(CATEGORIES.WELFARE_DISABILITY, () => [DisabilityCertificate], { description: 'Disability certificates (障害者手帳). Special-care data.' })
  disabilityCertificates(@Root() resident: Resident, @Ctx() scope: RequestScope) {
    return scope.loaders.welfare.disabilityByResident.load(resident.residentNumber);
  }

  @PersonalFieldResolver(CATEGORIES.WELFARE_SELF_RELIANCE, () => [SelfRelianceCase], { description: 'Self-reliance support cases (自立相談支援).' })
  selfRelianceCases(@Root() resident: Resident, @Ctx() scope: RequestScope) {
    return scope.loaders.welfare.selfRelianceByResident.load(resident.residentNumber);
  }

  @PersonalFieldResolver(CATEGORIES.WELFARE_HOUSING_BENEFIT, () => [HousingSecurityBenefit], { description: 'Housing security benefits (住居確保給付金).' })
  housingSecurityBenefits(@Root() resident: Resident, @Ctx() scope: RequestScope) {
    return scope.loaders.welfare.housingBenefitByResident.load(resident.residentNumber);
  }
}
