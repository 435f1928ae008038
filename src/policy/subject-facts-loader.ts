import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Consent } from '../consent/entities';
import { Emergency } from '../emergency/entities';
import type { Actor } from '../identity/actor';
import { Resident } from '../resident/entities';
import { MeetingCase, MeetingMember, SupportMeeting } from '../support-meeting/entities';
import type { SubjectFacts } from './subject-facts';

/** Emergencies older than this cannot grant anything; they are not loaded. */
const EMERGENCY_LOOKBACK_DAYS = 31;

/**
 * Loads, for a batch of residents, the facts that can grant this actor access — a fixed number of
 * SQL statements per batch, whatever its size. Facts are read on every request, so a withdrawn
 * consent, a closed case or an expired emergency takes effect on the next one.
 */
export class SubjectFactsLoader {
  private readonly loader: DataLoader<string, SubjectFacts>;
  private memberMeetingIds?: Promise<string[]>;

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
    const meetingIds = await this.meetingsOfActor();
    const [protectedSubjects, consents, emergencies, cases] = await Promise.all([
      this.em
        .find(Resident, { residentNumber: { $in: subjects }, dvProtection: true }, { fields: ['residentNumber'], disableIdentityMap: true })
        .then((rows) => new Set(rows.map((r) => r.residentNumber))),
      this.em.find(Consent, { residentNumber: { $in: subjects }, recipients: { $overlap: [unitCode, organisationCode] } }, { disableIdentityMap: true }),
      this.em.find(Emergency, { residentNumber: { $in: subjects }, declaredByUnit: unitCode, declaredAt: { $gte: since } }, { disableIdentityMap: true }),
      meetingIds.length
        ? this.em.find(MeetingCase, { residentNumber: { $in: subjects }, meetingId: { $in: meetingIds } }, { disableIdentityMap: true })
        : Promise.resolve([]),
    ]);
    const caseMeetingIds = [...new Set(cases.map((c) => c.meetingId))];
    const [meetings, members] = caseMeetingIds.length
      ? await Promise.all([
          this.em.find(SupportMeeting, { id: { $in: caseMeetingIds } }, { disableIdentityMap: true }),
          this.em.find(MeetingMember, { meetingId: { $in: caseMeetingIds } }, { disableIdentityMap: true }),
        ])
      : [[], []];
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

  private meetingsOfActor(): Promise<string[]> {
    this.memberMeetingIds ??= this.em
      .find(MeetingMember, { unitCode: this.actor.unitCode }, { fields: ['meetingId'], disableIdentityMap: true })
      .then((rows) => [...new Set(rows.map((r) => r.meetingId))]);
    return this.memberMeetingIds;
  }
}
