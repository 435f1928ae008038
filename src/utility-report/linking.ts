import type { EntityManager } from '@mikro-orm/postgresql';
import { appendConsentEvent } from '../consent/consent-events';
import { Consent } from '../consent/entities';
import { ConsentEventKind, ConsentForm } from '../consent/enums';
import { CATEGORIES } from '../policy/categories';
import { LegalBasis } from '../policy/legal-bases';
import { Purpose } from '../policy/purposes';
import { type LinkageMatch, MatchStatus, proposeMatch } from '../record-linkage';
import type { RequestScope } from '../request/scope';
import type { UtilityReport } from './entities';

const REPORTED_CATEGORIES = [CATEGORIES.UTILITY_ACCOUNT, CATEGORIES.UTILITY_ARREARS, CATEGORIES.UTILITY_SUPPLY_STOP].map((c) => c.code);

export function sourceOf(report: UtilityReport) {
  return { sourceKind: `${report.reportingUnit}/customer`, sourceId: report.customerNumber };
}

/** Proposes a match for a report not linked yet; links it when the match is automatic. */
export async function matchReport(scope: RequestScope, em: EntityManager, report: UtilityReport): Promise<LinkageMatch> {
  const match = await proposeMatch(em, { ...sourceOf(report), person: report.person });
  if (match.status === MatchStatus.AUTO_MATCHED && !report.residentNumber && match.residentNumber) await link(scope, em, report, match.residentNumber);
  return match;
}

/**
 * Ties a report to a resident. A report made with the customer's consent puts that consent into the
 * registry, with the utility as controller, so that it grants the agency what it covers.
 */
export async function link(scope: RequestScope, em: EntityManager, report: UtilityReport, residentNumber: string): Promise<void> {
  report.residentNumber = residentNumber;
  if (report.basis !== LegalBasis.CONSENT || report.consentId) return;
  const consent = em.create(Consent, {
    residentNumber,
    controllerUnit: report.reportingUnit,
    recipients: [report.recipientUnit],
    // The customer consented to this utility's report: it releases this utility's records, nobody else's.
    dataControllers: [report.reportingUnit],
    categories: REPORTED_CATEGORIES,
    purposes: [Purpose.SELF_RELIANCE_SUPPORT],
    method: report.consentMethod!,
    form: ConsentForm.OTHER,
    evidenceReference: report.consentEvidence ?? `utility report ${report.id}`,
    takenBy: report.reportedBy,
    attestation: report.consentAttestation ?? null,
    explanationGiven: true,
    confirmationRequired: false,
    validFrom: report.reportedAt.toISOString().slice(0, 10),
    validUntil: null,
    recordedAt: new Date(),
  });
  report.consentId = consent.id;
  await appendConsentEvent(scope, em, consent, ConsentEventKind.GIVEN, `given to ${report.reportingUnit} with its report ${report.id}`);
}

/** Unties a wrong link; the consent recorded for the wrong person is withdrawn, with the reason. */
export async function unlink(scope: RequestScope, em: EntityManager, report: UtilityReport, reason: string): Promise<void> {
  if (report.consentId) {
    const consent = await em.findOneOrFail(Consent, { id: report.consentId });
    consent.withdrawnAt = new Date();
    await appendConsentEvent(scope, em, consent, ConsentEventKind.WITHDRAWN, `wrong match undone: ${reason}`);
    report.consentId = null;
  }
  report.residentNumber = null;
}
