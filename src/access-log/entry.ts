import { registerEnumType } from 'type-graphql';

/** The outcome recorded for an entry (BALP: success = permit, failure = deny). */
export enum AccessDecision {
  ALLOWED = 'ALLOWED',
  DENIED = 'DENIED',
}

registerEnumType(AccessDecision, {
  name: 'AccessDecision',
  description: 'Whether the access (or the logged action) was permitted.',
  valuesConfig: {
    ALLOWED: { description: 'Permitted on a lawful basis (BALP outcome: success).' },
    DENIED: { description: 'Refused; nothing was disclosed (BALP outcome: failure).' },
  },
});

/** The action of an access decision; every other action is an event (e.g. `CONSENT_RECORDED`). */
export const READ = 'READ';

/** One log entry as a request produces it, before it is placed in the chain. */
export interface EntryDraft {
  requestId: string;
  action: string;
  operation: string | null;
  actorCode: string | null;
  actorRole: string | null;
  unitCode: string | null;
  organisationCode: string | null;
  purpose: string | null;
  subject: string | null;
  category: string | null;
  holder: string | null;
  fields: string[];
  decision: AccessDecision;
  basis: string | null;
  basisRecordId: string | null;
  citation: string | null;
  citationJa: string | null;
  reason: string | null;
  reasonJa: string | null;
  withheldFromSubject: boolean;
}

/** An entry in the chain, as stored. */
export interface ChainedEntry extends EntryDraft {
  seq: number;
  recordedAt: Date;
  prevHash: string;
  hash: string;
}
