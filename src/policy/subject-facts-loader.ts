import DataLoader from 'dataloader';
import { groupBy } from '../collections/group-by';
import type { EntityData, EntityManager } from '@mikro-orm/postgresql';
import { Consent } from '../consent/entities';
import { Emergency } from '../emergency/entities';
import type { Actor } from '../identity/actor';
import { MeetingCase, MeetingMember, SupportMeeting } from '../support-meeting/entities';
import type { FactRow, FactsView } from './facts-cache';
import type { SubjectFacts } from './subject-facts';

/** Emergencies older than this cannot grant anything; they are not loaded. */
const EMERGENCY_LOOKBACK_DAYS = 31;

/**
 * Everything that can grant or narrow this actor's access to a batch of residents, in one statement
 * (policy.subject_facts, migration core/20261206010000): the DV flags, the consents naming the
 * actor's unit or organisation as recipient, the unit's recent emergencies, and the cases tabled at
 * meetings the unit sits in, with those meetings and all their members. Rows come back as JSON of
 * the tables' columns and are mapped to the entities. Lists go as JSON (the driver would spread an
 * array into several parameters).
 */
const FACTS_SQL = 'select "fact_kind" as "kind", "fact" as "row" from "policy"."subject_facts"(?::jsonb, ?, ?::jsonb, ?, ?)';

/**
 * Loads, for a batch of residents, the facts that can grant this actor access — one SQL statement
 * per batch, whatever its size, and none for residents whose facts the hub holds at the version the
 * request read (`cached`, facts-cache.ts): a withdrawn consent, a closed case or an expired
 * emergency still takes effect on the next request.
 */
export class SubjectFactsLoader {
  private readonly loader: DataLoader<string, SubjectFacts>;

  constructor(
    private readonly em: EntityManager,
    private readonly actor: Actor,
    private readonly cached?: FactsView,
  ) {
    this.loader = new DataLoader((subjects) => this.loadBatch([...subjects]), { maxBatchSize: 5000 });
  }

  async load(subjects: string[]): Promise<SubjectFacts[]> {
    // All kept: nothing to batch or load (a caseload's residents, read again).
    if (this.cached && this.cached.missing(subjects).length === 0) return this.factsOf(subjects, this.cached.rows(subjects));
    const facts = await this.loader.loadMany(subjects);
    return facts.map((f) => {
      if (f instanceof Error) throw f;
      return f;
    });
  }

  /**
   * The facts of a resident and of everyone in their household, in the same one statement (none
   * when all are kept): a resident's page shows the household, whose members are then decided
   * without loading more.
   */
  async loadWithHousehold(subject: string): Promise<SubjectFacts[]> {
    const household = this.cached?.household(subject);
    if (household) return this.factsOf(household, this.cached!.rows(household));
    const rows = await this.query([subject], true);
    const everyone = rows.filter((r) => r.kind === 'subject').map((r) => r.row as string);
    this.cached?.store(everyone, rows, [everyone]);
    return this.factsOf(everyone, rows);
  }

  private async loadBatch(subjects: string[]): Promise<SubjectFacts[]> {
    const missing = this.cached ? this.cached.missing(subjects) : subjects;
    const absent = new Set(missing);
    const known = this.cached && absent.size < subjects.length ? this.cached.rows(subjects.filter((s) => !absent.has(s))) : [];
    const fresh = missing.length > 0 ? await this.query(missing, false) : [];
    this.cached?.store(missing, fresh);
    return this.factsOf(subjects, [...known, ...fresh]);
  }

  private query(subjects: string[], households: boolean): Promise<FactRow[]> {
    const { unitCode, organisationCode } = this.actor;
    const since = lookbackStart();
    return this.em.getConnection().execute<FactRow[]>(FACTS_SQL, [JSON.stringify(subjects), unitCode, JSON.stringify([unitCode, organisationCode]), since, households]);
  }

  private factsOf(subjects: string[], rows: FactRow[]): SubjectFacts[] {
    const of = <T extends object>(kind: FactRow['kind'], entity: new () => T): T[] =>
      rows.filter((r) => r.kind === kind).map((r) => this.em.map(entity, r.row as EntityData<T>));
    const protectedSubjects = new Set(rows.filter((r) => r.kind === 'protected').map((r) => r.row as string));
    const consents = bySubject(of('consent', Consent));
    // Cached rows may hold emergencies that have since passed the lookback.
    const since = lookbackStart();
    const emergencies = bySubject(of('emergency', Emergency).filter((e) => e.declaredAt >= since));
    const cases = bySubject(of('case', MeetingCase));
    const meetings = new Map(of('meeting', SupportMeeting).map((m) => [m.id, m]));
    // A meeting may come both cached and fresh: its members are mapped to the same entities, kept once.
    const members = groupBy([...new Set(of('member', MeetingMember))], (m) => m.meetingId);
    return subjects.map((subject) => ({
      subject,
      dvProtection: protectedSubjects.has(subject),
      consents: consents.get(subject) ?? [],
      emergencies: emergencies.get(subject) ?? [],
      meetingCases: (cases.get(subject) ?? []).map((meetingCase) => ({
        meetingCase,
        meeting: meetings.get(meetingCase.meetingId)!,
        members: members.get(meetingCase.meetingId) ?? [],
      })),
    }));
  }
}

function lookbackStart(): Date {
  return new Date(Date.now() - EMERGENCY_LOOKBACK_DAYS * 86_400_000);
}

function bySubject<T extends { residentNumber: string }>(records: T[]): Map<string, T[]> {
  return groupBy(records, (r) => r.residentNumber);
}

