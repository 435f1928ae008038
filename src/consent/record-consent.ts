import type { Actor } from '../identity/actor';
import { findCategory } from '../policy/categories';
import { residentNumberOf } from '../resident/validation';
import { refuseUnknownResidentIfIdentifiable } from '../resident/identify';
import { assertCategories, assertDateOrder, assertRecipients, assertText, badInput } from '../server/input-checks';
import type { RequestScope } from '../request/scope';
import { appendConsentEvent } from './consent-events';
import { Consent } from './entities';
import { ConsentEventKind, ConsentMethod, DOCUMENTED_METHODS } from './enums';
import type { RecordConsentInput } from './inputs';

const ORAL: readonly ConsentMethod[] = [ConsentMethod.ORAL_IN_PERSON, ConsentMethod.ORAL_BY_PHONE];

/**
 * Records a consent with the actor's unit as controller of the record. Oral consent needs the staff
 * member's attestation (what was said, how identity was checked) and covers ordinary categories
 * only; documented consent needs its evidence (the form number, the scan, the electronic record).
 * A consent its own recipient records that releases special-care or tax data waits for a second
 * person — staff of a unit holding that data — to confirm it (confirm-consent.ts).
 */
export async function recordConsent(scope: RequestScope, input: RecordConsentInput): Promise<Consent> {
  const actor = scope.actor;
  input.residentNumber = residentNumberOf(input.residentNumber);
  assertRecipients('recipients', input.recipients, scope.directory);
  assertRecipients('dataControllers', input.dataControllers, scope.directory);
  assertCategories('categories', input.categories);
  if (input.purposes.length === 0) throw badInput('purposes', 'Name at least one purpose.', '利用目的を一つ以上指定してください。');
  if (ORAL.includes(input.method)) assertText('attestation', input.attestation ?? '', 10);
  if (DOCUMENTED_METHODS.includes(input.method)) {
    assertText('evidenceReference', input.evidenceReference ?? '', 3, 200);
  }
  assertDateOrder('validUntil', input.validFrom, input.validUntil);
  await refuseUnknownResidentIfIdentifiable(scope, input.residentNumber, 'Mutation.recordConsent');
  return scope.coreEm.fork().transactional(async (tx) => {
    const consent = tx.create(Consent, {
      residentNumber: input.residentNumber,
      controllerUnit: actor.unitCode,
      recipients: [...new Set(input.recipients)],
      dataControllers: [...new Set(input.dataControllers)],
      categories: [...new Set(input.categories)],
      purposes: [...new Set(input.purposes)],
      method: input.method,
      form: input.form,
      evidenceReference: input.evidenceReference ?? null,
      takenBy: actor.code,
      attestation: input.attestation ?? null,
      explanationGiven: input.explanationGiven,
      confirmationRequired: needsConfirmation(actor, input, scope),
      validFrom: input.validFrom,
      validUntil: input.validUntil ?? null,
      recordedAt: new Date(),
    });
    await appendConsentEvent(scope, tx, consent, ConsentEventKind.GIVEN, null);
    return consent;
  });
}

/** Recorded by its own recipient, and releasing special-care or tax data: a second person confirms it. */
function needsConfirmation(actor: Actor, input: RecordConsentInput, scope: RequestScope): boolean {
  const ownRecipient = input.recipients.includes(actor.unitCode) || input.recipients.includes(actor.organisationCode);
  const policy = scope.access?.context.policy;
  const sensitive = input.categories.some((code) => {
    const category = findCategory(code);
    return category !== undefined && (category.specialCare === true || policy?.isTaxSecret(category) === true || category.taxSecret === true);
  });
  return ownRecipient && sensitive;
}
