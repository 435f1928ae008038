import DataLoader from 'dataloader';
import type { EntityData, EntityManager } from '@mikro-orm/postgresql';
import { Consent } from '../consent/entities';
import { Emergency } from '../emergency/entities';
import type { Actor } from '../identity/actor';
import { MeetingCase, MeetingMember, SupportMeeting } from '../support-meeting/entities';
import type { SubjectFacts } from './subject-facts';

/** Emergencies older than this cannot grant anything; they are not loaded. */
const EMERGENCY_LOOKBACK_DAYS = 31;

interface FactRow {
  kind: 'protected' | 'consent' | 'emergency' | 'case' | 'meeting' | 'member';
  row: unknown;
}

/**
 * Everything that can grant or narrow this actor's access to a batch of residents, in one statement:
 * the DV flags, the consents naming the actor's unit or organisation as recipient, the unit's recent
 * emergencies, and the cases tabled at meetings the unit sits in, with those meetings and all their
 * members. Rows come back as JSON of the tables' columns and are mapped to the entities.
 * Parameters (lists as JSON: the driver would spread an array into several parameters): the
 * subjects, the actor's unit, its recipient codes (unit, organisation), its unit again, the oldest
 * emergency that can still grant anything.
 */
const FACTS_SQL = `
with subject as (select jsonb_array_elements_text(?::jsonb) as resident_number),
cases as (
  select mc.* from "meeting"."meeting_case" mc
  where mc."resident_number" in (select resident_number from subject)
    and mc."meeting_id" in (select "meeting_id" from "meeting"."meeting_member" where "unit_code" = ?)
)
select 'protected' as kind, to_jsonb(r."resident_number") as row from "resident"."resident" r
  where r."resident_number" in (select resident_number from subject) and r."dv_protection"
union all
select 'consent', to_jsonb(c) from "consent"."consent" c
  where c."resident_number" in (select resident_number from subject) and c."recipients" && array(select jsonb_array_elements_text(?::jsonb))
union all
select 'emergency', to_jsonb(e) from "emergency"."emergency" e
  where e."resident_number" in (select resident_number from subject) and e."declared_by_unit" = ? and e."declared_at" >= ?
union all
select 'case', to_jsonb(cases) from cases
union all
select 'meeting', to_jsonb(m) from "meeting"."support_meeting" m where m."id" in (select "meeting_id" from cases)
union all
select 'member', to_jsonb(mm) from "meeting"."meeting_member" mm where mm."meeting_id" in (select "meeting_id" from cases)`;

/**
 * Loads, for a batch of residents, the facts that can grant this actor access — one SQL statement
 * per batch, whatever its size. Facts are read on every request, so a withdrawn
 * consent, a closed case or an expired emergency takes effect on the next one.
 */
export class SubjectFactsLoader {
  private readonly loader: DataLoader<string, SubjectFacts>;

  constructor(
    private readonly em: EntityManager,
    private readonly actor: Actor,
  ) {
    this.loader = new DataLoader((subjects) => this.loadBatch([...subjects]), { maxBatchSize: 5000 });
  }

  async load(subjects: string[]): Promise<SubjectFacts[]> {
    const facts = await this.loader.loadMany(subjects);
    return facts.map((f) => {
      if (f instanceof Error) throw f;
      return f;
    });
  }

  private async loadBatch(subjects: string[]): Promise<SubjectFacts[]> {
    const { unitCode, organisationCode } = this.actor;
    const since = new Date(Date.now() - EMERGENCY_LOOKBACK_DAYS * 86_400_000);
    const rows = await this.em.getConnection().execute<FactRow[]>(FACTS_SQL, [JSON.stringify(subjects), unitCode, JSON.stringify([unitCode, organisationCode]), unitCode, since]);
    const of = <T extends object>(kind: FactRow['kind'], entity: new () => T): T[] =>
      rows.filter((r) => r.kind === kind).map((r) => this.em.map(entity, r.row as EntityData<T>));
    const protectedSubjects = new Set(rows.filter((r) => r.kind === 'protected').map((r) => r.row as string));
    const consents = of('consent', Consent);
    const emergencies = of('emergency', Emergency);
    const cases = of('case', MeetingCase);
    const meetings = of('meeting', SupportMeeting);
    const members = of('member', MeetingMember);
    return subjects.map((subject) => ({
      subject,
      dvProtection: protectedSubjects.has(subject),
      consents: consents.filter((c) => c.residentNumber === subject),
      emergencies: emergencies.filter((e) => e.residentNumber === subject),
      meetingCases: cases
        .filter((c) => c.residentNumber === subject)
        .map((meetingCase) => ({
          meetingCase,
          meeting: meetings.find((m) => m.id === meetingCase.meetingId)!,
          members: members.filter((m) => m.meetingId === meetingCase.meetingId),
        })),
    }));
  }

}
