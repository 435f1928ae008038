import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_RESIDENTS } from '../../src/synthetic/demo-cast';
import { asSeen, plainResidents, sql } from '../support/differential';
import { startTestHub, type TestHub } from '../support/test-hub';

const PAGE = `query($n: ID!) { resident(residentNumber: $n, purpose: PUBLIC_ASSISTANCE) { address household { members { residentNumber address } } } }`;
const LIST = `query($ns: [ID!]!) { residents(residentNumbers: $ns, purpose: PUBLIC_ASSISTANCE) { residentNumber address } }`;
const HEAD = DEMO_RESIDENTS.assistedHouseholdHead;

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.close());

/** How many times the hub read facts (policy.subject_facts) while `work` ran. */
async function factsStatements(work: () => Promise<unknown>): Promise<number> {
  const before = hub.statements.length;
  await work();
  return hub.statements.slice(before).filter((s) => s.includes('subject_facts')).length;
}

const page = (n: string = HEAD) => hub.query('assistance-caseworker', PAGE, { n });

describe('the facts the hub keeps between requests', () => {
  it('are read once while nothing they come from changes: a page, then a list of the same and other residents', async () => {
    expect(await factsStatements(() => page())).toBe(1);
    expect(await factsStatements(() => page())).toBe(0);
    const others = await plainResidents(hub, 3);
    const list = [HEAD, DEMO_RESIDENTS.careCertifiedGrandmother, ...others];
    expect(await factsStatements(() => hub.query('assistance-caseworker', LIST, { ns: list }))).toBe(1);
    expect(await factsStatements(() => hub.query('assistance-caseworker', LIST, { ns: list }))).toBe(0);
  });

  it('are read again after a statement on any table they come from, even one that changes no row', async () => {
    const changes = [
      'UPDATE consent.consent SET recipients = recipients WHERE false',
      'UPDATE emergency.emergency SET categories = categories WHERE false',
      'DELETE FROM meeting.meeting_case WHERE false',
      'UPDATE meeting.meeting_member SET unit_code = unit_code WHERE false',
      'UPDATE meeting.support_meeting SET purpose = purpose WHERE false',
      'UPDATE resident.resident SET dv_protection = dv_protection WHERE false',
      'UPDATE resident.resident SET household_number = household_number WHERE false',
    ];
    for (const change of changes) {
      await page();
      await sql(hub, change);
      expect(await factsStatements(() => page()), change).toBe(1);
    }
    await sql(hub, 'UPDATE resident.resident SET family_name = family_name WHERE false');
    expect(await factsStatements(() => page()), 'a change to a resident’s name is no fact').toBe(0);
  });

  it('are not kept at all when the version cannot be read: nothing would tell a change', async () => {
    await sql(hub, 'DELETE FROM policy.facts_version');
    try {
      expect(await factsStatements(() => page())).toBe(1);
      expect(await factsStatements(() => page())).toBe(1);
    } finally {
      await sql(hub, 'INSERT INTO policy.facts_version (id, version) VALUES (1, 1000)');
    }
    expect(await factsStatements(() => page())).toBe(1);
    expect(await factsStatements(() => page())).toBe(0);
  });

  it('never outlive a change: a DV flag set and lifted, a resident moved into a household and out, each seen on the next request', async () => {
    const [plain, mover] = await plainResidents(hub, 2, '1000000300');
    const address = async () => (await page(plain)).data.resident.address;
    expect(await address()).toEqual(expect.any(String));
    expect(await factsStatements(address), 'kept').toBe(0);
    await sql(hub, 'UPDATE resident.resident SET dv_protection = true WHERE resident_number = $1', [plain]);
    const withheld = await page(plain);
    expect(withheld.data.resident.address).toBeNull();
    expect(asSeen(withheld)).toContain('WITHHELD_BY_HOLDER');
    await sql(hub, 'UPDATE resident.resident SET dv_protection = false WHERE resident_number = $1', [plain]);
    expect(await address()).toEqual(expect.any(String));

    const members = async () => (await page()).data.resident.household.members.map((m: { residentNumber: string }) => m.residentNumber);
    expect(await members()).not.toContain(mover);
    expect(await factsStatements(members), 'kept').toBe(0);
    const [{ household_number: before }] = await sql(hub, 'SELECT household_number FROM resident.resident WHERE resident_number = $1', [mover]);
    await sql(hub, 'UPDATE resident.resident SET household_number = (SELECT household_number FROM resident.resident WHERE resident_number = $1) WHERE resident_number = $2', [HEAD, mover]);
    expect(await members()).toContain(mover);
    await sql(hub, 'UPDATE resident.resident SET household_number = $1 WHERE resident_number = $2', [before, mover]);
    expect(await members()).not.toContain(mover);
  });
});
