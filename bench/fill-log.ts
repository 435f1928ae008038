import { Client } from 'pg';
import { entryHash, GENESIS_HASH } from '../src/access-log/chain-hash';
import { AccessDecision, type ChainedEntry, READ } from '../src/access-log/entry';
import type { Actor } from '../src/identity/actor';
import { allCategories, RECORD_PROVIDER } from '../src/policy/categories';
import { LegalBasis } from '../src/policy/legal-bases';

const BATCH = 20_000;
const ENTRIES_PER_REQUEST = 8;
const YEAR_MS = 365 * 86_400_000;

/** One statement per batch; every column travels as one array parameter (as the hub's append does). */
const COLUMNS = `seq, recorded_at, request_id, action, operation, actor_code, actor_role, unit_code, organisation_code, purpose,
   subject, category, holder, fields, decision, basis, citation, reason, withheld_from_subject, prev_hash, hash`;
const INSERT = `INSERT INTO audit.access_log_entry (${COLUMNS})
SELECT seq, recorded_at, request_id, action, operation, actor_code, actor_role, unit_code, organisation_code, purpose,
   subject, category, holder, fields::text[], decision, basis, citation, reason, withheld_from_subject, prev_hash, hash
FROM unnest($1::int8[], $2::timestamptz[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
  $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::text[], $17::text[], $18::text[], $19::bool[],
  $20::text[], $21::text[]) AS u(${COLUMNS})`;

export interface LogActor {
  actor: Actor;
  purpose: string;
}

/**
 * Appends `count` synthetic access decisions to the log as one valid hash chain (computed with the
 * hub's own canonical form), spread over the past year, about residents 1 … `residents`. Two
 * connections insert in turn while the next batch is hashed. Returns entries per second.
 */
export async function fillLog(url: string, count: number, residents: number, actors: LogActor[], onProgress: (done: number) => void): Promise<number> {
  const clients = [new Client({ connectionString: url }), new Client({ connectionString: url })];
  await Promise.all(clients.map((c) => c.connect()));
  await Promise.all(clients.map((c) => c.query('SET synchronous_commit = off')));
  const head = await clients[0].query('SELECT seq, hash FROM audit.access_log_entry ORDER BY seq DESC LIMIT 1');
  const firstSeq = head.rows.length ? Number(head.rows[0].seq) + 1 : 1;
  let prevHash: string = head.rows.length ? head.rows[0].hash : GENESIS_HASH;
  const categories = allCategories().filter((c) => c.holder !== RECORD_PROVIDER);
  const start = Date.now() - YEAR_MS;
  const started = performance.now();
  let random = 0x9e3779b9;
  const next = () => ((random = (Math.imul(random, 1664525) + 1013904223) >>> 0) / 2 ** 32);

  const pending: Promise<unknown>[] = [undefined, undefined].map(() => Promise.resolve());
  let request = { id: '', subject: '', actor: actors[0] };
  for (let offset = 0, turn = 0; offset < count; offset += BATCH, turn++) {
    const size = Math.min(BATCH, count - offset);
    const entries: ChainedEntry[] = [];
    for (let i = 0; i < size; i++) {
      const seq = firstSeq + offset + i;
      if ((offset + i) % ENTRIES_PER_REQUEST === 0) {
        request = {
          id: `bench-${Math.floor((offset + i) / ENTRIES_PER_REQUEST)}`,
          subject: '1' + String(1 + Math.floor(next() * residents)).padStart(9, '0'),
          actor: actors[Math.floor(next() * actors.length)],
        };
      }
      const category = categories[(seq * 7) % categories.length];
      const denied = next() < 0.2;
      const basis = denied ? null : next() < 0.05 ? LegalBasis.CONSENT : LegalBasis.WITHIN_PURPOSE;
      const unhashed = {
        seq,
        recordedAt: new Date(start + Math.floor(((offset + i) / count) * (YEAR_MS - 60_000))),
        prevHash,
        requestId: request.id,
        action: READ,
        operation: 'BenchSynthetic',
        actorCode: request.actor.actor.code,
        actorRole: request.actor.actor.role,
        unitCode: request.actor.actor.unitCode,
        organisationCode: request.actor.actor.organisationCode,
        purpose: request.actor.purpose,
        subject: request.subject,
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
        withheldFromSubject: false,
      };
      const entry = { ...unhashed, hash: entryHash(unhashed) };
      prevHash = entry.hash;
      entries.push(entry);
    }
    const slot = turn % clients.length;
    await pending[slot];
    pending[slot] = clients[slot].query(INSERT, parameters(entries)).then(() => onProgress(offset + size));
  }
  await Promise.all(pending);
  await Promise.all(clients.map((c) => c.end()));
  return count / ((performance.now() - started) / 1000);
}

function parameters(entries: ChainedEntry[]): unknown[] {
  const column = <K extends keyof ChainedEntry>(key: K) => entries.map((e) => e[key]);
  return [
    column('seq'),
    column('recordedAt'),
    column('requestId'),
    column('action'),
    column('operation'),
    column('actorCode'),
    column('actorRole'),
    column('unitCode'),
    column('organisationCode'),
    column('purpose'),
    column('subject'),
    column('category'),
    column('holder'),
    entries.map((e) => `{${e.fields.map((f) => `"${f}"`).join(',')}}`),
    column('decision'),
    column('basis'),
    column('citation'),
    column('reason'),
    column('withheldFromSubject'),
    column('prevHash'),
    column('hash'),
  ];
}
