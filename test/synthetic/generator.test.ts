import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { RelationshipToHead, Sex } from '../../src/resident/enums';
import { NonTaxableReason } from '../../src/tax/enums';
import { SupportConcern } from '../../src/welfare/enums';
import { ageOn } from '../../src/synthetic/dates';
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from '../../src/synthetic/japanese/given-names';
import { CITY_PREFIX, TOWNS } from '../../src/synthetic/japanese/places';
import { SURNAMES } from '../../src/synthetic/japanese/surnames';
import { generateMunicipality } from '../../src/synthetic/municipality';
import { Random } from '../../src/synthetic/random';
import { RATES } from '../../src/synthetic/rates';
import { effectiveMonthlyRent } from '../../src/synthetic/records/housing';
import { TABLES, type TableName } from '../../src/synthetic/tables';
import { groupBy } from '../../src/collections/group-by';
import { collect, type Collected, type Row } from './collect';

const AS_OF = '2026-10-01';
const KATAKANA = /^[\u30A0-\u30FF]+$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function fingerprint(batches: Iterable<{ table: string; rows: unknown[][] }>, limit = Infinity): string {
  const hash = createHash('sha256');
  let count = 0;
  for (const batch of batches) {
    if (count++ >= limit) break;
    hash.update(batch.table).update(JSON.stringify(batch.rows));
  }
  return hash.digest('hex');
}

describe('Random', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const draw = (seed: string | number) => {
      const rng = new Random(seed);
      return Array.from({ length: 20 }, () => rng.int(1, 1_000_000));
    };
    expect(draw('a')).toEqual(draw('a'));
    expect(draw(7)).toEqual(draw('7'));
    expect(draw('a')).not.toEqual(draw('b'));
  });

  it('draws integers in range, weighted keys in proportion and dates between bounds', () => {
    const rng = new Random('helpers');
    const counts = { rare: 0, common: 0 };
    const integers = new Set<number>();
    const dates = new Set<string>();
    for (let i = 0; i < 20_000; i++) {
      integers.add(rng.int(3, 5));
      counts[rng.weighted({ rare: 1, common: 3 })]++;
      dates.add(rng.dateBetween('2024-02-27', '2024-03-02'));
    }
    expect([...integers].sort()).toEqual([3, 4, 5]);
    expect([...dates].sort()).toEqual(['2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01', '2024-03-02']);
    expect(counts.common / counts.rare).toBeGreaterThan(2.7);
    expect(counts.common / counts.rare).toBeLessThan(3.3);
  });
});

describe('generateMunicipality', () => {
  it('is deterministic for a seed and changes with the seed', () => {
    const options = { residents: 20_000, batchSize: 1_000 };
    const first = fingerprint(generateMunicipality({ ...options, seed: 'same' }), 30);
    expect(fingerprint(generateMunicipality({ ...options, seed: 'same' }), 30)).toBe(first);
    expect(fingerprint(generateMunicipality({ ...options, seed: 'other' }), 30)).not.toBe(first);
  });

  it('generates exactly the residents asked for, and at least the demo cast', () => {
    expect(collect({ residents: 1_234 }).rows.resident).toHaveLength(1_234);
    expect(collect({ residents: 3 }).rows.resident).toHaveLength(12);
  });

  it('rejects an as-of date that is not an ISO date', () => {
    expect(() => [...generateMunicipality({ residents: 10, asOf: '1.10.2026' })]).toThrow(/ISO date/);
  });
});

describe('a generated municipality of 20,000 residents', () => {
  let data: Collected;
  let rows: Collected['rows'];
  let residentsByNumber: Map<string, Row>;
  let ageOf: (residentNumber: string) => number;

  beforeAll(() => {
    data = collect({ residents: 20_000, seed: 'generator-test', asOf: AS_OF, batchSize: 2_000 });
    rows = data.rows;
    residentsByNumber = new Map(rows.resident.map((resident) => [resident.resident_number, resident]));
    ageOf = (residentNumber) => ageOn(residentsByNumber.get(residentNumber)!.date_of_birth, AS_OF);
  });

  it('yields rows of the table arity, in batches no larger than asked, never before the rows they refer to', () => {
    expect(data.streamProblems).toEqual([]);
    for (const table of Object.keys(TABLES) as TableName[]) expect(rows[table].length, table).toBeGreaterThan(0);
  });

  it('gives every column a value of its PostgreSQL type', () => {
    for (const [table, spec] of Object.entries(TABLES) as [TableName, (typeof TABLES)[TableName]][]) {
      for (const row of rows[table]) {
        for (const column of spec.columns) {
          const value = row[column.name];
          if (value === null) continue;
          const ok = {
            text: typeof value === 'string',
            int: Number.isInteger(value),
            bigint: Number.isInteger(value),
            date: typeof value === 'string' && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value)),
            boolean: typeof value === 'boolean',
            'text[]': Array.isArray(value) && value.every((element) => typeof element === 'string'),
          }[column.type];
          if (!ok) throw new Error(`${table}.${column.name} = ${JSON.stringify(value)} is not ${column.type}`);
        }
      }
    }
  });

  it('numbers ids from 1 in every serial table', () => {
    for (const [table, spec] of Object.entries(TABLES) as [TableName, (typeof TABLES)[TableName]][]) {
      if (!('serialId' in spec)) continue;
      expect(rows[table].map((row) => row.id), table).toEqual(rows[table].map((_, index) => index + 1));
    }
  });

  it('gives unique, well-formed register numbers and identifiers', () => {
    const residentNumbers = rows.resident.map((resident) => resident.resident_number);
    expect(new Set(residentNumbers).size).toBe(residentNumbers.length);
    expect(residentNumbers.every((number) => /^1\d{9}$/.test(number))).toBe(true);
    expect(residentNumbers[0]).toBe('1000000001');
    const householdNumbers = rows.household.map((household) => household.household_number);
    expect(new Set(householdNumbers).size).toBe(householdNumbers.length);
    expect(householdNumbers.every((number) => /^2\d{9}$/.test(number))).toBe(true);

    const badCaseNumbers = [
      ...rows.publicAssistance.filter((row) => !/^PA-\d{4}-\d{6}$/.test(row.case_number) || row.case_number.slice(3, 7) !== row.started_on.slice(0, 4)),
      ...rows.selfRelianceCase.filter((row) => !/^SR-\d{4}-\d{6}$/.test(row.case_number) || row.case_number.slice(3, 7) !== row.intake_on.slice(0, 4)),
    ];
    expect(badCaseNumbers).toEqual([]);
    const prefix: Record<string, string> = { ELECTRICITY: 'E', GAS: 'G', WATER: 'W' };
    const customerNumbers = rows.utilityAccount.map((account) => account.customer_number);
    expect(new Set(customerNumbers).size).toBe(customerNumbers.length);
    expect(rows.utilityAccount.filter((account) => !new RegExp(`^${prefix[account.service]}\\d{10}$`).test(account.customer_number))).toEqual([]);
  });

  it('writes every reading in full-width katakana', () => {
    const notKatakana = rows.resident
      .flatMap((resident) => [resident.family_name_kana, resident.given_name_kana])
      .filter((kana) => !KATAKANA.test(kana));
    expect(notKatakana).toEqual([]);
    const allNames = [...SURNAMES, ...Object.values(MALE_GIVEN_NAMES).flat(), ...Object.values(FEMALE_GIVEN_NAMES).flat()];
    expect(allNames.filter((name) => !KATAKANA.test(name.kana))).toEqual([]);
    expect(SURNAMES.length).toBeGreaterThanOrEqual(150);
    expect(Object.values(MALE_GIVEN_NAMES).flat().length).toBeGreaterThanOrEqual(120);
    expect(Object.values(FEMALE_GIVEN_NAMES).flat().length).toBeGreaterThanOrEqual(120);
  });

  it('gives given names that match the sex', () => {
    const male = new Set(Object.values(MALE_GIVEN_NAMES).flat().map((name) => name.name));
    const female = new Set(Object.values(FEMALE_GIVEN_NAMES).flat().map((name) => name.name));
    expect([...male].filter((name) => female.has(name))).toEqual([]);
    const mismatched = rows.resident.filter((resident) => !(resident.sex === Sex.MALE ? male : female).has(resident.given_name));
    expect(mismatched).toEqual([]);
  });

  it('keeps a household together: one head, shared surname, address and postal code', () => {
    const towns = new Map(TOWNS.map((town) => [town.postalCode, town.name]));
    const households = new Map(rows.household.map((household) => [household.household_number, household]));
    const problems: string[] = [];
    for (const [householdNumber, members] of groupBy(rows.resident, (resident) => resident.household_number)) {
      const household = households.get(householdNumber)!;
      const heads = members.filter((member) => member.relationship_to_head === RelationshipToHead.HEAD);
      if (heads.length !== 1 || heads[0].resident_number !== household.head_resident_number) problems.push(`${householdNumber}: head`);
      const head = heads[0];
      for (const member of members) {
        if (member.address !== head.address || member.postal_code !== head.postal_code) problems.push(`${member.resident_number}: address`);
        if (member.relationship_to_head !== RelationshipToHead.NON_RELATIVE && member.family_name !== head.family_name) {
          problems.push(`${member.resident_number}: surname`);
        }
      }
      if (!head.address.startsWith(CITY_PREFIX + towns.get(head.postal_code))) problems.push(`${householdNumber}: town`);
      if (!/^\d{3}-\d{4}$/.test(head.postal_code)) problems.push(`${householdNumber}: postal code`);
    }
    expect(problems).toEqual([]);
    expect(households.size).toBe(groupBy(rows.resident, (resident) => resident.household_number).size);
  });

  it('makes ages consistent with relationships', () => {
    const problems: string[] = [];
    const checkGap = (member: Row, gap: number, from: number, to: number) => {
      if (gap < from || gap > to) problems.push(`${member.resident_number} (${member.relationship_to_head}): ${gap} years`);
    };
    let children = 0;
    for (const members of groupBy(rows.resident, (resident) => resident.household_number).values()) {
      const head = members.find((member) => member.relationship_to_head === RelationshipToHead.HEAD)!;
      const spouse = members.find((member) => member.relationship_to_head === RelationshipToHead.SPOUSE);
      const headAge = ageOf(head.resident_number);
      for (const member of members) {
        const gap = headAge - ageOf(member.resident_number);
        switch (member.relationship_to_head) {
          case RelationshipToHead.CHILD:
            children++;
            checkGap(member, gap, 20, 45);
            if (spouse) checkGap(member, ageOf(spouse.resident_number) - ageOf(member.resident_number), 20, 45);
            break;
          case RelationshipToHead.PARENT:
            checkGap(member, -gap, 20, 45);
            break;
          case RelationshipToHead.GRANDCHILD:
            checkGap(member, gap, 40, 90);
            break;
          case RelationshipToHead.SPOUSE:
            checkGap(member, Math.abs(gap), 0, 10);
            if (member.sex === head.sex) problems.push(`${member.resident_number}: spouse of the same sex`);
            break;
        }
      }
    }
    expect(problems).toEqual([]);
    expect(children).toBeGreaterThan(1_000);
  });

  it('dates nothing after the as-of date except validity ends and scheduled stops', () => {
    const mayBeFuture = new Set(['valid_until', 'scheduled_stop_on', 'period_end']);
    for (const [table, spec] of Object.entries(TABLES) as [TableName, (typeof TABLES)[TableName]][]) {
      for (const column of spec.columns.filter((c) => c.type === 'date' && !mayBeFuture.has(c.name))) {
        const late = rows[table].find((row) => row[column.name] !== null && row[column.name] > AS_OF);
        expect(late, `${table}.${column.name}`).toBeUndefined();
      }
    }
    for (const resident of rows.resident) expect(resident.registered_on >= resident.date_of_birth).toBe(true);
  });

  it('hits the target rates of an ageing Japanese city', () => {
    const residents = rows.resident.length;
    const adults = rows.resident.filter((resident) => ageOf(resident.resident_number) >= 18);
    const elderly = rows.resident.filter((resident) => ageOf(resident.resident_number) >= 65);
    const households = rows.household.length;
    const people = (table: TableName) => new Set(rows[table].map((row) => row.resident_number)).size;
    const householdOf = new Map(rows.resident.map((resident) => [resident.resident_number, resident.household_number]));
    const assisted = new Set(
      rows.publicAssistance.filter((row) => ['RECEIVING', 'SUSPENDED'].includes(row.status)).map((row) => householdOf.get(row.resident_number)),
    );
    const currentYear = rows.residentTaxAssessment.filter((row) => row.fiscal_year === 2026);
    const kinds = groupBy(rows.disabilityCertificate, (row) => row.certificate_kind);
    const expectNear = (actual: number, target: number, tolerance: number, what: string) =>
      expect(Math.abs(actual - target) / target, `${what}: ${actual.toFixed(4)} vs ${target}`).toBeLessThanOrEqual(tolerance);

    expectNear(residents / households, RATES.meanHouseholdSize, 0.06, 'mean household size');
    expectNear(elderly.length / residents, RATES.residentsAged65Plus, 0.08, 'aged 65+');
    expectNear(rows.publicHousingTenancy.filter((row) => row.status === 'ACTIVE').length / households, RATES.publicHousingHouseholds, 0.2, 'public housing');
    expectNear(rows.rentArrears.length / rows.publicHousingTenancy.length, RATES.rentArrearsTenancies, 0.4, 'rent arrears');
    expectNear(people('housingConsultation') / households, RATES.housingConsultationHouseholds, 0.4, 'housing consultations');
    expect(currentYear.length).toBe(adults.length);
    expectNear(currentYear.filter((row) => !row.taxable).length / adults.length, RATES.nonTaxableAdults, 0.12, 'non-taxable');
    expectNear(people('taxArrears') / adults.length, RATES.taxArrearsAdults, 0.25, 'tax arrears');
    expectNear(people('nhiPremiumArrears') / households, RATES.nhiArrearsHouseholds, 0.2, 'NHI arrears');
    expectNear(rows.resident.filter((r) => assisted.has(r.household_number)).length / residents, RATES.publicAssistanceResidents, 0.25, 'public assistance');
    expectNear(people('careCertification') / elderly.length, RATES.careCertifiedElderly, 0.12, 'care certification');
    expectNear(people('disabilityCertificate') / residents, RATES.disabilityCertificateResidents, 0.12, 'disability');
    expectNear(kinds.get('PHYSICAL')!.length / rows.disabilityCertificate.length, 0.55, 0.12, 'physical');
    expectNear(kinds.get('INTELLECTUAL')!.length / rows.disabilityCertificate.length, 0.15, 0.3, 'intellectual');
    expectNear(kinds.get('MENTAL')!.length / rows.disabilityCertificate.length, 0.3, 0.2, 'mental');
    expectNear(people('selfRelianceCase') / adults.length, RATES.selfRelianceCaseAdults, 0.4, 'self-reliance cases');
    expect(people('housingSecurityBenefit')).toBeGreaterThan(0);
    expect(people('housingSecurityBenefit') / adults.length).toBeLessThan(RATES.housingSecurityBenefitAdults * 3);
    expectNear(rows.utilityAccount.filter((row) => row.service === 'GAS').length / households, RATES.gasAccountHouseholds, 0.06, 'gas');
    expectNear(rows.utilityArrears.length / rows.utilityAccount.length, RATES.utilityArrearsAccounts, 0.2, 'utility arrears');
    expectNear(rows.supplyStopNotice.length / rows.utilityAccount.length, RATES.supplyStopNoticeAccounts, 0.3, 'supply stops');
    const careLevels = groupBy(rows.careCertification, (row) => row.care_level);
    expect(careLevels.get('CARE_1')!.length).toBeGreaterThan(careLevels.get('CARE_5')!.length);
  });

  it('clusters hardship in the same households across departments', () => {
    const householdOf = new Map(rows.resident.map((resident) => [resident.resident_number, resident.household_number]));
    const householdsWith = (table: TableName) => new Set(rows[table].map((row) => householdOf.get(row.resident_number)));
    const nonTaxableHeads = new Set(
      rows.residentTaxAssessment.filter((row) => row.fiscal_year === 2026 && !row.taxable).map((row) => householdOf.get(row.resident_number)),
    );
    const inUtilityArrears = [...householdsWith('utilityArrears')];
    const share = (households: unknown[], set: Set<unknown>) => households.filter((household) => set.has(household)).length / households.length;
    const all = rows.household.map((household) => household.household_number);
    // People behind on utilities are much more likely to be behind on taxes or poor enough not to be taxed.
    expect(share(inUtilityArrears, householdsWith('nhiPremiumArrears'))).toBeGreaterThan(3 * share(all, householdsWith('nhiPremiumArrears')));
    expect(share(inUtilityArrears, nonTaxableHeads)).toBeGreaterThan(1.3 * share(all, nonTaxableHeads));
    // And many of them have no contact with welfare: the people who fall between departments.
    const welfare = new Set([...householdsWith('publicAssistance'), ...householdsWith('selfRelianceCase')]);
    const multiple = inUtilityArrears.filter((household) => householdsWith('taxArrears').has(household) || householdsWith('nhiPremiumArrears').has(household));
    expect(multiple.filter((household) => !welfare.has(household)).length).toBeGreaterThan(20);
  });

  it('keeps department records consistent with each other', () => {
    const problems: string[] = [];
    const check = (ok: boolean, what: string) => {
      if (!ok) problems.push(what);
    };
    const householdOf = new Map(rows.resident.map((resident) => [resident.resident_number, resident.household_number]));
    const householdSizes = new Map([...groupBy(rows.resident, (resident) => resident.household_number)].map(([number, members]) => [number, members.length]));
    const heads = new Set(rows.household.map((household) => household.head_resident_number));

    const tenancies = new Map(rows.publicHousingTenancy.map((tenancy) => [tenancy.id, tenancy]));
    for (const arrears of rows.rentArrears) {
      const tenancy = tenancies.get(arrears.tenancy_id)!;
      check(arrears.resident_number === tenancy.resident_number, `rent arrears ${arrears.id}: tenant`);
      const rent = effectiveMonthlyRent(tenancy.monthly_rent_yen, tenancy.rent_reduction_percent);
      check(arrears.amount_yen === arrears.months_in_arrears * rent, `rent arrears ${arrears.id}: amount`);
      check(arrears.months_in_arrears >= 1 && arrears.months_in_arrears <= 24, `rent arrears ${arrears.id}: months`);
    }
    const guidanceByArrears = groupBy(rows.rentPaymentGuidance, (row) => row.arrears_id);
    check(guidanceByArrears.size === rows.rentArrears.length, 'every rent arrears has guidance');
    for (const [arrearsId, guidance] of guidanceByArrears) {
      const dates = guidance.map((entry) => entry.given_on);
      check(guidance.length <= 6 && dates.join() === [...dates].sort().join(), `guidance of arrears ${arrearsId}`);
    }
    for (const tenancy of rows.publicHousingTenancy) {
      check(tenancy.monthly_rent_yen >= 8_000 && tenancy.monthly_rent_yen <= 60_000, `tenancy ${tenancy.id}: rent`);
      check(tenancy.rent_reduction_percent > 0 === (tenancy.rent_reduction_reason !== null), `tenancy ${tenancy.id}: reduction reason`);
      check(heads.has(tenancy.resident_number), `tenancy ${tenancy.id}: on the head`);
      if (tenancy.status !== 'ACTIVE') continue;
      const tenant = residentsByNumber.get(tenancy.resident_number)!;
      check(tenant.address.endsWith(`${tenancy.estate_name}${tenancy.building}${tenancy.unit_number}号室`), `tenancy ${tenancy.id}: address`);
      check(tenancy.household_size === householdSizes.get(tenant.household_number), `tenancy ${tenancy.id}: household size`);
    }

    const accounts = new Map(rows.utilityAccount.map((account) => [account.id, account]));
    for (const row of [...rows.utilityArrears, ...rows.supplyStopNotice]) {
      const account = accounts.get(row.account_id)!;
      check(row.provider_unit === account.provider_unit && row.resident_number === account.resident_number, `account ${row.account_id}: copied fields`);
    }
    for (const notice of rows.supplyStopNotice) {
      check((notice.executed_on !== null) === ['EXECUTED', 'RESTORED'].includes(notice.status), `stop ${notice.id}: executed_on`);
      check((notice.restored_on !== null) === (notice.status === 'RESTORED'), `stop ${notice.id}: restored_on`);
      check(notice.scheduled_stop_on > notice.notified_on, `stop ${notice.id}: dates`);
    }
    for (const [holder, held] of groupBy(rows.utilityAccount, (account) => account.resident_number)) {
      const services = held.map((account) => account.service);
      check(heads.has(holder) && services.includes('ELECTRICITY') && services.includes('WATER') && new Set(services).size === services.length, `accounts of ${holder}`);
      check(held.every((account) => account.supply_address === residentsByNumber.get(holder)!.address), `supply address of ${holder}`);
    }
    expect(new Set(rows.utilityAccount.map((account) => account.resident_number)).size).toBe(rows.household.length);

    const receiving = new Set(rows.publicAssistance.filter((row) => row.status === 'RECEIVING').map((row) => householdOf.get(row.resident_number)));
    for (const assessment of rows.residentTaxAssessment) {
      const label = `assessment ${assessment.id}`;
      if (receiving.has(householdOf.get(assessment.resident_number))) check(assessment.non_taxable_reason === NonTaxableReason.PUBLIC_ASSISTANCE, label);
      check(assessment.taxable === (assessment.non_taxable_reason === null), label);
      check(assessment.taxable ? assessment.annual_tax_yen >= 5_000 : assessment.annual_tax_yen === 0, label);
    }
    const activeTenants = new Set(rows.publicHousingTenancy.filter((tenancy) => tenancy.status === 'ACTIVE').map((tenancy) => tenancy.resident_number));
    for (const assistance of rows.publicAssistance) {
      check(heads.has(assistance.resident_number), `assistance ${assistance.id}: on the head`);
      check(assistance.housing_allowance_monthly_yen <= 37_000 * 1.4, `assistance ${assistance.id}: allowance`);
      check((assistance.ended_on !== null) === (assistance.status === 'ENDED'), `assistance ${assistance.id}: ended_on`);
      check(assistance.household_size === householdSizes.get(householdOf.get(assistance.resident_number)), `assistance ${assistance.id}: size`);
    }
    const assistedTenants = rows.publicAssistance.filter((row) => row.status === 'RECEIVING' && activeTenants.has(row.resident_number));
    expect(assistedTenants.filter((row) => row.rent_paid_directly).length / assistedTenants.length).toBeGreaterThan(0.6);

    const concerns = new Set<string>(Object.values(SupportConcern));
    for (const supportCase of rows.selfRelianceCase) {
      const label = `self-reliance case ${supportCase.id}`;
      const listed: string[] = supportCase.main_concerns;
      check(listed.length >= 1 && listed.length <= 3 && new Set(listed).size === listed.length && listed.every((c) => concerns.has(c)), label);
      check((supportCase.closed_on !== null) === (supportCase.status === 'CLOSED'), label);
      check(supportCase.plan_agreed_on === null || supportCase.plan_agreed_on > supportCase.intake_on, label);
    }
    for (const nhi of rows.nhiPremiumArrears) check(nhi.levy_kind === 'TAX' && nhi.short_term_certificate === nhi.months_unpaid >= 6, `NHI ${nhi.id}`);
    const grades: Record<string, RegExp> = { PHYSICAL: /^[1-6]級$/, INTELLECTUAL: /^[AB]$/, MENTAL: /^[1-3]級$/ };
    for (const certificate of rows.disabilityCertificate) check(grades[certificate.certificate_kind].test(certificate.grade), `certificate ${certificate.id}`);
    for (const certification of rows.careCertification) {
      check(ageOf(certification.resident_number) >= 65 && certification.valid_until > certification.certified_on, `care ${certification.id}`);
    }
    expect(problems).toEqual([]);
  });

  it('protects about 0.03% of adults from disclosure, mostly women', () => {
    const protectedResidents = rows.resident.filter((resident) => resident.dv_protection);
    expect(protectedResidents.length).toBeGreaterThanOrEqual(2);
    expect(protectedResidents.length).toBeLessThan(20);
    expect(protectedResidents.every((resident) => ageOf(resident.resident_number) >= 18)).toBe(true);
  });
});
