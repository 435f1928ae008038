import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DECISIONS_HEADER } from '../../src/request/headers';
import { DEMO_RESIDENTS, DEMO_STAFF, residentsNamedIn } from '../support/metrics-cast';
import { startTestHub, type TestHub } from '../support/test-hub';

const VIEW = `query($n: ID!) { resident(residentNumber: $n, purpose: PUBLIC_HOUSING_MANAGEMENT) { familyName address rentArrears { amountYen } taxArrears { amountYen } } }`;

/** The sum of a metric's samples whose labels include every pair given. */
function sum(text: string, metric: string, labels: Record<string, string> = {}): number {
  return text
    .split('\n')
    .filter((line) => line.startsWith(`${metric}{`) || line.startsWith(`${metric} `))
    .filter((line) => Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`)))
    .reduce((total, line) => total + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
}

describe('metrics on (TSUNAGU_METRICS=on)', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({ metrics: true });
  });
  afterAll(() => hub?.close());

  it('count requests, the decisions the response reports, and the log appends — and name no resident, no staff member', async () => {
    const before = await (await fetch(`${hub.url}metrics`)).text();
    const response = await hub.post(
      { query: VIEW, variables: { n: DEMO_RESIDENTS.fallingBetween } },
      { authorization: `Bearer ${await hub.token('housing-officer')}`, [DECISIONS_HEADER]: 'include' },
    );
    expect(response.data.resident.rentArrears).toBeDefined();
    const decisions = response.extensions?.decisions as { allowed: boolean; category: string }[];
    const denied = decisions.filter((d) => !d.allowed);
    expect(denied.length).toBeGreaterThan(0);

    const scrape = await fetch(`${hub.url}metrics`);
    expect(scrape.status).toBe(200);
    expect(scrape.headers.get('content-type')).toContain('text/plain');
    const text = await scrape.text();
    const delta = (metric: string, labels: Record<string, string> = {}) => sum(text, metric, labels) - sum(before, metric, labels);
    expect(delta('tsunagu_requests_total', { operation_type: 'query' })).toBe(1);
    expect(delta('tsunagu_field_decisions_total', { decision: 'ALLOWED' })).toBe(decisions.length - denied.length);
    expect(delta('tsunagu_field_decisions_total', { decision: 'DENIED' })).toBe(denied.length);
    expect(delta('tsunagu_field_decisions_total', { decision: 'ALLOWED', basis: 'WITHIN_PURPOSE', category: 'housing.arrears' })).toBe(1);
    expect(delta('tsunagu_access_log_appends_total', { outcome: 'ok' })).toBe(1);
    expect(delta('tsunagu_access_log_records_total')).toBeGreaterThanOrEqual(1);
    expect(sum(text, 'tsunagu_access_log_group_appends_total')).toBeGreaterThanOrEqual(1);
    expect(sum(text, 'tsunagu_request_duration_seconds_count')).toBeGreaterThanOrEqual(1);

    expect(residentsNamedIn(text)).toEqual([]);
    for (const staff of DEMO_STAFF) expect(text).not.toContain(`"${staff}"`);
  });
});

describe('metrics off (the default)', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub?.close());

  it('are not served', async () => {
    const scrape = await fetch(`${hub.url}metrics`);
    expect(await scrape.text()).not.toContain('tsunagu_');
  });
});
