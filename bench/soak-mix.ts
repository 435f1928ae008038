import { body, CASELOAD, DISCLOSURE_REPORT, FILTERED_LOG, SINGLE_RESIDENT_VIEW } from './queries';

/** One kind of request in the soak's mix: who asks, for what purpose, and how often. */
export interface Scenario {
  name: string;
  actor: string;
  /** Requests of this kind in every round of the mix. */
  weight: number;
  /** Request bodies, sent in turn. */
  bodies: string[];
}

/** Residents of the demo cast that caseworkers hold consents and meeting cases for (src/synthetic/demo-cast.ts). */
const DEMO_CAST = ['1000000001', '1000000002', '1000000005', '1000000006', '1000000007'];

/**
 * Several departments at work on the same municipality — the single-resident view, small caseloads
 * and a few auditor queries — so that there are decisions on every basis and denials.
 */
export function soakScenarios(residents: string[]): Scenario[] {
  const views = (purpose: string) => residents.map((residentNumber) => body(SINGLE_RESIDENT_VIEW, { residentNumber, purpose }));
  const caseloads = (purpose: string, size: number, always: string[] = []) =>
    Array.from({ length: Math.floor(residents.length / size) }, (_, i) =>
      body(CASELOAD, { residentNumbers: [...always, ...residents.slice(i * size, (i + 1) * size - always.length)], purpose }),
    );
  return [
    { name: 'single-resident view, public assistance', actor: 'assistance-caseworker', weight: 4, bodies: views('PUBLIC_ASSISTANCE') },
    { name: 'single-resident view, public housing', actor: 'housing-officer', weight: 3, bodies: views('PUBLIC_HOUSING_MANAGEMENT') },
    { name: 'single-resident view, tax collection', actor: 'tax-officer', weight: 2, bodies: views('TAX_ASSESSMENT_AND_COLLECTION') },
    { name: 'single-resident view, gas supply', actor: 'gas-staff', weight: 1, bodies: views('UTILITY_SUPPLY') },
    { name: 'caseload of 10, self-reliance support', actor: 'caseworker', weight: 2, bodies: caseloads('SELF_RELIANCE_SUPPORT', 10, DEMO_CAST.slice(0, 2)) },
    { name: 'caseload of 25, public housing', actor: 'housing-officer', weight: 1, bodies: caseloads('PUBLIC_HOUSING_MANAGEMENT', 25) },
    {
      name: 'auditor: access log of one resident',
      actor: 'privacy-officer',
      weight: 1,
      bodies: [...DEMO_CAST, ...residents.slice(0, 50)].map((subject) => body(FILTERED_LOG, { filter: { subject } })),
    },
    { name: 'auditor: disclosure report', actor: 'privacy-officer', weight: 1, bodies: [...DEMO_CAST, ...residents.slice(0, 50)].map((residentNumber) => body(DISCLOSURE_REPORT, { residentNumber })) },
  ];
}

/** Scenario indices in the order a connection sends them: each round of the mix spread out evenly. */
export function mixSequence(scenarios: Scenario[]): number[] {
  const slots = scenarios.flatMap((s, index) => Array.from({ length: s.weight }, (_, k) => ({ index, at: (k + 0.5) / s.weight })));
  return slots.sort((a, b) => a.at - b.at || a.index - b.index).map((slot) => slot.index);
}

/** The access-log actions the auditor scenarios produce, one per request. */
export const AUDITOR_EVENTS = ['ACCESS_LOG_SEARCHED', 'DISCLOSURE_REPORTED'];
