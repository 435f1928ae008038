import { AccessDecision, type DecisionItem, READ, type RecordDraft } from '../src/access-log/entry';

const ITEMS: DecisionItem[] = [
  ['person.identity', 'core.resident-registry', ['Resident.address', 'Resident.familyName', 'Resident.givenName']],
  ['welfare.public-assistance', 'welfare.public-assistance', ['Resident.publicAssistance']],
].map(([category, holder, fields]) => ({
  category: category as string,
  holder: holder as string,
  fields: fields as string[],
  decision: AccessDecision.ALLOWED,
  basis: 'WITHIN_PURPOSE',
  basisRecordId: null,
  citation: 'APPI art. 69(1)',
  citationJa: '個人情報保護法第69条第1項',
  reason: null,
  reasonJa: null,
}));

/**
 * One request's records, as the hub drafts them for a public-assistance caseworker's caseload of
 * `size` residents decided alike: identity and the case, within the purpose. `call` varies the
 * residents and the request id from one call to the next.
 */
export function caseloadDrafts(size: number, call: number, label: string): RecordDraft[] {
  const requestId = `bench-${label}-${size}-${call}-${Math.random()}`;
  return Array.from({ length: size }, (_, i) => ({
    items: ITEMS,
    requestId,
    action: READ,
    operation: 'Caseload',
    actorCode: 'assistance-caseworker',
    actorRole: 'PUBLIC_ASSISTANCE_CASEWORKER',
    unitCode: 'welfare.public-assistance',
    organisationCode: 'city',
    purpose: 'PUBLIC_ASSISTANCE',
    subject: '1' + String(1 + ((i * 7919 + call * 104729) % 100_000)).padStart(9, '0'),
    withheldFromSubject: false,
  }));
}
