import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mutate } from '../support/graph-helpers';
import { asSeen, sql } from '../support/differential';
import { startTestHub, type TestHub } from '../support/test-hub';

/**
 * Issue #14, item 4: a provider reaches its own customers by its own customer number, without the
 * resident register — a private utility under APPI 18(1), the municipal water works under 69(1) — and
 * arrears and supply-stop notices are categories of their own that an emergency (or a meeting's scope)
 * reaches without opening the account.
 */
let hub: TestHub;
const CUSTOMER = `query($c: String!, $p: Purpose!) { utilityCustomer(customerNumber: $c, purpose: $p) {
  customerNumber customerName supplyAddress service arrears { amountYen monthsInArrears } supplyStopNotices { scheduledStopOn status } } }`;

async function accountOf(providerUnit: string, condition = 'true') {
  const [row] = await sql(
    hub,
    `SELECT a.customer_number, a.resident_number, a.customer_name, a.supply_address FROM utility.utility_account a
      JOIN resident.resident r ON r.resident_number = a.resident_number
     WHERE a.provider_unit = $1 AND ${condition} ORDER BY a.resident_number DESC LIMIT 1`,
    [providerUnit],
  );
  return row;
}

const withoutRequestId = (text: string) => text.replace(/"requestId":"[^"]+"/g, '');

beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.close());

describe('a provider and its own customers', () => {
  it('the electricity company reads its own customer’s account by customer number, name and supply address included (APPI 18(1))', async () => {
    const account = await accountOf('utility.electricity', 'EXISTS (SELECT 1 FROM utility.utility_arrears x WHERE x.account_id = a.id)');
    const response = await hub.post(
      { query: CUSTOMER, variables: { c: account.customer_number, p: 'UTILITY_SUPPLY' } },
      { authorization: `Bearer ${await hub.token('electricity-staff')}`, 'x-tsunagu-decisions': 'include' },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data.utilityCustomer).toMatchObject({ customerNumber: account.customer_number, customerName: account.customer_name, supplyAddress: account.supply_address });
    expect(response.data.utilityCustomer.arrears.length).toBeGreaterThan(0);
    const decisions = JSON.stringify(response.extensions?.decisions);
    expect(decisions).toContain('WITHIN_PURPOSE');
    expect(decisions).toContain('18');
  });

  it('the water works, a public organ, reads its own account within purpose (APPI 69(1))', async () => {
    const account = await accountOf('utility.water');
    const response = await hub.post(
      { query: CUSTOMER, variables: { c: account.customer_number, p: 'UTILITY_SUPPLY' } },
      { authorization: `Bearer ${await hub.token('water-officer')}`, 'x-tsunagu-decisions': 'include' },
    );
    expect(response.data.utilityCustomer.supplyAddress).toBe(account.supply_address);
    expect(JSON.stringify(response.extensions?.decisions)).toContain('69');
  });

  it('its own copy serves the holder even for a customer under DV protection: where she is supplied stays with the provider', async () => {
    const account = await accountOf('utility.electricity', 'r.dv_protection');
    expect(account, 'the demo cast has a DV-protected electricity customer').toBeDefined();
    const own = await hub.query('electricity-staff', CUSTOMER, { c: account.customer_number, p: 'UTILITY_SUPPLY' });
    expect(own.data.utilityCustomer.supplyAddress).toBe(account.supply_address);
    const elsewhere = await hub.query('housing-officer', `query($n: ID!) { resident(residentNumber: $n, purpose: PUBLIC_HOUSING_MANAGEMENT) { utilityAccounts(service: ELECTRICITY) { supplyAddress } } }`, { n: account.resident_number });
    expect(elsewhere.data.resident.utilityAccounts).toBeNull();
  });

  it('another provider’s customer number is answered like a number nobody has', async () => {
    const electricity = await accountOf('utility.electricity');
    const theirs = await hub.query('gas-staff', CUSTOMER, { c: electricity.customer_number, p: 'UTILITY_SUPPLY' });
    const nobodys = await hub.query('gas-staff', CUSTOMER, { c: 'NO-SUCH-9999', p: 'UTILITY_SUPPLY' });
    expect(theirs.errors?.[0].extensions?.code).toBe('RECORD_NOT_FOUND');
    expect(withoutRequestId(asSeen(theirs, { [electricity.customer_number]: 'C' }))).toBe(withoutRequestId(asSeen(nobodys, { 'NO-SUCH-9999': 'C' })));
  });

  it('a city unit cannot use a customer number to find anyone: refused alike for any number', async () => {
    const electricity = await accountOf('utility.electricity');
    const real = await hub.query('housing-officer', CUSTOMER, { c: electricity.customer_number, p: 'PUBLIC_HOUSING_MANAGEMENT' });
    const fake = await hub.query('housing-officer', CUSTOMER, { c: 'NO-SUCH-9999', p: 'PUBLIC_HOUSING_MANAGEMENT' });
    expect(real.errors?.[0].extensions?.code).toBe('ACCESS_DENIED');
    expect(withoutRequestId(asSeen(real, { [electricity.customer_number]: 'C' }))).toBe(withoutRequestId(asSeen(fake, { 'NO-SUCH-9999': 'C' })));
  });
});

describe('arrears and stop notices without the account', () => {
  it('an emergency naming utility arrears and stop notices opens those and not the account or its supply address', async () => {
    const account = await accountOf('utility.electricity', 'NOT r.dv_protection AND EXISTS (SELECT 1 FROM utility.utility_arrears x WHERE x.account_id = a.id)');
    await mutate(hub, 'caseworker', 'mutation($i: DeclareEmergencyInput!) { declareEmergency(input: $i, purpose: PROTECTION_OF_LIFE_BODY_PROPERTY) { id } }', {
      i: {
        residentNumber: account.resident_number, categories: ['person.identity', 'utility.arrears', 'utility.supply-stop'], hours: 2,
        reason: '厳冬期に電気の供給停止が迫り、高齢の本人の生命の危険が懸念される', consentDifficulty: 'UNREACHABLE', consentDifficultyNote: '訪問・電話とも応答がない状態が続いている',
      },
    });
    const response = await hub.query('caseworker', `query($n: ID!) { resident(residentNumber: $n, purpose: PROTECTION_OF_LIFE_BODY_PROPERTY) {
      utilityArrears(service: ELECTRICITY) { amountYen } supplyStopNotices(service: ELECTRICITY) { status } utilityAccounts(service: ELECTRICITY) { supplyAddress } } }`, { n: account.resident_number });
    expect(response.data.resident.utilityArrears.length).toBeGreaterThan(0);
    expect(response.data.resident.supplyStopNotices).toEqual(expect.any(Array));
    expect(response.data.resident.utilityAccounts).toBeNull();
    expect(response.errors?.map((e) => e.extensions?.category)).toEqual(['utility.account']);
  });

  it('without a basis the arrears stay with the provider', async () => {
    const account = await accountOf('utility.gas', 'NOT r.dv_protection AND EXISTS (SELECT 1 FROM utility.utility_arrears x WHERE x.account_id = a.id)');
    const response = await hub.query('housing-officer', `query($n: ID!) { resident(residentNumber: $n, purpose: PUBLIC_HOUSING_MANAGEMENT) { utilityArrears(service: GAS) { amountYen } } }`, { n: account.resident_number });
    expect(response.data.resident.utilityArrears).toBeNull();
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'ACCESS_DENIED', category: 'utility.arrears', holder: 'utility.gas' });
  });
});
