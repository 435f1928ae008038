import { Client } from 'pg';
import { chainAfter, insertRecords } from '../src/access-log/append';
import { GENESIS_HASH, lastSeqSql } from '../src/access-log/chain-hash';
import { DecisionSets } from '../src/access-log/decision-set';
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

/** Of the requests, the share that are caseloads: CASELOAD_SIZE residents decided alike, CASELOAD_ENTRIES decisions each. */
const CASELOAD_SHARE = 0.03;
const CASELOAD_SIZE = 50;
const CASELOAD_ENTRIES = 4;

/**
 * Appends `count` synthetic access decisions to the log as one valid hash chain (the hub's own
 * records, decision sets, hashing and COPY), spread over the past year. Most requests are single
 * views: 8 decisions about one of residents 1 … `residents`, one record. 3 % are caseloads: 50
 * residents decided alike, 4 decisions each, one row of the chain (log format 4) — about 44 % of
 * the entries, so that the auditors' searches meet both shapes of row. As in the hub, an actor's
 * requests decide alike for most residents (the same categories, the same denials, so one decision
 * set); 5 % of single views rest one denied category on a consent and 1 % on the support meeting,
 * each naming its own basis record. Two connections insert in turn while the next batch is hashed.
 * Returns entries (decisions) per second.
 */
export async function fillLog(url: string, count: number, residents: number, actors: LogActor[], onProgress: (done: number) => void): Promise<number> {
  const clients = [new Client({ connectionString: url }), new Client({ connectionString: url })];
  await Promise.all(clients.map((c) => c.connect()));
  await Promise.all(clients.map((c) => c.query('SET synchronous_commit = off')));
  const head = await clients[0].query(`SELECT ${lastSeqSql('l')} AS seq, l.hash FROM audit.access_log_record l ORDER BY l.seq DESC LIMIT 1`);
  let chainHead = { seq: head.rows.length ? Number(head.rows[0].seq) : 0, hash: head.rows.length ? (head.rows[0].hash as string) : GENESIS_HASH };
  const categories = allCategories().filter((c) => c.holder !== RECORD_PROVIDER);
  const start = Date.now() - YEAR_MS;
  const started = performance.now();
  let random = 0x9e3779b9;
  const next = () => ((random = (Math.imul(random, 1664525) + 1013904223) >>> 0) / 2 ** 32);

  const item = (category: (typeof categories)[number], basis: LegalBasis | null, basisRecordId: string | null = null): DecisionItem => ({
    category: category.code,
    holder: category.holder,
    fields: [`${category.code}.value`],
    decision: basis ? AccessDecision.ALLOWED : AccessDecision.DENIED,
    basis,
    basisRecordId,
    citation: basis ? `APPI (synthetic, ${basis})` : null,
    citationJa: null,
    reason: basis ? null : 'No basis (synthetic).',
    reasonJa: null,
  });
  // Each actor reads identity and address and 6 more categories (its own slice of the rest) and is
  // refused, for most residents, those held outside its own unit: the same item objects for every
  // request, as the hub shares them. A consent or a meeting case then opens one refused category.
  const person = categories.filter((c) => c.code.startsWith('person.')).slice(0, 2);
  const others = categories.filter((c) => !c.code.startsWith('person.'));
  const usual = actors.map(({ actor }, a) =>
    [...person, ...Array.from({ length: ENTRIES_PER_REQUEST - person.length }, (_, j) => others[(a * 2 + j) % others.length])].map((category) =>
      item(category, category.code.startsWith('person.') || category.holder === actor.unitCode ? LegalBasis.WITHIN_PURPOSE : null),
    ),
  );
  const itemsFor = (a: number, subject: string, entries: number): DecisionItem[] => {
    const items = usual[a].slice(0, entries);
    const draw = next();
    const exceptional = draw < 0.05 ? LegalBasis.CONSENT : draw < 0.06 ? LegalBasis.SUPPORT_MEETING : null;
    const refused = items.flatMap((i, index) => (i.decision === AccessDecision.DENIED ? [index] : []));
    if (exceptional && refused.length > 0) {
      const index = refused[Math.floor(next() * refused.length)];
      const category = categories.find((c) => c.code === items[index].category)!;
      items[index] = item(category, exceptional, `${exceptional === LegalBasis.CONSENT ? 'consent' : 'case'}-${subject}`);
    }
    return items;
  };

  const resident = () => '1' + String(1 + Math.floor(next() * residents)).padStart(9, '0');
  const pending: Promise<unknown>[] = [Promise.resolve(), Promise.resolve()];
  let done = 0;
  for (let n = 0, turn = 0; done < count; turn++) {
    // A batch of requests, each chained at its own time (chainAfter takes one per call).
    const sets = new DecisionSets();
    let copy = '';
    let entries = 0;
    while (entries < BATCH_ENTRIES && done + entries < count) {
      const remaining = count - done - entries;
      const a = Math.floor(next() * actors.length);
      const { actor, purpose } = actors[a];
      const header = { requestId: `bench-${n++}`, action: READ, actorCode: actor.code, actorRole: actor.role, unitCode: actor.unitCode, organisationCode: actor.organisationCode, purpose, withheldFromSubject: false };
      const now = new Date(start + Math.floor(((done + entries) / count) * (YEAR_MS - 60_000)));
      let request: RecordDraft[];
      if (next() < CASELOAD_SHARE && remaining >= CASELOAD_SIZE * CASELOAD_ENTRIES) {
        const items = usual[a].slice(0, CASELOAD_ENTRIES); // the same item objects: one decision set
        request = Array.from({ length: CASELOAD_SIZE }, () => ({ ...header, operation: 'BenchSyntheticCaseload', subject: resident(), items }));
        entries += CASELOAD_SIZE * CASELOAD_ENTRIES;
      } else {
        const subject = resident();
        const size = Math.min(ENTRIES_PER_REQUEST, remaining);
        request = [{ ...header, operation: 'BenchSynthetic', subject, items: itemsFor(a, subject, size) }];
        entries += size;
      }
      const chained = chainAfter({ ...chainHead, now }, request, sets);
      copy += chained.copy;
      chainHead = chained.links[chained.links.length - 1];
    }
    done += entries;
    const reached = done;
    const slot = turn % clients.length;
    await pending[slot];
    pending[slot] = insertRecords(clients[slot], sets.all(), copy).then(() => onProgress(reached));
  }
  await Promise.all(pending);
  await Promise.all(clients.map((c) => c.end()));
  return count / ((performance.now() - started) / 1000);
}
