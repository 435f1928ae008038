import { Client } from 'pg';
import { type ChainedBatch, chainAfter, insertRecords } from '../src/access-log/append';
import { GENESIS_HASH } from '../src/access-log/chain-hash';
import { AccessDecision, type DecisionItem, READ, type RecordDraft } from '../src/access-log/entry';
import type { Actor } from '../src/identity/actor';
import { allCategories, RECORD_PROVIDER } from '../src/policy/categories';
import { LegalBasis } from '../src/policy/legal-bases';

const BATCH_ENTRIES = 40_000;
const ENTRIES_PER_REQUEST = 8;
const YEAR_MS = 365 * 86_400_000;

export interface LogActor {
  actor: Actor;
  purpose: string;
}

/**
 * Appends `count` synthetic access decisions to the log as one valid hash chain (the hub's own
 * records, hashing and INSERT), spread over the past year: requests of 8 decisions about one of
 * residents 1 … `residents`, one record each. Two connections insert in turn while the next batch
 * is hashed. Returns entries (decisions) per second.
 */
export async function fillLog(url: string, count: number, residents: number, actors: LogActor[], onProgress: (done: number) => void): Promise<number> {
  const clients = [new Client({ connectionString: url }), new Client({ connectionString: url })];
  await Promise.all(clients.map((c) => c.connect()));
  await Promise.all(clients.map((c) => c.query('SET synchronous_commit = off')));
  const head = await clients[0].query('SELECT seq, hash FROM audit.access_log_record ORDER BY seq DESC LIMIT 1');
  let chainHead = { seq: head.rows.length ? Number(head.rows[0].seq) : 0, hash: head.rows.length ? (head.rows[0].hash as string) : GENESIS_HASH };
  const categories = allCategories().filter((c) => c.holder !== RECORD_PROVIDER);
  const start = Date.now() - YEAR_MS;
  const started = performance.now();
  let random = 0x9e3779b9;
  const next = () => ((random = (Math.imul(random, 1664525) + 1013904223) >>> 0) / 2 ** 32);

  const item = (seq: number, j: number): DecisionItem => {
    const category = categories[(seq * 7 + j) % categories.length];
    const denied = next() < 0.2;
    const basis = denied ? null : next() < 0.05 ? LegalBasis.CONSENT : LegalBasis.WITHIN_PURPOSE;
    return {
      category: category.code,
      holder: category.holder,
      fields: denied ? [] : [`${category.code}.value`],
      decision: denied ? AccessDecision.DENIED : AccessDecision.ALLOWED,
      basis,
      basisRecordId: null,
      citation: basis ? `APPI (synthetic, ${basis})` : null,
      citationJa: null,
      reason: denied ? 'No basis (synthetic).' : null,
      reasonJa: null,
    };
  };

  const requests = Math.ceil(count / ENTRIES_PER_REQUEST);
  const perBatch = BATCH_ENTRIES / ENTRIES_PER_REQUEST;
  const pending: Promise<unknown>[] = [Promise.resolve(), Promise.resolve()];
  for (let first = 0, turn = 0; first < requests; first += perBatch, turn++) {
    const drafts: RecordDraft[] = [];
    const times: Date[] = [];
    for (let n = first; n < Math.min(first + perBatch, requests); n++) {
      const { actor, purpose } = actors[Math.floor(next() * actors.length)];
      const entries = Math.min(ENTRIES_PER_REQUEST, count - n * ENTRIES_PER_REQUEST);
      times.push(new Date(start + Math.floor((n / requests) * (YEAR_MS - 60_000))));
      drafts.push({
        requestId: `bench-${n}`,
        action: READ,
        operation: 'BenchSynthetic',
        actorCode: actor.code,
        actorRole: actor.role,
        unitCode: actor.unitCode,
        organisationCode: actor.organisationCode,
        purpose,
        subject: '1' + String(1 + Math.floor(next() * residents)).padStart(9, '0'),
        withheldFromSubject: false,
        items: Array.from({ length: entries }, (_, j) => item(n, j)),
      });
    }
    // Each record is chained with its own time: chainAfter takes one, so chain one at a time.
    const batch: ChainedBatch = { records: [], copy: '' };
    drafts.forEach((draft, i) => {
      const one = chainAfter({ ...chainHead, now: times[i] }, [draft]);
      batch.records.push(one.records[0]);
      batch.copy += one.copy;
      chainHead = one.records[0];
    });
    const done = Math.min((first + perBatch) * ENTRIES_PER_REQUEST, count);
    const slot = turn % clients.length;
    await pending[slot];
    pending[slot] = insertRecords(clients[slot], batch).then(() => onProgress(done));
  }
  await Promise.all(pending);
  await Promise.all(clients.map((c) => c.end()));
  return count / ((performance.now() - started) / 1000);
}
