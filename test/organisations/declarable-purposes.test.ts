import { describe, expect, it } from 'vitest';
import { checkContract, checkMembership, checkOrganisation } from '../../src/organisation/admin/directory-checks';
import { Directory } from '../../src/organisation/directory';
import { MembershipBody } from '../../src/organisation/membership-body';
import { LegalRegime, OrganisationKind as Kind } from '../../src/organisation/units';
import { formatOf } from '../../src/imports/formats';
import { operatorRefusal } from '../../src/imports/import-log';
import { declarablePurposes } from '../../src/policy/declarable-purposes';
import { Purpose as P } from '../../src/policy/purposes';

const PRIVATE = LegalRegime.PRIVATE_OPERATOR;
const PUBLIC = LegalRegime.PUBLIC_ORGAN;
const standing = (over: Partial<Parameters<typeof declarablePurposes>[0]>) => ({ regime: PRIVATE, kind: Kind.HOUSING_SUPPORT_CORPORATION, assigned: [], contracts: [], memberships: [], ...over });

describe('declarablePurposes (the pure rule)', () => {
  it('a private operator declares its own business only (APPI 17(1)), refusing a municipal function', () => {
    const { declarable, refused } = declarablePurposes(standing({ assigned: [P.HOUSING_SUPPORT_SERVICES, P.PUBLIC_ASSISTANCE, P.COMMUNITY_WELFARE] }));
    expect(declarable.map((d) => [d.purpose, d.via])).toEqual([[P.HOUSING_SUPPORT_SERVICES, 'OWN_BUSINESS']]);
    expect(refused.map((r) => r.purpose)).toEqual([P.PUBLIC_ASSISTANCE, P.COMMUNITY_WELFARE]);
    expect(refused[0].reason.en).toContain('APPI 17(1)');
  });

  it('a unit performing a contract declares the contracted services and no business of its own', () => {
    const { declarable, refused } = declarablePurposes(standing({ assigned: [P.WATCHING_OVER, P.HOUSING_SUPPORT_SERVICES, P.PROTECTION_OF_LIFE_BODY_PROPERTY], contracts: [{ code: 'c1', services: [P.WATCHING_OVER] }] }));
    expect(declarable.map((d) => [d.purpose, d.via, d.contract])).toEqual([[P.WATCHING_OVER, 'CONTRACT', 'c1'], [P.PROTECTION_OF_LIFE_BODY_PROPERTY, 'ANYONE', undefined]]);
    expect(refused.map((r) => r.purpose)).toEqual([P.HOUSING_SUPPORT_SERVICES]);
  });

  it('a member declares the body’s purpose; without the seat it is refused', () => {
    expect(declarablePurposes(standing({ kind: Kind.REAL_ESTATE_AGENT, assigned: [P.SELF_RELIANCE_SUPPORT], memberships: [MembershipBody.SUPPORT_MEETING] })).declarable[0].via).toBe('MEMBERSHIP');
    expect(declarablePurposes(standing({ kind: Kind.REAL_ESTATE_AGENT, assigned: [P.SELF_RELIANCE_SUPPORT] })).declarable).toEqual([]);
  });

  it('a public organ declares the functions of its kind: the water works supplies water, it does not register residents', () => {
    const { declarable, refused } = declarablePurposes(standing({ regime: PUBLIC, kind: Kind.PUBLIC_ENTERPRISE, assigned: [P.UTILITY_SUPPLY, P.RESIDENT_REGISTRY, 'NO_SUCH_PURPOSE'] }));
    expect(declarable.map((d) => [d.purpose, d.via])).toEqual([[P.UTILITY_SUPPLY, 'PUBLIC_FUNCTION']]);
    expect(refused.map((r) => r.purpose)).toEqual([P.RESIDENT_REGISTRY, 'NO_SUCH_PURPOSE']);
  });
});

describe('the directory on a day', () => {
  const data = {
    organisations: [
      { code: 'city', name: '市', regime: PUBLIC, kind: Kind.MUNICIPALITY },
      { code: 'npo', name: 'NPO', regime: PRIVATE, kind: Kind.HOUSING_SUPPORT_CORPORATION },
    ],
    units: [{ code: 'npo.desk', name: '窓口', organisationCode: 'npo', purposes: [P.WATCHING_OVER, P.OUTREACH] }],
    contracts: [{ code: 'c1', clientCode: 'city', contractorCode: 'npo', unitCode: 'npo.desk', services: [P.WATCHING_OVER, P.OUTREACH], validFrom: '2026-04-01', validUntil: '2027-03-31' }],
    memberships: [],
  };

  it('keeps the client’s records under the public-organ regime only while the contract runs (APPI 66(2))', () => {
    expect(Directory.fromData(data, '2026-12-05').unit('npo.desk')).toMatchObject({ holdingOrganisationCode: 'city', regime: PUBLIC, contractCode: 'c1' });
    const after = Directory.fromData(data, '2027-04-01').unit('npo.desk')!;
    expect(after).toMatchObject({ holdingOrganisationCode: 'npo', regime: PRIVATE, contractCode: undefined });
    expect(after.declarable.map((d) => d.purpose)).toEqual([P.WATCHING_OVER]);
  });
});

describe('directory checks', () => {
  it('a kind fixes the regime', () => {
    expect(checkOrganisation({ code: 'x-city', regime: PRIVATE, kind: Kind.MUNICIPALITY })[0].field).toBe('regime');
    expect(checkOrganisation({ code: 'realty', regime: PRIVATE, kind: Kind.REAL_ESTATE_AGENT })).toEqual([]);
  });

  it('a contract runs from a municipality to a private operator’s unit, for services that can be entrusted', () => {
    const city = { code: 'city', regime: PUBLIC, kind: Kind.MUNICIPALITY };
    const npo = { code: 'npo', regime: PRIVATE, kind: Kind.HOUSING_SUPPORT_CORPORATION };
    const contract = { code: 'c1', services: [P.WATCHING_OVER], validFrom: '2026-04-01', validUntil: null };
    expect(checkContract(contract, city, npo, 'npo')).toEqual([]);
    expect(checkContract(contract, npo, city, 'npo').map((p) => p.field)).toEqual(['clientCode', 'contractorCode', 'unitCode']);
    expect(checkContract({ ...contract, services: [P.RESIDENT_REGISTRY], validUntil: '2026-01-01' }, city, npo, 'npo').map((p) => p.field)).toEqual(['services', 'validFrom']);
  });

  it('a support meeting is convened by a municipality, a council seat by the council', () => {
    const council = { code: 'council', regime: PRIVATE, kind: Kind.HOUSING_SUPPORT_COUNCIL };
    const seat = { code: 'm1', body: MembershipBody.SUPPORT_MEETING, memberFrom: '2026-04-01' };
    expect(checkMembership(seat, council, true).map((p) => p.field)).toEqual(['convenerCode']);
    expect(checkMembership({ ...seat, body: MembershipBody.HOUSING_SUPPORT_COUNCIL }, council, true)).toEqual([]);
  });
});

describe('the directory’s CSV import', () => {
  it('is for the system administrator alone; other operators are refused (and the refusal logged by the command)', async () => {
    const operator = (actorRole: string) => ({ actorCode: 'x', actorRole, unitCode: null, organisationCode: null });
    for (const kind of ['organisations', 'units', 'contracts', 'memberships', 'staff']) {
      expect(operatorRefusal(formatOf(kind)!, operator('SYSTEM_ADMINISTRATOR')), kind).toBeUndefined();
      expect(operatorRefusal(formatOf(kind)!, operator('PRIVACY_OFFICER')), kind).toContain('SYSTEM_ADMINISTRATOR');
      expect(operatorRefusal(formatOf(kind)!, operator('OPERATOR')), kind).toContain('SYSTEM_ADMINISTRATOR');
    }
    expect(operatorRefusal(formatOf('residents')!, operator('OPERATOR'))).toBeUndefined();
  });
});
