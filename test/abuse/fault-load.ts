import { expect } from 'vitest';
import type { AuditHub } from '../access-log/support';

/** Requests the fault tests fire: real actors, each asking under its own work's purpose. */
interface Work {
  actor: string;
  query: string;
  /** The residents asked about, in the order the answer lists them. */
  residentNumbers: string[];
}

const CASELOAD_RESIDENTS = Array.from({ length: 12 }, (_, i) => String(1000000001 + i));

const RESIDENT_FIELDS = `__typename residentNumber familyName givenName dateOfBirth address
  publicHousingTenancies { __typename estateName unitNumber monthlyRentYen }
  rentArrears { __typename monthsInArrears amountYen }
  taxArrears { __typename amountYen }
  publicAssistance { __typename caseNumber status startedOn }`;

const single = (purpose: string) => `query FaultSingle($n: ID!) { resident(residentNumber: $n, purpose: ${purpose}) { ${RESIDENT_FIELDS} } }`;
const caseload = (purpose: string) => `query FaultCaseload($ns: [ID!]!) { residents(residentNumbers: $ns, purpose: ${purpose}) { ${RESIDENT_FIELDS} } }`;

export const WORKLOAD: Work[] = [
  { actor: 'housing-officer', query: single('PUBLIC_HOUSING_MANAGEMENT'), residentNumbers: ['1000000001'] },
  { actor: 'assistance-caseworker', query: single('PUBLIC_ASSISTANCE'), residentNumbers: ['1000000005'] },
  { actor: 'housing-officer', query: caseload('PUBLIC_HOUSING_MANAGEMENT'), residentNumbers: CASELOAD_RESIDENTS },
  { actor: 'assistance-caseworker', query: caseload('PUBLIC_ASSISTANCE'), residentNumbers: CASELOAD_RESIDENTS },
];

interface Body {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** One request of the load and what came back. */
export interface Sent {
  work: Work;
  startedAt: number;
  endedAt: number;
  /** 0 when no HTTP response arrived at all. */
  status: number;
  requestId: string | null;
  body: Body | null;
}

function variablesOf(work: Work): Record<string, unknown> {
  return work.residentNumbers.length === 1 ? { n: work.residentNumbers[0] } : { ns: work.residentNumbers };
}

export async function send(hub: AuditHub, work: Work, tokens: Map<string, string>): Promise<Sent> {
  let token = tokens.get(work.actor);
  if (!token) tokens.set(work.actor, (token = await hub.token(work.actor)));
  const startedAt = Date.now();
  try {
    const response = await fetch(hub.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: work.query, variables: variablesOf(work) }),
    });
    const body = (await response.json()) as Body;
    return { work, startedAt, endedAt: Date.now(), status: response.status, requestId: response.headers.get('x-request-id'), body };
  } catch {
    return { work, startedAt, endedAt: Date.now(), status: 0, requestId: null, body: null };
  }
}

/**
 * Several clients sending the workload back to back until stopped. Every answer is kept, so that
 * the test can check each one, and `inFlight` tells how many were under way at a given moment.
 */
export class Load {
  readonly sent: Sent[] = [];
  private running = true;
  private pending = 0;
  private readonly clients: Promise<void>[];
  private readonly tokens = new Map<string, string>();

  constructor(
    private readonly hub: AuditHub,
    clients: number,
  ) {
    this.clients = Array.from({ length: clients }, (_, client) => this.client(client));
  }

  get inFlight(): number {
    return this.pending;
  }

  private async client(offset: number): Promise<void> {
    for (let i = offset; this.running; i++) {
      this.pending++;
      const sent = await send(this.hub, WORKLOAD[i % WORKLOAD.length], this.tokens);
      this.pending--;
      this.sent.push(sent);
      // A failing database answers at once; a short pause keeps the clients from spinning.
      if (sent.status !== 200) await new Promise((r) => setTimeout(r, 5));
    }
  }

  /** The first answer that started at or after `since` and satisfies `predicate`, waiting for it. */
  answerSince(since: number, predicate: (sent: Sent) => boolean, timeoutMs: number, what: string): Promise<Sent> {
    return waitUntil(() => this.sent.find((s) => s.startedAt >= since && predicate(s)), timeoutMs, what);
  }

  /** How many answers that started at or after `since` satisfy `predicate`. */
  countSince(since: number, predicate: (sent: Sent) => boolean): number {
    return this.sent.filter((s) => s.startedAt >= since && predicate(s)).length;
  }

  async stop(): Promise<Sent[]> {
    this.running = false;
    await Promise.all(this.clients);
    return this.sent;
  }
}

/**
 * Errors nothing caught (an 'error' event without a listener, a rejection without a handler) while
 * the hub runs in this process: under `npm start` each would end the hub. Vitest prints them, but
 * a run with them still exits 0, so the fault tests assert there were none.
 */
export function collectUncaught(): { errors: string[]; stop(): void } {
  const errors: string[] = [];
  const record = (error: unknown) => errors.push(error instanceof Error ? error.message : String(error));
  process.on('uncaughtException', record);
  process.on('unhandledRejection', record);
  return {
    errors,
    stop() {
      process.off('uncaughtException', record);
      process.off('unhandledRejection', record);
    },
  };
}

/** Polls `condition` until it holds; fails with `what` after `timeoutMs`. */
export async function waitUntil<T>(condition: () => T | Promise<T>, timeoutMs: number, what: string): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await condition();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export interface Health {
  status: number;
  report: { status: string; checks: Record<string, string> };
}

export async function health(hub: AuditHub): Promise<Health> {
  const response = await fetch(new URL('/health', hub.url));
  return { status: response.status, report: (await response.json()) as Health['report'] };
}

/** Whether the log's chain verifies, asked through the auditors' API. */
export async function verifyLog(hub: AuditHub): Promise<{ intact: boolean; headSeq: number; checkedRecords: number; firstBad: unknown }> {
  const response = await hub.query('privacy-officer', '{ verifyAccessLog { intact headSeq checkedRecords firstBad { seq problem detail } } }');
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data.verifyAccessLog;
}

export const served = (sent: Sent) => sent.status === 200 && personalValues(sent).length > 0;
export const withheld = (sent: Sent) => personalValues(sent).length === 0;

/** A personal value in an answer: the resident it is about and the field (`Type.field`) it came from. */
interface PersonalValue {
  subject: string;
  field: string;
}

/**
 * Every resident the answer returns (that alone says the person is registered: the hub decides it
 * as `Query.resident`) and every non-null field of their records (lists included: an empty list
 * says "none").
 */
export function personalValues(sent: Sent): PersonalValue[] {
  const values: PersonalValue[] = [];
  const walk = (node: unknown, subject: string) => {
    if (Array.isArray(node)) return node.forEach((item) => walk(item, subject));
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    for (const [key, value] of Object.entries(record)) {
      if (key === '__typename' || value === null) continue;
      values.push({ subject, field: `${record.__typename}.${key}` });
      walk(value, subject);
    }
  };
  const data = sent.body?.data;
  const residents = data?.resident ? [data.resident] : Array.isArray(data?.residents) ? data.residents : [];
  residents.forEach((resident, i) => {
    if (resident === null) return;
    values.push({ subject: sent.work.residentNumbers[i], field: 'Query.resident' });
    walk(resident, sent.work.residentNumbers[i]);
  });
  return values;
}

/** String values a withheld answer must never contain (names and addresses, seen in served answers). */
export function secretsIn(sent: Sent[]): Set<string> {
  const secrets = new Set<string>();
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (['familyName', 'givenName', 'address', 'estateName'].includes(key) && typeof value === 'string') secrets.add(value);
      else walk(value);
    }
  };
  for (const s of sent) walk(s.body?.data);
  return secrets;
}

interface LoggedEntry {
  subject: string | null;
  actorCode: string | null;
  decision: string;
  fields: string[];
}

/** The access-log entries of each request, read through the auditors' API as the privacy officer. */
export async function entriesOf(hub: AuditHub, requestIds: string[]): Promise<Map<string, LoggedEntry[]>> {
  const entries = new Map<string, LoggedEntry[]>();
  // Five requests per query keeps the auditors' query within the hub's cost limit (src/request/query-cost.ts).
  for (let i = 0; i < requestIds.length; i += 5) {
    const batch = requestIds.slice(i, i + 5);
    const aliases = batch.map((_, j) => `r${j}: accessLog(filter: { requestId: $id${j} }, first: $first) { hasNextPage entries { subject actorCode decision fields } }`);
    const document = `query FaultAudit($first: Int!, ${batch.map((_, j) => `$id${j}: String!`).join(', ')}) { ${aliases.join(' ')} }`;
    const response = await hub.query('privacy-officer', document, { first: 250, ...Object.fromEntries(batch.map((id, j) => [`id${j}`, id])) });
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    batch.forEach((id, j) => {
      const page = response.data[`r${j}`];
      expect(page.hasNextPage).toBe(false);
      entries.set(id, page.entries);
    });
  }
  return entries;
}

export interface Audit {
  served: number;
  withheld: number;
  /** Served answers that also carried errors (a field failed while the database went away). */
  partial: number;
  byStatus: Record<string, number>;
  /** Error codes of the answers without data. */
  withheldCodes: Record<string, number>;
}

/**
 * The promise of the hub under faults: every answer is either an error without personal data, or
 * carries data, and then each value it carries has an ALLOWED entry of that very request (matched
 * by `x-request-id`) for that actor, resident and field.
 */
export async function auditAnswers(hub: AuditHub, sent: Sent[], secrets: Set<string>): Promise<Audit> {
  const audit: Audit = { served: 0, withheld: 0, partial: 0, byStatus: {}, withheldCodes: {} };
  const carrying = new Set(sent.filter((s) => personalValues(s).length > 0));
  for (const s of sent) {
    audit.byStatus[s.status] = (audit.byStatus[s.status] ?? 0) + 1;
    expect(s.status, 'every request gets an HTTP answer').not.toBe(0);
    if (carrying.has(s)) continue;
    audit.withheld++;
    const code = String(s.body?.errors?.[0]?.extensions?.code);
    audit.withheldCodes[code] = (audit.withheldCodes[code] ?? 0) + 1;
    expect(s.body?.errors?.length ?? 0, `an answer without data says why: ${JSON.stringify(s.body)}`).toBeGreaterThan(0);
    const text = JSON.stringify(s.body);
    for (const secret of secrets) expect(text).not.toContain(secret);
  }
  for (const s of carrying) {
    expect(s.status).toBe(200);
    expect(s.requestId).toMatch(/^[0-9a-f-]{36}$/);
  }
  const logged = await entriesOf(hub, [...carrying].map((s) => s.requestId!));
  for (const s of carrying) {
    audit.served++;
    if (s.body?.errors?.some((e) => e.extensions?.code !== 'ACCESS_DENIED')) audit.partial++;
    const allowed = logged.get(s.requestId!)!.filter((e) => e.decision === 'ALLOWED' && e.actorCode === s.work.actor);
    for (const value of personalValues(s)) {
      const entry = allowed.find((e) => e.subject === value.subject && e.fields.includes(value.field));
      expect(entry, `request ${s.requestId} (${s.work.actor}) returned ${value.field} of ${value.subject} without an ALLOWED entry`).toBeDefined();
    }
  }
  return audit;
}
