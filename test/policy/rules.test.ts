import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/policy/categories';
import { AccessDecider } from '../../src/policy/access-decider';
import { Purpose } from '../../src/policy/purposes';
import { addressWithheld } from '../../src/policy/rules/address-protection';
import { lawViolations } from '../../src/policy/rules/fixed-by-law';
import { mayMatchByAddress } from '../../src/policy/rules/minimal-disclosure';
import { emergencyPurposeMatches, meetingPurposeMatches } from '../../src/policy/rules/purpose-binding';
import { specialCareConsentDefect } from '../../src/policy/rules/special-care';
import { contractEntrusting, contractsPerformedBy, recordsHeldFor, runsOn } from '../../src/policy/rules/contracted-operators';
import { isTaxSecret, taxConsentDefect, taxFieldsFor } from '../../src/policy/rules/tax-secrecy';
import { EffectivePolicy } from '../../src/policy/settings/effective-policy';
import { DEFAULT_POLICY, type PolicySettings } from '../../src/policy/settings/policy-settings';
import { noFacts } from '../../src/policy/subject-facts';
import { Directory } from '../../src/organisation/directory';
import { LegalRegime, OrganisationKind } from '../../src/organisation/units';
import { StaffRole } from '../../src/organisation/roles';

/** The narrowing rules (src/policy/rules/) as pure functions, each against the article it cites. */
describe('tax secrecy (地方税法 §22)', () => {
  it('covers the tax office’s categories, and NHI arrears only while NHI is levied as a tax', () => {
    expect(isTaxSecret(CATEGORIES.TAX_ARREARS, { nhiLevy: 'PREMIUM' })).toBe(true);
    expect(isTaxSecret(CATEGORIES.NHI_ARREARS, { nhiLevy: 'TAX' })).toBe(true);
    expect(isTaxSecret(CATEGORIES.NHI_ARREARS, { nhiLevy: 'PREMIUM' })).toBe(false);
    expect(isTaxSecret(CATEGORIES.HOUSING_ARREARS, { nhiLevy: 'TAX' })).toBe(false);
  });

  it('lets only documented, fully explained consent release tax data', () => {
    expect(taxConsentDefect({ method: 'ORAL_IN_PERSON', explanationGiven: true }, false)?.en).toContain('written or electronic');
    expect(taxConsentDefect({ method: 'WRITTEN', explanationGiven: false }, true)?.en).toContain('fully explained');
    expect(taxConsentDefect({ method: 'WRITTEN', explanationGiven: true }, true)).toBeUndefined();
  });

  it('gives a purpose only its minimal set, and a purpose not listed nothing', () => {
    expect(taxFieldsFor(Purpose.HOUSING_SECURITY_BENEFIT, DEFAULT_POLICY)).toContain('ResidentTaxAssessment.incomeBand');
    expect(taxFieldsFor(Purpose.HOUSING_SECURITY_BENEFIT, DEFAULT_POLICY)).not.toContain('TaxArrears.amountYen');
    expect(taxFieldsFor(Purpose.UTILITY_SUPPLY, DEFAULT_POLICY).size).toBe(0);
  });
});

describe('special-care data (APPI art. 2(3))', () => {
  it('needs documented consent', () => {
    expect(specialCareConsentDefect('ORAL_BY_PHONE', false)?.en).toContain('written or electronic');
    expect(specialCareConsentDefect('ELECTRONIC', true)).toBeUndefined();
  });
});

describe('address protection (APPI 69(2) proviso)', () => {
  it('withholds what reveals where someone lives outside its holder, and a provided copy even from the holder', () => {
    expect(addressWithheld(CATEGORIES.PERSON_ADDRESS, 'registry.residents', 'housing.public-housing')).toBe(true);
    expect(addressWithheld(CATEGORIES.PERSON_ADDRESS, 'registry.residents', 'registry.residents')).toBe(false);
    expect(addressWithheld(CATEGORIES.HOUSING_TENANCY, 'housing.public-housing', 'housing.public-housing')).toBe(false);
    expect(addressWithheld(CATEGORIES.UTILITY_REPORT_ADDRESS, 'welfare.self-reliance', 'welfare.self-reliance')).toBe(true);
    expect(addressWithheld(CATEGORIES.PERSON_IDENTITY, 'registry.residents', 'utility.gas')).toBe(false);
  });

  it('never lets a lookup single out a protected resident by address outside the register', () => {
    expect(mayMatchByAddress('housing.public-housing', true)).toBe(false);
    expect(mayMatchByAddress('registry.residents', true)).toBe(true);
    expect(mayMatchByAddress('housing.public-housing', false)).toBe(true);
  });
});

describe('purpose binding', () => {
  it('lets a meeting serve its own purpose and an emergency the protection of life, body or property', () => {
    expect(meetingPurposeMatches('SELF_RELIANCE_SUPPORT', Purpose.SELF_RELIANCE_SUPPORT)).toBe(true);
    expect(meetingPurposeMatches('SELF_RELIANCE_SUPPORT', Purpose.PUBLIC_HOUSING_MANAGEMENT)).toBe(false);
    expect(emergencyPurposeMatches(Purpose.PROTECTION_OF_LIFE_BODY_PROPERTY)).toBe(true);
    expect(emergencyPurposeMatches(Purpose.UTILITY_SUPPLY)).toBe(false);
  });
});

describe('what the law fixes is not policy data', () => {
  const TAX_FIELDS = new Set(['Resident.taxArrears', 'TaxArrears.amountYen']);
  const with_ = (changes: Partial<PolicySettings>): PolicySettings => ({ ...DEFAULT_POLICY, taxFieldsByPurpose: {}, ...changes });

  it('refuses opening tax data, the DV flag or special-care data by widening purposes', () => {
    const settings = with_({
      categoryPurposes: {
        'tax.arrears': [Purpose.TAX_ASSESSMENT_AND_COLLECTION, Purpose.PUBLIC_HOUSING_MANAGEMENT],
        'person.protection': [Purpose.RESIDENT_REGISTRY, Purpose.SELF_RELIANCE_SUPPORT],
        'welfare.care': [Purpose.LONG_TERM_CARE_INSURANCE, Purpose.PUBLIC_ASSISTANCE],
      },
    });
    expect(lawViolations(settings, TAX_FIELDS).map((v) => v.setting)).toEqual([
      'categoryPurposes.tax.arrears', 'categoryPurposes.person.protection', 'categoryPurposes.welfare.care',
    ]);
  });

  it('refuses a non-tax field in a minimal tax set, and NHI arrears beyond tax purposes only while levied as a tax', () => {
    expect(lawViolations(with_({ taxFieldsByPurpose: { [Purpose.SELF_RELIANCE_SUPPORT]: ['Resident.address'] } }), TAX_FIELDS)).toHaveLength(1);
    const nhi = { categoryPurposes: { 'nhi.arrears': [Purpose.NHI_ADMINISTRATION, Purpose.SELF_RELIANCE_SUPPORT] } };
    expect(lawViolations(with_({ ...nhi, nhiLevy: 'TAX' }), TAX_FIELDS)).toHaveLength(1);
    expect(lawViolations(with_({ ...nhi, nhiLevy: 'PREMIUM' }), TAX_FIELDS)).toEqual([]);
  });

  it('lets the municipality widen an ordinary category and choose tax in a meeting’s scope', () => {
    const settings = with_({ taxViaSupportMeeting: true, categoryPurposes: { 'housing.consultation': [Purpose.HOUSING_CONSULTATION, Purpose.SELF_RELIANCE_SUPPORT] } });
    expect(lawViolations(settings, TAX_FIELDS)).toEqual([]);
  });
});

describe('contracted operators (委託, APPI art. 66(2))', () => {
  const contract = { code: 'c-household', clientCode: 'tsunagu-city', contractorCode: 'csw', unitCode: 'csw.desk', services: [Purpose.HOUSEHOLD_FINANCE_SUPPORT], validFrom: '2026-04-01', validUntil: '2027-03-31' };
  const directoryOn = (today: string) =>
    Directory.fromData(
      {
        organisations: [
          { code: 'tsunagu-city', name: 'つなぐ市', regime: LegalRegime.PUBLIC_ORGAN, kind: OrganisationKind.MUNICIPALITY },
          { code: 'csw', name: 'つなぐ市社会福祉協議会', regime: LegalRegime.PRIVATE_OPERATOR, kind: OrganisationKind.SOCIAL_WELFARE_COUNCIL },
        ],
        units: [
          { code: 'csw.desk', name: '家計改善支援窓口', organisationCode: 'csw', purposes: [Purpose.HOUSEHOLD_FINANCE_SUPPORT, Purpose.EMPLOYMENT_PREPARATION_SUPPORT] },
          { code: 'csw.other', name: '別の窓口', organisationCode: 'csw', purposes: [Purpose.HOUSEHOLD_FINANCE_SUPPORT] },
        ],
        contracts: [contract],
        memberships: [],
      },
      today,
    );

  it('counts a contract on the days it runs, both ends included', () => {
    expect(runsOn('2026-04-01', contract.validFrom, contract.validUntil)).toBe(true);
    expect(runsOn('2027-03-31', contract.validFrom, contract.validUntil)).toBe(true);
    expect(runsOn('2026-03-31', contract.validFrom, contract.validUntil)).toBe(false);
    expect(runsOn('2027-04-01', contract.validFrom, contract.validUntil)).toBe(false);
    expect(runsOn('2040-01-01', '2026-04-01', null)).toBe(true);
  });

  it('makes the performing unit keep the client’s records, and no other unit of the contractor', () => {
    const performed = contractsPerformedBy({ code: 'csw.desk', organisationCode: 'csw' }, [contract], '2026-12-05');
    expect(recordsHeldFor({ organisationCode: 'csw' }, performed)).toBe('tsunagu-city');
    expect(contractsPerformedBy({ code: 'csw.other', organisationCode: 'csw' }, [contract], '2026-12-05')).toEqual([]);
    expect(contractsPerformedBy({ code: 'csw.desk', organisationCode: 'someone-else' }, [contract], '2026-12-05')).toEqual([]);
    expect(recordsHeldFor({ organisationCode: 'csw' }, [])).toBe('csw');
  });

  it('lets the unit declare the entrusted service only, under the municipality’s regime, while the contract runs', () => {
    expect(contractEntrusting(Purpose.HOUSEHOLD_FINANCE_SUPPORT, [contract])).toBe('c-household');
    expect(contractEntrusting(Purpose.EMPLOYMENT_PREPARATION_SUPPORT, [contract])).toBeUndefined();

    const during = directoryOn('2026-12-05').unit('csw.desk')!;
    expect(during).toMatchObject({ holdingOrganisationCode: 'tsunagu-city', regime: LegalRegime.PUBLIC_ORGAN, contractCode: 'c-household' });
    expect(during.declarable.map((d) => [d.purpose, d.via, d.contract])).toEqual([[Purpose.HOUSEHOLD_FINANCE_SUPPORT, 'CONTRACT', 'c-household']]);
    expect(during.refusedPurposes.map((r) => r.purpose)).toEqual([Purpose.EMPLOYMENT_PREPARATION_SUPPORT]);
    expect(during.refusedPurposes[0].reason.en).toContain('APPI art. 66(2)');

    const after = directoryOn('2027-04-01').unit('csw.desk')!;
    expect(after).toMatchObject({ holdingOrganisationCode: 'csw', regime: LegalRegime.PRIVATE_OPERATOR, contractCode: undefined });
    expect(after.declarable).toEqual([]);
    expect(directoryOn('2026-12-05').unit('csw.other')).toMatchObject({ holdingOrganisationCode: 'csw', declarable: [] });
  });
});

describe('the decider fails closed', () => {
  it('refuses a field of a resident whose facts were not loaded, whatever the basis would say', () => {
    const directory = Directory.fromData(
      {
        organisations: [{ code: 'tsunagu-city', name: 'つなぐ市', regime: LegalRegime.PUBLIC_ORGAN, kind: OrganisationKind.MUNICIPALITY }],
        units: [{ code: 'registry.residents', name: '市民課', organisationCode: 'tsunagu-city', purposes: [Purpose.RESIDENT_REGISTRY] }],
        contracts: [],
        memberships: [],
      },
      '2026-12-05',
    );
    const actor = { code: 'registry-clerk', name: '市民 花子', role: StaffRole.REGISTRY_CLERK, unitCode: 'registry.residents', organisationCode: 'tsunagu-city', holdingOrganisationCode: 'tsunagu-city', regime: LegalRegime.PUBLIC_ORGAN };
    const decider = new AccessDecider(actor, Purpose.RESIDENT_REGISTRY, directory, new EffectivePolicy(DEFAULT_POLICY, 0));
    const refused = decider.decide('1000000001', CATEGORIES.PERSON_IDENTITY, 'registry.residents');
    expect(refused).toMatchObject({ allowed: false, failures: [{ basis: 'NOT_ADMITTED' }] });
    decider.addFacts(noFacts('1000000002'));
    expect(decider.decide('1000000002', CATEGORIES.PERSON_IDENTITY, 'registry.residents')).toMatchObject({ allowed: true, basis: 'WITHIN_PURPOSE' });
  });
});
