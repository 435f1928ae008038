import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from 'pg';
import { explain, mutate, reasonsOf } from '../support/graph-helpers';
import { startTestHub, type TestHub } from '../support/test-hub';

/**
 * The whole network of the sources as actors (issue 14): per kind of organisation, what it may
 * declare and see, and why — allow and deny with the article — including private bodies as consent
 * recipients, support-meeting members and referrers; and the directory kept by its administrator.
 */
let hub: TestHub;
let residents: string[];
let next = 0;
const fresh = () => residents[next++];

const ME = '{ me { unitCode regime declarableGrounds { purpose via contract ground { en ja } } } }';
const RECORD_CONSENT = `mutation($input: RecordConsentInput!) { recordConsent(input: $input, purpose: SELF_RELIANCE_SUPPORT) { id } }`;
const REFER = `mutation($i: ReferConcerningCaseInput!, $p: Purpose!) { referConcerningCase(input: $i, purpose: $p) { id } }`;
const SAVE_ORG = `mutation($i: OrganisationInput!, $r: String!) { saveOrganisation(input: $i, reason: $r) { code regime kind } }`;
const SAVE_UNIT = `mutation($i: UnitInput!, $r: String!) { saveUnit(input: $i, reason: $r) { code regime holdingOrganisationCode declarableGrounds { purpose via } refusedPurposes { purpose reason { en } } } }`;
const SAVE_CONTRACT = `mutation($i: ContractInput!, $r: String!) { saveContract(input: $i, reason: $r) { code validUntil } }`;
const SAVE_STAFF = `mutation($i: StaffInput!, $r: String!) { saveStaff(input: $i, reason: $r) { code role } }`;
const REASON = '組織改編に伴う台帳の更新';

function day(offset: number): string {
  return new Date(Date.now() + 9 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);
}

async function me(actor: string) {
  const response = await hub.query(actor, ME);
  expect(response.errors).toBeUndefined();
  return response.data.me as { unitCode: string; regime: string; declarableGrounds: { purpose: string; via: string; contract: string | null; ground: { en: string } }[] };
}

beforeAll(async () => {
  hub = await startTestHub();
  const client = new Client({ connectionString: hub.config.databaseUrl });
  await client.connect();
  const { rows } = await client.query("SELECT resident_number FROM resident.resident WHERE resident_number > '1000000100' AND NOT dv_protection ORDER BY resident_number LIMIT 30");
  await client.end();
  residents = rows.map((r) => r.resident_number);
});
afterAll(() => hub?.close());

describe('who may declare what (purpose-grounds.ts)', () => {
  it('a housing support corporation declares its own business (住宅SN法 §42) and, as a member, the support meeting’s purpose', async () => {
    const actor = await me('housing-support-worker');
    expect(actor.regime).toBe('PRIVATE_OPERATOR');
    expect(actor.declarableGrounds).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ purpose: 'HOUSING_SUPPORT_SERVICES', via: 'OWN_BUSINESS', ground: expect.objectContaining({ en: expect.stringContaining('42(i)(ii)') }) }),
        expect.objectContaining({ purpose: 'WATCHING_OVER', via: 'OWN_BUSINESS' }),
        expect.objectContaining({ purpose: 'SELF_RELIANCE_SUPPORT', via: 'MEMBERSHIP' }),
        expect.objectContaining({ purpose: 'HOUSING_SUPPORT_COUNCIL', via: 'MEMBERSHIP' }),
      ]),
    );
  });

  it('its watching-over office performs the city’s contract: the city’s records, public-organ regime, the contract’s services only', async () => {
    const actor = await me('watching-over-worker');
    expect(actor.regime).toBe('PUBLIC_ORGAN');
    expect(actor.declarableGrounds.map((g) => [g.purpose, g.via, g.contract])).toEqual([
      ['WATCHING_OVER', 'CONTRACT', 'contract.watching-over'],
      ['OUTREACH', 'CONTRACT', 'contract.watching-over'],
      ['PROTECTION_OF_LIFE_BODY_PROPERTY', 'ANYONE', null],
    ]);
    const refused = await hub.query('watching-over-worker', '{ resident(residentNumber: "1000000001", purpose: HOUSING_SUPPORT_SERVICES) { familyName } }');
    expect(refused.errors?.[0].extensions?.code).toBe('PURPOSE_NOT_PERMITTED');
  });

  it('the community care centre declares the contracted 包括的支援事業 (介護保険法 §115-47)', async () => {
    const actor = await me('care-centre-worker');
    expect(actor.regime).toBe('PUBLIC_ORGAN');
    expect(actor.declarableGrounds).toEqual(
      expect.arrayContaining([expect.objectContaining({ purpose: 'COMMUNITY_CARE', via: 'CONTRACT', contract: 'contract.community-care', ground: expect.objectContaining({ en: expect.stringContaining('115-47') }) })]),
    );
  });

  it('a realtor, the council of social welfare and the housing support council declare their own business only', async () => {
    expect((await me('realtor')).declarableGrounds.map((g) => [g.purpose, g.via])).toEqual([
      ['REAL_ESTATE_BUSINESS', 'OWN_BUSINESS'],
      ['HOUSING_SUPPORT_COUNCIL', 'MEMBERSHIP'],
      ['PROTECTION_OF_LIFE_BODY_PROPERTY', 'ANYONE'],
    ]);
    expect((await me('csw-worker')).declarableGrounds[0]).toMatchObject({ purpose: 'COMMUNITY_WELFARE', via: 'OWN_BUSINESS', ground: { en: expect.stringContaining('art. 109') } });
    expect((await me('council-secretariat')).declarableGrounds.map((g) => [g.purpose, g.via])).toEqual([['HOUSING_SUPPORT_COUNCIL', 'OWN_BUSINESS']]);
    const refused = await hub.query('realtor', '{ resident(residentNumber: "1000000001", purpose: SELF_RELIANCE_SUPPORT) { familyName } }');
    expect(refused.errors?.[0].extensions?.code).toBe('PURPOSE_NOT_PERMITTED');
  });

  it('the system administrator declares nothing and sees no resident', async () => {
    expect((await me('system-admin')).declarableGrounds).toEqual([]);
    const refused = await hub.query('system-admin', '{ resident(residentNumber: "1000000001", purpose: AUDIT) { familyName } }');
    expect(refused.errors?.[0].extensions?.code).toBe('PURPOSE_NOT_PERMITTED');
  });
});

describe('what each may see without a basis (deny by default)', () => {
  it('a private body reads nothing of the city’s within purpose: use within purpose is the holder’s (APPI 69(1) / 18(1))', async () => {
    for (const [actor, purpose] of [['realtor', 'REAL_ESTATE_BUSINESS'], ['housing-support-worker', 'HOUSING_SUPPORT_SERVICES'], ['council-secretariat', 'HOUSING_SUPPORT_COUNCIL'], ['csw-worker', 'COMMUNITY_WELFARE']]) {
      const entry = await explain(hub, actor, '1000000001', purpose, 'person.identity');
      expect(entry.allowed, actor).toBe(false);
      expect(reasonsOf(entry, 'WITHIN_PURPOSE'), actor).toContain('outside your organisation');
    }
  });

  it('a contractor keeps the city’s records, yet a new purpose no record was collected for opens nothing', async () => {
    for (const [actor, purpose, category] of [
      ['watching-over-worker', 'WATCHING_OVER', 'person.identity'],
      ['care-centre-worker', 'COMMUNITY_CARE', 'welfare.care'],
      ['caseworker', 'OUTREACH', 'person.identity'],
      ['caseworker', 'HOUSEHOLD_FINANCE_SUPPORT', 'housing.arrears'],
    ]) {
      const entry = await explain(hub, actor, '1000000001', purpose, category);
      expect(entry.allowed, `${actor} ${purpose}`).toBe(false);
      expect(reasonsOf(entry, 'WITHIN_PURPOSE')).toContain(`the declared purpose ${purpose} is not one of them`);
    }
  });
});

describe('private bodies under a basis', () => {
  it('as consent recipients: a written consent naming the corporation opens what it covers, citing the holder’s article, and nothing else', async () => {
    const n = fresh();
    const recorded = await mutate(hub, 'caseworker', RECORD_CONSENT, {
      input: {
        residentNumber: n, recipients: ['hsc.consultation'], dataControllers: ['tsunagu-city'], categories: ['housing.arrears'], purposes: ['HOUSING_SUPPORT_SERVICES'],
        method: 'WRITTEN', form: 'INTAKE_FORM', evidenceReference: '入居支援申込書 No.2026-0101', explanationGiven: true, validFrom: day(-1),
      },
    });
    expect(await explain(hub, 'housing-support-worker', n, 'HOUSING_SUPPORT_SERVICES', 'housing.arrears')).toMatchObject({
      allowed: true, basis: 'CONSENT', basisRecordId: recorded.id, citation: { en: 'APPI art. 69(2)(i)' },
    });
    expect((await explain(hub, 'housing-support-worker', n, 'HOUSING_SUPPORT_SERVICES', 'housing.tenancy')).allowed).toBe(false);
    // Another private body, or the same one for another purpose, gets nothing from it.
    expect((await explain(hub, 'realtor', n, 'REAL_ESTATE_BUSINESS', 'housing.arrears')).allowed).toBe(false);
    expect((await explain(hub, 'housing-support-worker', n, 'WATCHING_OVER', 'housing.arrears')).allowed).toBe(false);
  });

  it('as support-meeting members: a tabled case opens the meeting’s scope for its purpose (生活困窮者自立支援法 §9), not for the member’s business', async () => {
    const meeting = await mutate(hub, 'meeting-secretariat', 'mutation($i: CreateSupportMeetingInput!) { createSupportMeeting(input: $i) { id } }', {
      i: { name: 'つなぐ市支援会議（居住支援）', legalBasis: 'SELF_RELIANCE_SUPPORT_ACT_ART_9', scopeCategories: ['housing.arrears'], establishedOn: day(-30) },
    });
    for (const unit of ['hsc.consultation', 'housing.public-housing']) {
      await mutate(hub, 'meeting-secretariat', 'mutation($i: AddMeetingMemberInput!) { addMeetingMember(input: $i) { id } }', {
        i: { meetingId: meeting.id, unitCode: unit, memberFrom: day(-30), confidentialityAcknowledgedOn: day(-30) },
      });
    }
    const n = fresh();
    await mutate(hub, 'meeting-secretariat', 'mutation($i: TableCaseInput!) { tableCase(input: $i, purpose: SELF_RELIANCE_SUPPORT) { id } }', { i: { meetingId: meeting.id, residentNumber: n, tabledOn: day(-1) } });
    expect(await explain(hub, 'housing-support-worker', n, 'SELF_RELIANCE_SUPPORT', 'housing.arrears')).toMatchObject({
      allowed: true, basis: 'SUPPORT_MEETING', citation: { en: 'APPI art. 69(1); Act on Self-Reliance Support art. 9' },
    });
    const ownBusiness = await explain(hub, 'housing-support-worker', n, 'HOUSING_SUPPORT_SERVICES', 'housing.arrears');
    expect(ownBusiness.allowed).toBe(false);
    expect(reasonsOf(ownBusiness, 'SUPPORT_MEETING')).toContain('No case of this resident is open');
    // The realtor is no member: the same case gives it nothing.
    expect((await explain(hub, 'realtor', n, 'REAL_ESTATE_BUSINESS', 'housing.arrears')).allowed).toBe(false);
  });

  it('as referrers: a referral carries facts from the referrer’s own records, and the corporation holds none of the city’s categories', async () => {
    const meeting = await mutate(hub, 'meeting-secretariat', 'mutation($i: CreateSupportMeetingInput!) { createSupportMeeting(input: $i) { id } }', {
      i: { name: 'つなぐ市支援会議（通知）', legalBasis: 'SELF_RELIANCE_SUPPORT_ACT_ART_9', scopeCategories: ['housing.arrears'], establishedOn: day(-30) },
    });
    const response = await hub.query('housing-support-worker', REFER, {
      i: { residentNumber: fresh(), meetingId: meeting.id, facts: [{ category: 'housing.arrears', summary: '家賃の滞納が続き、連絡が取れない。' }] },
      p: 'SELF_RELIANCE_SUPPORT',
    });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'facts' });
    expect(response.errors?.[0].message).toContain('not held by hsc.consultation');
  });
});

describe('the directory is data, kept by the system administrator', () => {
  it('refuses every other role, and logs the attempt', async () => {
    for (const actor of ['privacy-officer', 'housing-officer', 'realtor']) {
      const response = await hub.query(actor, SAVE_ORG, { i: { code: 'evil-corp', name: '悪徳商事', regime: 'PUBLIC_ORGAN', kind: 'MUNICIPALITY' }, r: REASON });
      expect(response.errors?.[0].extensions?.code, actor).toBe('ROLE_NOT_PERMITTED');
    }
    const log = await hub.query('privacy-officer', '{ accessLog(filter: { actions: ["DIRECTORY_CHANGE_REFUSED"] }, first: 10) { entries { actorCode decision } } }');
    expect(log.errors).toBeUndefined();
    expect(log.data.accessLog.entries.map((e: any) => e.actorCode).sort()).toEqual(['housing-officer', 'privacy-officer', 'realtor']);
  });

  it('refuses a regime that contradicts the kind, and a contract for what cannot be entrusted', async () => {
    const wrong = await hub.query('system-admin', SAVE_ORG, { i: { code: 'fake-city', name: '偽市', regime: 'PRIVATE_OPERATOR', kind: 'MUNICIPALITY' }, r: REASON });
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.regime' });
    const taxContract = await hub.query('system-admin', SAVE_CONTRACT, {
      i: { code: 'contract.tax', name: '徴収委託', clientCode: 'tsunagu-city', contractorCode: 'tsunagu-realty', unitCode: 'realty.leasing', services: ['TAX_ASSESSMENT_AND_COLLECTION'], validFrom: day(0) },
      r: REASON,
    });
    expect(taxContract.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.services' });
  });

  it('adds a body with staff, logs every change with who made it, and the next request sees it', async () => {
    await mutate(hub, 'system-admin', SAVE_ORG, { i: { code: 'npo-anshin', name: 'NPO法人あんしん見守り', regime: 'PRIVATE_OPERATOR', kind: 'HOUSING_SUPPORT_CORPORATION' }, r: REASON });
    const unit = await mutate(hub, 'system-admin', SAVE_UNIT, {
      i: { code: 'anshin.desk', name: 'あんしん 相談窓口', organisationCode: 'npo-anshin', purposes: ['HOUSING_SUPPORT_SERVICES', 'PUBLIC_ASSISTANCE'] },
      r: REASON,
    });
    expect(unit).toMatchObject({ regime: 'PRIVATE_OPERATOR', declarableGrounds: [{ purpose: 'HOUSING_SUPPORT_SERVICES', via: 'OWN_BUSINESS' }] });
    expect(unit.refusedPurposes).toEqual([{ purpose: 'PUBLIC_ASSISTANCE', reason: { en: expect.stringContaining('APPI 17(1)') } }]);
    await mutate(hub, 'system-admin', SAVE_STAFF, { i: { code: 'anshin-worker', name: '安心 守', unitCode: 'anshin.desk', role: 'HOUSING_SUPPORT_WORKER', active: true }, r: REASON });
    expect((await me('anshin-worker')).declarableGrounds.map((g) => g.purpose)).toEqual(['HOUSING_SUPPORT_SERVICES']);

    const log = await hub.query('privacy-officer', '{ accessLog(filter: { actions: ["DIRECTORY_CHANGED"], actorCode: "system-admin" }, first: 10) { entries { actorCode decision } } }');
    expect(log.data.accessLog.entries).toHaveLength(3);
  });

  it('a contract that ends takes the contractor back to its own regime and purposes on the next request', async () => {
    expect((await me('watching-over-worker')).regime).toBe('PUBLIC_ORGAN');
    await mutate(hub, 'system-admin', SAVE_CONTRACT, {
      i: { code: 'contract.watching-over', name: '地域居住支援事業（見守り）委託契約', clientCode: 'tsunagu-city', contractorCode: 'npo-sumai-net', unitCode: 'hsc.watching-over', services: ['WATCHING_OVER', 'OUTREACH'], validFrom: '2024-04-01', validUntil: day(-1) },
      r: '契約期間満了による終了',
    });
    const after = await me('watching-over-worker');
    expect(after.regime).toBe('PRIVATE_OPERATOR');
    // Watching over is still the corporation's own business (住宅SN法 §42(iii)); outreach was only the city's.
    expect(after.declarableGrounds.map((g) => [g.purpose, g.via])).toEqual([['WATCHING_OVER', 'OWN_BUSINESS'], ['PROTECTION_OF_LIFE_BODY_PROPERTY', 'ANYONE']]);
  });
});
