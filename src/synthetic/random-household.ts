import { drawHousehold } from './household';
import type { RegisterNumbers } from './identifiers';
import type { HouseholdPlan } from './plan';
import type { Random } from './random';
import { drawAssistanceStatus, publicAssistanceCase, receivesAssistance } from './records/assistance';
import { addCertificates } from './records/certificates';
import { addHousingConsultations, addTenancies } from './records/housing';
import { drawIncomes } from './records/income';
import { addSupportCases } from './records/support';
import { addTaxRecords } from './records/tax';
import { addUtilityAccounts } from './records/utility';

/**
 * One random household and every department's records about it. The order matters: assistance decides
 * income, income decides rent, and the self-reliance agency sees what the other departments already hold.
 */
export function randomHousehold(rng: Random, asOf: string, numbers: RegisterNumbers, maxMembers: number): HouseholdPlan {
  const draft = drawHousehold(rng, asOf, numbers, maxMembers);
  const { plan } = draft;
  const assistanceStatus = drawAssistanceStatus(rng, draft);
  const assisted = receivesAssistance(assistanceStatus);
  const incomes = drawIncomes(rng, draft, assisted);
  addCertificates(rng, draft, asOf);

  const householdIncome = incomes.reduce((sum, income) => sum + income.yen, 0);
  const monthlyRent = addTenancies(rng, draft, householdIncome, asOf);
  if (assistanceStatus) plan.publicAssistance.push(publicAssistanceCase(rng, draft, assistanceStatus, monthlyRent, asOf));

  const disabled = new Set(plan.disabilityCertificates.map((certificate) => certificate.resident_number));
  addTaxRecords(rng, draft, { incomes, receivesAssistance: assisted, disabled }, asOf);
  addUtilityAccounts(rng, draft, asOf);
  addSupportCases(rng, draft, { receivesAssistance: assisted, monthlyRentYen: monthlyRent }, asOf);
  addHousingConsultations(rng, draft, asOf);
  return plan;
}
