/** Names the console shows for the hub's codes (the hub's own names live in src/policy/). */
export const PURPOSES: Record<string, { ja: string; en: string }> = {
  RESIDENT_REGISTRY: { ja: '住民基本台帳事務', en: 'Resident registry administration' },
  PUBLIC_HOUSING_MANAGEMENT: { ja: '公営住宅の管理', en: 'Public housing management' },
  HOUSING_CONSULTATION: { ja: '住まいの相談', en: 'Housing consultation' },
  TAX_ASSESSMENT_AND_COLLECTION: { ja: '地方税の賦課徴収', en: 'Local tax assessment and collection' },
  NHI_ADMINISTRATION: { ja: '国民健康保険事務', en: 'National health insurance administration' },
  PUBLIC_ASSISTANCE: { ja: '生活保護の実施', en: 'Public assistance' },
  LONG_TERM_CARE_INSURANCE: { ja: '介護保険事務', en: 'Long-term care insurance' },
  DISABILITY_WELFARE: { ja: '障害福祉', en: 'Disability welfare' },
  SELF_RELIANCE_SUPPORT: { ja: '生活困窮者自立支援', en: 'Self-reliance support' },
  HOUSING_SECURITY_BENEFIT: { ja: '住居確保給付金の支給', en: 'Housing security benefit' },
  UTILITY_SUPPLY: { ja: '電気・ガス・水道の供給', en: 'Electricity, gas and water supply' },
  PROTECTION_OF_LIFE_BODY_PROPERTY: { ja: '人の生命・身体・財産の保護', en: 'Protection of life, body or property' },
  AUDIT: { ja: '個人情報保護の監査', en: 'Privacy audit' },
};

export const BASES: Record<string, { ja: string; en: string }> = {
  WITHIN_PURPOSE: { ja: '利用目的の範囲内', en: 'Within the purpose of collection' },
  CONSENT: { ja: '本人同意', en: "The person's consent" },
  SUPPORT_MEETING: { ja: '支援会議（法令に基づく場合）', en: 'Support meeting (required by law)' },
  LIFE_BODY_PROPERTY: { ja: '人の生命・身体・財産の保護（緊急）', en: 'Protection of life, body or property (emergency)' },
};

export const REVIEW_STATUSES: Record<string, { ja: string; en: string }> = {
  PENDING: { ja: '確認待ち', en: 'Pending' },
  SIGNED_OFF: { ja: '確認済み', en: 'Signed off' },
  FLAGGED: { ja: '要調査', en: 'Flagged' },
  SIGN_OFF: { ja: '確認済み', en: 'Signed off' },
  FLAG: { ja: '要調査', en: 'Flagged' },
};

export const DECISIONS: Record<string, { ja: string; en: string }> = {
  ALLOWED: { ja: '許可', en: 'Allowed' },
  DENIED: { ja: '拒否', en: 'Denied' },
};

export function nameOf(table: Record<string, { ja: string; en: string }>, code: string | null | undefined, language: 'ja' | 'en'): string {
  if (!code) return '';
  return table[code]?.[language] ?? code;
}
