import type { Bilingual } from '../../errors';
import { Purpose } from '../purposes';

/**
 * Purpose binding: access through a support meeting serves that meeting's purpose (生活困窮者自立支援法
 * §9: the meeting exchanges information to support the person), access in an emergency serves the
 * protection of life, body or property (APPI 27(1)(ii), 69(2)(iv)) — never the member's or the
 * declarer's other business (e.g. a landlord-side screening). The declared purpose must match.
 */
export function meetingPurposeMatches(meetingPurpose: string, declared: Purpose): boolean {
  return meetingPurpose === declared;
}

export const EMERGENCY_PURPOSE = Purpose.PROTECTION_OF_LIFE_BODY_PROPERTY;

export function emergencyPurposeMatches(declared: Purpose): boolean {
  return declared === EMERGENCY_PURPOSE;
}

export function meetingServesOnly(meetingName: string, meetingPurpose: string, declared: Purpose): Bilingual {
  return {
    en: `Access through ${meetingName} serves only ${meetingPurpose}, not ${declared}.`,
    ja: `${meetingName}を通じた利用は会議の目的（${meetingPurpose}）に限られます。`,
  };
}

export function emergencyServesOnly(declared: Purpose): Bilingual {
  return {
    en: `An emergency serves only the purpose ${EMERGENCY_PURPOSE}, not ${declared}.`,
    ja: '緊急対応による利用は生命・身体・財産の保護の目的に限られます。',
  };
}
