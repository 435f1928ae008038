import type { Consent } from '../consent/entities';
import type { Emergency } from '../emergency/entities';
import type { MeetingCase, MeetingMember, SupportMeeting } from '../support-meeting/entities';

/** A case tabled at a meeting of which the actor's unit is (or was) a member. */
export interface MeetingCaseFact {
  meetingCase: MeetingCase;
  meeting: SupportMeeting;
  members: MeetingMember[];
}

/**
 * What the hub knows about one resident that can grant the actor access: consents naming the
 * actor as recipient, cases at meetings the actor's unit sits in, emergencies the actor's unit
 * declared — active or not, so that a denial can say what lapsed.
 */
export interface SubjectFacts {
  subject: string;
  dvProtection: boolean;
  consents: Consent[];
  meetingCases: MeetingCaseFact[];
  emergencies: Emergency[];
}

/** The subject of a record not yet linked to a resident (a utility's report): only its holder's own use can apply. */
export const UNLINKED_SUBJECT = 'unlinked';

/** Nobody: what a lookup answers about when its identifiers single out no resident (rules/minimal-disclosure.ts). */
export const UNMATCHED_SUBJECT = 'unmatched';

export function noFacts(subject: string): SubjectFacts {
  return { subject, dvProtection: false, consents: [], meetingCases: [], emergencies: [] };
}
