/** The GraphQL documents the benchmark sends. */

/** A caseworker's view of one resident: identity, household and all four domains (~40 fields). */
export const SINGLE_RESIDENT_VIEW = `query SingleResidentView($residentNumber: ID!, $purpose: Purpose!) {
  resident(residentNumber: $residentNumber, purpose: $purpose) {
    residentNumber familyName givenName familyNameKana givenNameKana dateOfBirth sex address postalCode
    registeredOn relationshipToHead
    household { householdNumber formedOn members { residentNumber familyName givenName } }
    publicHousingTenancies { estateName building unitNumber monthlyRentYen status }
    rentArrears { monthsInArrears amountYen since status }
    taxArrears { taxType fiscalYear amountYen }
    nhiArrears { fiscalYear amountYen monthsUnpaid }
    selfRelianceCases { caseNumber status intakeOn }
    publicAssistance { caseNumber status startedOn }
    housingSecurityBenefits { status monthlyAmountYen }
    gas: utilityAccounts(service: GAS) { providerUnit arrears { monthsInArrears amountYen } }
    water: utilityAccounts(service: WATER) { providerUnit arrears { monthsInArrears amountYen } }
  }
}`;

/**
 * The single-resident view without the categories the public-assistance caseworker is refused:
 * every side (on, bare, off, floor) serves the same values, so their ratios are the cost of
 * enforcement alone. The benchmark checks that "on" refuses nothing and that the answers are equal.
 */
export const SINGLE_RESIDENT_SAME_DATA = `query SingleResidentSameData($residentNumber: ID!, $purpose: Purpose!) {
  resident(residentNumber: $residentNumber, purpose: $purpose) {
    residentNumber familyName givenName familyNameKana givenNameKana dateOfBirth sex address postalCode
    registeredOn relationshipToHead
    household { householdNumber formedOn members { residentNumber familyName givenName } }
    publicAssistance { caseNumber status startedOn }
  }
}`;

/** A caseload list: ~30 fields for each resident. */
export const CASELOAD = `query Caseload($residentNumbers: [ID!]!, $purpose: Purpose!) {
  residents(residentNumbers: $residentNumbers, purpose: $purpose) {
    residentNumber familyName givenName familyNameKana givenNameKana dateOfBirth sex address postalCode registeredOn
    publicHousingTenancies { estateName unitNumber monthlyRentYen status }
    rentArrears { monthsInArrears amountYen since }
    taxArrears { taxType fiscalYear amountYen }
    publicAssistance { caseNumber status startedOn }
    housingSecurityBenefits { status monthlyAmountYen }
    gas: utilityAccounts(service: GAS) { providerUnit arrears { monthsInArrears amountYen } }
  }
}`;

/**
 * The caseload without the categories the public-assistance caseworker is refused (housing,
 * tax, the housing benefit, utilities): both hubs then load the same data, so the on/off ratio is
 * the cost of deciding and logging alone. The benchmark checks that the "on" hub refuses nothing.
 */
export const CASELOAD_NOTHING_REFUSED = `query CaseloadNothingRefused($residentNumbers: [ID!]!, $purpose: Purpose!) {
  residents(residentNumbers: $residentNumbers, purpose: $purpose) {
    residentNumber familyName givenName familyNameKana givenNameKana dateOfBirth sex address postalCode registeredOn
    publicAssistance { caseNumber status startedOn }
  }
}`;

export const DISCLOSURE_REPORT = `query Disclosure($residentNumber: ID!) {
  disclosureReport(residentNumber: $residentNumber, first: 50) {
    residentNumber hasNextPage endCursor
    lines { accessedAt unitName purpose basis }
  }
}`;

export const FILTERED_LOG = `query FilteredLog($filter: AccessLogFilter) {
  accessLog(filter: $filter, first: 50) {
    hasNextPage endCursor
    entries { seq recordedAt actorCode subject decision }
  }
}`;

export function body(query: string, variables: Record<string, unknown>): string {
  return JSON.stringify({ query, variables });
}
