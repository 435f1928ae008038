import type { EntityManager } from '@mikro-orm/postgresql';
import { writeEventNow } from '../access-log';
import { LegalBasis } from '../policy/legal-bases';
import type { RequestScope } from '../request/scope';
import { type Consent, ConsentEvent } from './entities';
import { ConsentEventKind } from './enums';

const ACTIONS: Record<ConsentEventKind, string> = {
  GIVEN: 'CONSENT_RECORDED',
  CONFIRMED: 'CONSENT_CONFIRMED',
  RENEWED: 'CONSENT_RENEWED',
  WITHDRAWN: 'CONSENT_WITHDRAWN',
};

/**
 * Appends an event to the consent's own history and to the access log. The log entry is written
 * before the change commits: a consent never changes unlogged.
 */
export async function appendConsentEvent(scope: RequestScope, tx: EntityManager, consent: Consent, kind: ConsentEventKind, note: string | null) {
  tx.create(ConsentEvent, {
    consentId: consent.id,
    residentNumber: consent.residentNumber,
    controllerUnit: consent.controllerUnit,
    kind,
    by: scope.actor.code,
    note,
    at: new Date(),
  });
  await writeEventNow(scope, {
    action: ACTIONS[kind],
    subject: consent.residentNumber,
    basis: LegalBasis.CONSENT,
    basisRecordId: consent.id,
    fields: consent.categories,
    note:
      note ??
      `${consent.method}; recipients ${consent.recipients.join(', ')}; purposes ${consent.purposes.join(', ')}; until ${consent.validUntil ?? 'open-ended'}`,
  });
}
