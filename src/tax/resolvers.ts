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

  // The only tax fact a public-housing application needs: most ordinances admit only applicants who
  // have not neglected their tax duties (納税義務を怠っていない者; seed 000 L1845–1847). The minimal
  // set for PUBLIC_HOUSING_MANAGEMENT is this field alone (settings/policy-settings.ts).
  @PersonalFieldResolver(CATEGORIES.TAX_ARREARS, () => Boolean, {
    description: 'Whether no municipal tax is in arrears (納税義務を怠っていない): what a public-housing application checks, and nothing more. Tax secrecy (地方税法 §22).',
  })
  async taxPaidInFull(@Root() resident: Resident, @Ctx() scope: RequestScope): Promise<boolean> {
    const arrears = await scope.loaders.tax.arrearsByResident.load(resident.residentNumber);
    return arrears.length === 0;
  }

  @PersonalFieldResolver(CATEGORIES.NHI_ARREARS, () => [NhiPremiumArrears], { description: 'Unpaid national health insurance tax or premium (国保税・保険料の滞納).' })
  nhiArrears(@Root() resident: Resident, @Ctx() scope: RequestScope) {
    return scope.loaders.tax.nhiArrearsByResident.load(resident.residentNumber);
  }
}
