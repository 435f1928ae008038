import { Client } from 'pg';
import { appendRecords } from '../src/access-log/append';
import type { AccessLogSettings } from '../src/access-log/settings';
import { StoredSets } from '../src/access-log/stored-sets';
import { ChainHead } from '../src/access-log/chain-head';
import { caseloadDrafts } from './log-drafts';
import { median } from './stats';

/** One statement's round trip, measured back to back and after an idle pause. */
export interface IdleRoundTrip {
  label: string;
  hotMs: number;
  idleMs: number;
}

/** About the pause between two of the bench's sequential caseload requests of 50. */
export const IDLE_PAUSE_MS = 15;
const CALLS = 60;

/**
 * What one more statement on a request's path costs on this machine, measured from the client: back
 * to back, and after the connection has been idle as long as between two sequential requests. On a
 * virtual machine an idle backend (and the idle client) must be woken — its virtual CPU rescheduled —
 * and a durable commit sleeps once more for the WAL flush; so a statement costs more when the server
 * is quiet than when it is busy. The logged side of a sequential caseload has exactly one more such
 * statement than the others: its append, here for a caseload of 50 decided alike, as the hub sends it
 * (sets by id once stored, hashed after the head it last wrote, no checkpoint due).
 */
export async function idleRoundTrips(url: string, settings: AccessLogSettings): Promise<IdleRoundTrip[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const writer = { stored: new StoredSets(), head: new ChainHead() };
    let call = 0;
    const append = () => appendRecords(client, caseloadDrafts(50, call++, 'idle'), settings.signer, Number.MAX_SAFE_INTEGER, writer);
    const select = () => client.query('SELECT 1');
    return [await measure('SELECT 1', select), await measure('the append of a caseload of 50 (one durable commit)', append)];
  } finally {
    await client.end();
  }
}

async function measure(label: string, statement: () => Promise<unknown>): Promise<IdleRoundTrip> {
  for (let i = 0; i < 10; i++) await statement();
  const hot: number[] = [];
  const idle: number[] = [];
  for (let i = 0; i < CALLS; i++) {
    hot.push(await timed(statement));
    await new Promise((resolve) => setTimeout(resolve, IDLE_PAUSE_MS));
    idle.push(await timed(statement));
  }
  return { label, hotMs: median(hot), idleMs: median(idle) };
}

async function timed(statement: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await statement();
  return performance.now() - started;
}
