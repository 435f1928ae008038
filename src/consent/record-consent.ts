import { Resident } from '../resident/entities';
import { assertResidentNumber } from '../resident/validation';
import { ErrorCode, hubError } from '../errors';
import { assertCategories, assertDateOrder, assertRecipients, assertText, badInput } from '../server/input-checks';
import type { RequestScope } from '../request/scope';
import { appendConsentEvent } from './consent-events';
import { Consent } from './entities';
import { ConsentEventKind, ConsentMethod } from './enums';
import type { RecordConsentInput } from './inputs';

const ORAL: readonly ConsentMethod[] = [ConsentMethod.ORAL_IN_PERSON, ConsentMethod.ORAL_BY_PHONE];

/**
 * Records a consent with the actor's unit as controller. Oral consent needs the staff member's
 * attestation (what was said, how identity was checked); it is recordable for any category, but the
 * policy lets it cover ordinary categories only.
 */
export async function recordConsent(scope: RequestScope, input: RecordConsentInput): Promise<Consent> {
  const actor = scope.actor;
  assertResidentNumber(input.residentNumber);
  assertRecipients('recipients', input.recipients, scope.directory);
  assertCategories('categories', input.categories);
  if (input.purposes.length === 0) throw badInput('purposes', 'Name at least one purpose.', '利用目的を一つ以上指定してください。');
  if (ORAL.includes(input.method)) assertText('attestation', input.attestation ?? '', 10);
  assertDateOrder('validUntil', input.validFrom, input.validUntil);
  const em = scope.coreEm.fork();
  if (!(await em.count(Resident, { residentNumber: input.residentNumber }))) {
    throw hubError(ErrorCode.RESIDENT_NOT_FOUND, { en: `No resident has the number ${input.residentNumber}.`, ja: '該当する住民が登録されていません。' });
  }
  return em.transactional(async (tx) => {
    const consent = tx.create(Consent, {
      residentNumber: input.residentNumber,
      controllerUnit: actor.unitCode,
      recipients: [...new Set(input.recipients)],
      categories: [...new Set(input.categories)],
      purposes: [...new Set(input.purposes)],
      method: input.method,
      form: input.form,
      evidenceReference: input.evidenceReference ?? null,
      takenBy: actor.code,
      attestation: input.attestation ?? null,
      explanationGiven: input.explanationGiven,
      validFrom: input.validFrom,
      validUntil: input.validUntil ?? null,
      recordedAt: new Date(),
    });
    await appendConsentEvent(scope, tx, consent, ConsentEventKind.GIVEN, null);
    return consent;
  });
}
