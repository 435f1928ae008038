import type { PoolClient } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_RESIDENTS } from '../../src/synthetic/demo-cast';
import { type AuditHub, cloneDatabase, startAuditHub } from './support';

const READ_TENANCY = `query($n: ID!) { resident(residentNumber: $n, purpose: PUBLIC_HOUSING_MANAGEMENT) { familyName publicHousingTenancies { estateName } } }`;
const SEARCH = '{ accessLog(first: 1) { totalCount entries { action } } }';

let hub: AuditHub;
beforeAll(async () => {
  hub = await startAuditHub(await cloneDatabase());
});
afterAll(() => hub?.close());

const settledWithin = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([promise.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms))]);

describe("the auditors' queries", () => {
  it('wait for connections of their own: with all of them busy, staff still get answers (each logged) and the auditor gets hers once one is free', async () => {
    const busy: PoolClient[] = [];
    for (let i = 0; i < hub.log.auditors.options.max; i++) busy.push(await hub.log.auditors.connect());
    try {
      const search = hub.query('privacy-officer', SEARCH);
      const answer = await hub.query('housing-officer', READ_TENANCY, { n: DEMO_RESIDENTS.fallingBetween });
      expect(answer.status).toBe(200);
      expect(answer.data.resident.publicHousingTenancies.length).toBeGreaterThan(0);
      expect(await settledWithin(search, 300)).toBe(false);
      busy.pop()!.release();
      const found = await search;
      expect(found.status).toBe(200);
      expect(found.data.accessLog.totalCount).toBeGreaterThan(0);
    } finally {
      for (const client of busy) client.release();
    }
  });
});
