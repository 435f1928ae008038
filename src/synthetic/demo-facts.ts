import type { EntityManager } from '@mikro-orm/postgresql';
import { Consent, ConsentEvent } from '../consent/entities';
import { ConsentEventKind, ConsentForm, ConsentMethod } from '../consent/enums';
import { INTAKE_FORM } from '../consent/forms';
import { UNIT } from '../organisation/units';
import { LegalBasis } from '../policy/legal-bases';
import { Purpose } from '../policy/purposes';
import { ConcerningCaseReferral, ReferralStatus } from '../referral/entities';
import { MeetingLegalBasis } from '../support-meeting/enums';
import { MeetingMember, SupportMeeting } from '../support-meeting/entities';
import { ConsentDifficulty } from '../emergency/enums';
import { UtilityService } from '../utility/enums';
import { UtilityReport } from '../utility-report/entities';
import { DEMO_RESIDENTS } from './demo-cast';

/**
 * The facts that make the demo's flows visible on the first start: a statutory support meeting and
 * a consent-based one, a referral of a concerning case, a utility's report to protect life, and the
 * intake consent of the single mother. Written as data, not as accesses (nothing is logged).
 */
export async function seedDemoFacts(em: EntityManager, today: string): Promise<void> {
  const meeting = em.create(SupportMeeting, {
    name: 'つなぐ市支援会議',
    legalBasis: MeetingLegalBasis.SELF_RELIANCE_SUPPORT_ACT_ART_9,
    secretariatUnit: UNIT.SUPPORT_MEETING_SECRETARIAT,
    purpose: Purpose.SELF_RELIANCE_SUPPORT,
    scopeCategories: ['person.identity', 'person.address', 'housing.tenancy', 'housing.arrears', 'welfare.public-assistance', 'utility.arrears', 'utility.supply-stop'],
    establishedOn: '2025-04-01',
  });
  for (const unit of [UNIT.SELF_RELIANCE, UNIT.PUBLIC_HOUSING, UNIT.PUBLIC_ASSISTANCE, UNIT.ELECTRICITY, UNIT.WATER]) {
    em.create(MeetingMember, { meetingId: meeting.id, unitCode: unit, confidentialityAcknowledgedOn: '2025-04-01', memberFrom: '2025-04-01', memberUntil: null });
  }
  em.create(SupportMeeting, {
    name: '支援調整会議（自立相談支援センター）',
    legalBasis: MeetingLegalBasis.CONSENT_BASED,
    secretariatUnit: UNIT.SUPPORT_MEETING_SECRETARIAT,
    purpose: Purpose.SELF_RELIANCE_SUPPORT,
    scopeCategories: ['housing.arrears'],
    establishedOn: '2025-04-01',
  });

  em.create(ConcerningCaseReferral, {
    residentNumber: DEMO_RESIDENTS.fallingBetween,
    meetingId: meeting.id,
    secretariatUnit: UNIT.SUPPORT_MEETING_SECRETARIAT,
    referringUnit: UNIT.PUBLIC_HOUSING,
    referredBy: 'housing-officer',
    facts: [{ category: 'housing.arrears', summary: '家賃6か月滞納。訪問時に衰弱した様子で、福祉への相談を勧めたが拒否された。' }],
    referredAt: new Date(`${today}T09:00:00+09:00`),
    status: ReferralStatus.RECEIVED,
    meetingCaseId: null,
    closingNote: null,
  });

  em.create(UtilityReport, {
    reportingUnit: UNIT.ELECTRICITY,
    reportedBy: 'electricity-staff',
    recipientUnit: UNIT.SELF_RELIANCE,
    service: UtilityService.ELECTRICITY,
    customerNumber: 'E9000000001',
    person: { name: '高橋 正雄', nameKana: 'ﾀｶﾊｼ ﾏｻｵ', address: 'つなぐ市港町5-3 市営港南団地3-204' },
    monthsInArrears: 4,
    amountYen: 38_000,
    supplyStopScheduledOn: null,
    circumstances: '冬季の供給停止を前に、高齢の単身世帯で訪問・電話とも応答がない。',
    basis: LegalBasis.LIFE_BODY_PROPERTY,
    consentMethod: null,
    consentEvidence: null,
    consentAttestation: null,
    riskReason: '厳冬期に電気が止まると生命に危険が及ぶおそれがある',
    consentDifficulty: ConsentDifficulty.UNREACHABLE,
    consentDifficultyNote: '3回訪問したが応答がなく、電話もつながらない',
    reportedAt: new Date(`${today}T10:00:00+09:00`),
    residentNumber: null,
    consentId: null,
    outreachCaseId: null,
  });

  const intake = em.create(Consent, {
    residentNumber: DEMO_RESIDENTS.singleMother,
    controllerUnit: UNIT.SELF_RELIANCE,
    recipients: [...INTAKE_FORM.recipients],
    dataControllers: [...INTAKE_FORM.dataControllers],
    categories: [...INTAKE_FORM.categories],
    purposes: [...INTAKE_FORM.purposes],
    method: ConsentMethod.WRITTEN,
    form: ConsentForm.INTAKE_FORM,
    evidenceReference: '相談受付・申込票 No.2026-0002',
    takenBy: 'caseworker',
    attestation: null,
    explanationGiven: true,
    confirmationRequired: false,
    validFrom: today,
    validUntil: null,
    recordedAt: new Date(),
  });
  em.create(ConsentEvent, { consentId: intake.id, residentNumber: intake.residentNumber, controllerUnit: intake.controllerUnit, kind: ConsentEventKind.GIVEN, by: 'caseworker', note: null, at: new Date() });
  await em.flush();
}
