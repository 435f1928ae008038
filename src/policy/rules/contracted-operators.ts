import type { Bilingual } from '../../errors';

/**
 * Contracted operators (委託, APPI art. 66(2)): a private operator's unit that performs a contract
 * for the municipality handles the municipality's records for it — as the municipality would, under
 * its regime — and only for the services the contract entrusts, only while the contract runs. At that
 * unit it declares nothing of its own business: the records it keeps there are not its own.
 */
export const CONTRACTED_OPERATORS: Bilingual = { en: 'APPI art. 66(2)', ja: '個人情報保護法第66条第2項' };

export interface ContractTerms {
  code: string;
  clientCode: string;
  contractorCode: string;
  unitCode: string;
  services: readonly string[];
  validFrom: string;
  validUntil?: string | null;
}

/** A period (YYYY-MM-DD, both ends included; no end: open) that includes `today`. */
export function runsOn(today: string, from: string, until?: string | null): boolean {
  return from <= today && (!until || until >= today);
}

/** The contracts a unit performs on `today`: its organisation is the contractor and the unit keeps the records. */
export function contractsPerformedBy<T extends ContractTerms>(unit: { code: string; organisationCode: string }, contracts: readonly T[], today: string): T[] {
  return contracts.filter((c) => c.unitCode === unit.code && c.contractorCode === unit.organisationCode && runsOn(today, c.validFrom, c.validUntil));
}

/** Whose records the unit keeps: the client's under a contract it performs, else its own organisation's. */
export function recordsHeldFor(unit: { organisationCode: string }, performed: readonly ContractTerms[]): string {
  return performed[0]?.clientCode ?? unit.organisationCode;
}

/** The contract entrusting `purpose` to the unit, if any: the only way a contractor's unit declares a purpose. */
export function contractEntrusting(purpose: string, performed: readonly Pick<ContractTerms, 'code' | 'services'>[]): string | undefined {
  return performed.find((c) => c.services.includes(purpose))?.code;
}

export function notEntrusted(purpose: string, purposeJa: string): Bilingual {
  return {
    en: `The unit performs a contract (委託, ${CONTRACTED_OPERATORS.en}) and declares only the services it entrusts; ${purpose} is not one of them.`,
    ja: `この部署は委託契約を履行しており（${CONTRACTED_OPERATORS.ja}）、委託された事務の目的のみを申告できます。「${purposeJa}」は含まれません。`,
  };
}
