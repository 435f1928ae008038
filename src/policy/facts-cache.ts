import type { Actor } from '../identity/actor';

/** One row of policy.subject_facts: what kind of fact, and the row as JSON. */
export interface FactRow {
  kind: 'protected' | 'consent' | 'emergency' | 'case' | 'meeting' | 'member' | 'subject';
  row: unknown;
}

/** A resident's own facts for one recipient (consents, emergencies, cases, the DV flag) and the meetings their cases were tabled at. */
interface SubjectRows {
  own: FactRow[];
  meetingIds: string[];
}

/** More residents' facts than this and the cache starts afresh: it is a convenience, not a second register. */
const MOST_SUBJECTS = 200_000;

/**
 * The facts the hub has loaded (src/policy/subject-facts-loader.ts), kept while nothing they come
 * from changes: every change to those tables bumps `policy.facts_version` in its own transaction
 * (migration core/20261207010000), and each request reads that version with its actor. A request
 * that reads a newer version than the cache holds empties it; one that read an older version
 * (a change landed meanwhile) neither reads nor fills it. So a request decides on facts at least as
 * fresh as its first statement — a withdrawn consent still takes effect on the next request.
 * Kept per recipient (the actor's unit and organisation), as the facts themselves are.
 */
export class FactsCache {
  private version = -1n;
  private size = 0;
  /** Each resident's rows, by recipient (unit and organisation) and resident. */
  private readonly subjects = new Map<string, Map<string, SubjectRows>>();
  /** A meeting's row and its members' rows, by unit (the unit's view of the meeting) and meeting id. */
  private readonly meetings = new Map<string, Map<string, FactRow[]>>();
  /** Everyone in a resident's household (the resident too). */
  private readonly households = new Map<string, string[]>();

  /**
   * The cache as a request that read `version` with its actor may use it; undefined if it read an
   * older one, or none (the version's row is gone: then nothing tells a change, and nothing is kept).
   */
  at(version: bigint | null, actor: Actor): FactsView | undefined {
    if (version === null || version < this.version) return undefined;
    if (version > this.version) this.restart(version);
    return new FactsView(this, version, actor.unitCode, `${actor.unitCode}\u0000${actor.organisationCode}`);
  }

  /** @internal FactsView's: stores nothing unless the cache is still at the view's version. */
  holds(version: bigint): boolean {
    return version === this.version;
  }

  /** @internal */
  subjectsOf(recipient: string): Map<string, SubjectRows> | undefined {
    return this.subjects.get(recipient);
  }

  /** @internal */
  meetingRows(unit: string, meetingId: string): FactRow[] {
    return this.meetings.get(unit)?.get(meetingId) ?? [];
  }

  /** @internal */
  household(subject: string): string[] | undefined {
    return this.households.get(subject);
  }

  /** @internal */
  store(recipient: string, unit: string, subjects: Map<string, SubjectRows>, meetings: Map<string, FactRow[]>, households: string[][]): void {
    if (this.size + subjects.size > MOST_SUBJECTS) this.restart(this.version);
    this.size += subjects.size;
    for (const [subject, rows] of subjects) inner(this.subjects, recipient).set(subject, rows);
    for (const [id, rows] of meetings) inner(this.meetings, unit).set(id, rows);
    for (const household of households) for (const member of household) this.households.set(member, household);
  }

  private restart(version: bigint): void {
    this.version = version;
    this.size = 0;
    this.subjects.clear();
    this.meetings.clear();
    this.households.clear();
  }
}

/** The cache for one request: its actor's recipient key, at the facts' version the request read. */
export class FactsView {
  constructor(
    private readonly cache: FactsCache,
    private readonly version: bigint,
    private readonly unit: string,
    private readonly recipient: string,
  ) {}

  /** The subjects whose facts are not cached. */
  missing(subjects: string[]): string[] {
    const cached = this.cache.subjectsOf(this.recipient);
    return cached ? subjects.filter((s) => !cached.has(s)) : subjects;
  }

  /** A resident's household, if known and every member's facts are cached. */
  household(subject: string): string[] | undefined {
    const household = this.cache.household(subject);
    return household && this.missing(household).length === 0 ? household : undefined;
  }

  /** The cached rows of these subjects, each meeting's rows once; every subject must be cached. */
  rows(subjects: string[]): FactRow[] {
    const rows: FactRow[] = [];
    const meetings = new Set<string>();
    const ofRecipient = this.cache.subjectsOf(this.recipient)!;
    for (const subject of subjects) {
      const cached = ofRecipient.get(subject)!;
      rows.push(...cached.own);
      for (const id of cached.meetingIds) meetings.add(id);
    }
    for (const id of meetings) rows.push(...this.cache.meetingRows(this.unit, id));
    return rows;
  }

  /** Keeps what one statement returned for `subjects` (with `households`, each of them a whole household). */
  store(subjects: string[], rows: FactRow[], households: string[][] = []): void {
    if (!this.cache.holds(this.version)) return;
    const bySubject = new Map(subjects.map((s): [string, SubjectRows] => [s, { own: [], meetingIds: [] }]));
    const meetings = new Map<string, FactRow[]>();
    for (const fact of rows) {
      const row = fact.row as Record<string, unknown>;
      if (fact.kind === 'protected') bySubject.get(row as unknown as string)?.own.push(fact);
      else if (fact.kind === 'consent' || fact.kind === 'emergency') bySubject.get(row.resident_number as string)?.own.push(fact);
      else if (fact.kind === 'case') {
        const subject = bySubject.get(row.resident_number as string);
        subject?.own.push(fact);
        subject?.meetingIds.push(row.meeting_id as string);
      } else if (fact.kind === 'meeting') meetings.set(row.id as string, [fact, ...(meetings.get(row.id as string) ?? [])]);
      else if (fact.kind === 'member') meetings.set(row.meeting_id as string, [...(meetings.get(row.meeting_id as string) ?? []), fact]);
    }
    this.cache.store(this.recipient, this.unit, bySubject, meetings, households);
  }
}

function inner<T>(outer: Map<string, Map<string, T>>, key: string): Map<string, T> {
  let map = outer.get(key);
  if (!map) outer.set(key, (map = new Map()));
  return map;
}
