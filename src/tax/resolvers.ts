import { Ctx, Resolver, Root } from 'type-graphql';
import { Resident } from '../resident/entities';
import { CATEGORIES } from '../policy/categories';
import { PersonalFieldResolver } from '../policy/personal-field';
import type { RequestScope } from '../request/scope';
import { NhiPremiumArrears, ResidentTaxAssessment, TaxArrears } from './records';

@Resolver(() => Resident)
export class ResidentTaxResolver {
  @PersonalFieldResolver(CATEGORIES.TAX_ASSESSMENT, () => [ResidentTaxAssessment], { description: 'Resident-tax assessments (課税状況), by fiscal year. Tax secrecy (地方税法 §22).' })
  taxAssessments(@Root() resident: Resident, @Ctx() scope: RequestScope) {
    return scope.loaders.tax.assessmentsByResident.load(resident.residentNumber);
  }

  @PersonalFieldResolver(CATEGORIES.TAX_ARREARS, () => [TaxArrears], { description: 'Unpaid municipal taxes (滞納). Tax secrecy (地方税法 §22).' })
  taxArrears(@Root() resident: Resident, @Ctx() scope: RequestScope) {
    return scope.loaders.tax.arrearsByResident.load(resident.residentNumber);
  }

  @PersonalFieldResolver(CATEGORIES.NHI_ARREARS, () => [NhiPremiumArrears], { description: 'Unpaid national health insurance tax or premium (国保税・保険料の滞納).' })
  nhiArrears(@Root() resident: Resident, @Ctx() scope: RequestScope) {
    return scope.loaders.tax.nhiArrearsByResident.load(resident.residentNumber);
  }
}
