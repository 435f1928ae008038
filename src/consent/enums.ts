import { registerEnumType } from 'type-graphql';

/** How the person gave consent (seed 000 P1: counter and phone consent must be recordable). */
export enum ConsentMethod {
  WRITTEN = 'WRITTEN',
  ELECTRONIC = 'ELECTRONIC',
  ORAL_IN_PERSON = 'ORAL_IN_PERSON',
  ORAL_BY_PHONE = 'ORAL_BY_PHONE',
}

/** The form the consent was taken on. */
export enum ConsentForm {
  /** 相談受付・申込票 (自立相談支援機関使用標準様式): the consent box of the intake form. */
  INTAKE_FORM = 'INTAKE_FORM',
  /** 税務情報の提供に関する同意書 (2011 MIC notice annex, seed 003 L9366–9400). */
  TAX_INFORMATION_FORM = 'TAX_INFORMATION_FORM',
  /** The consent box of a public-housing application (公営住宅入居申込書の同意欄). */
  PUBLIC_HOUSING_APPLICATION = 'PUBLIC_HOUSING_APPLICATION',
  OTHER = 'OTHER',
}

export enum ConsentEventKind {
  GIVEN = 'GIVEN',
  CONFIRMED = 'CONFIRMED',
  RENEWED = 'RENEWED',
  WITHDRAWN = 'WITHDRAWN',
}

export const DOCUMENTED_METHODS: readonly ConsentMethod[] = [ConsentMethod.WRITTEN, ConsentMethod.ELECTRONIC];

/** Documented consent: written or electronic, and naming its evidence (the signed form, the electronic record). */
export function isDocumented(consent: { method: ConsentMethod; evidenceReference?: string | null }): boolean {
  return DOCUMENTED_METHODS.includes(consent.method) && (consent.evidenceReference ?? '').trim() !== '';
}

registerEnumType(ConsentMethod, {
  name: 'ConsentMethod',
  description: 'How consent was given (同意の方法).',
  valuesConfig: {
    WRITTEN: { description: 'Signed form (書面).' },
    ELECTRONIC: { description: 'Electronic signature or record (電磁的方法).' },
    ORAL_IN_PERSON: { description: 'Orally at the counter, attested by staff (窓口での口頭同意). Covers ordinary categories only.' },
    ORAL_BY_PHONE: { description: 'Orally by phone, attested by staff (電話での口頭同意). Covers ordinary categories only.' },
  },
});
registerEnumType(ConsentForm, {
  name: 'ConsentForm',
  description: 'The form the consent was taken on (様式).',
  valuesConfig: {
    INTAKE_FORM: { description: 'The consent box of the standard intake form (相談受付・申込票).' },
    TAX_INFORMATION_FORM: { description: 'The consent form for tax information (税務情報の提供に関する同意書, 2011 MIC notice annex).' },
    PUBLIC_HOUSING_APPLICATION: { description: 'The consent box of a public-housing application (公営住宅入居申込書の同意欄): the tax office may tell the housing section whether the applicant is clear of tax arrears.' },
    OTHER: { description: 'Any other form or record.' },
  },
});
registerEnumType(ConsentEventKind, {
  name: 'ConsentEventKind',
  description: 'What happened to a consent (同意の履歴).',
  valuesConfig: {
    GIVEN: { description: 'The person gave the consent (同意).' },
    CONFIRMED: { description: 'A second person confirmed a consent recorded by its own recipient (確認).' },
    RENEWED: { description: 'Its validity was extended or changed (更新).' },
    WITHDRAWN: { description: 'The person withdrew it (撤回).' },
  },
});
