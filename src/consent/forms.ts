import { registerEnumType } from 'type-graphql';
import { CATEGORIES } from '../policy/categories';
import { Purpose } from '../policy/purposes';
import { ORG, UNIT } from '../organisation/units';

/**
 * The consent box of the standard intake form (相談受付・申込票, 自立相談支援機関使用標準様式; seed 000
 * L2711–2723): the person agrees that the agency obtains and shares what it needs for their support.
 * Seed 003 (L4497) calls a single box weak consent, so it covers ordinary categories only: tax and
 * special-care data need their own documented consent.
 */
export const INTAKE_FORM = {
  recipients: [UNIT.SELF_RELIANCE],
  /**
   * Whose information the agency may obtain: the municipality's departments, unless the form names
   * the bodies (関係機関) — a utility or a private body releases its own records only where named.
   */
  dataControllers: [ORG.CITY] as string[],
  purposes: [Purpose.SELF_RELIANCE_SUPPORT, Purpose.HOUSING_SECURITY_BENEFIT],
  categories: [
    CATEGORIES.PERSON_IDENTITY,
    CATEGORIES.PERSON_ADDRESS,
    CATEGORIES.PERSON_HOUSEHOLD,
    CATEGORIES.HOUSING_TENANCY,
    CATEGORIES.HOUSING_ARREARS,
    CATEGORIES.HOUSING_CONSULTATION,
    CATEGORIES.WELFARE_PUBLIC_ASSISTANCE,
    CATEGORIES.WELFARE_HOUSING_BENEFIT,
    CATEGORIES.UTILITY_ACCOUNT,
    CATEGORIES.UTILITY_ARREARS,
    CATEGORIES.UTILITY_SUPPLY_STOP,
  ].map((c) => c.code),
};

/** The purposes printed on the tax-information consent form (2011 MIC notice annex, seed 003 L9388–9394). */
export enum TaxConsentPurpose {
  /** 多重債務の解消 */
  DEBT_RESOLUTION = 'DEBT_RESOLUTION',
  /** 生活困窮状態の解消と生活の再建 */
  LIFE_REBUILDING = 'LIFE_REBUILDING',
  /** ○○○市に対する税、使用料、手数料等の滞納の解消 */
  ARREARS_RESOLUTION = 'ARREARS_RESOLUTION',
}

registerEnumType(TaxConsentPurpose, {
  name: 'TaxConsentPurpose',
  description: 'A purpose ticked on the tax-information consent form (税務情報の取り扱いに関する同意書).',
  valuesConfig: {
    DEBT_RESOLUTION: { description: '多重債務の解消 (resolving multiple debts).' },
    LIFE_REBUILDING: { description: '生活困窮状態の解消と生活の再建 (ending poverty and rebuilding one’s life).' },
    ARREARS_RESOLUTION: { description: '市に対する税、使用料、手数料等の滞納の解消 (clearing arrears owed to the city).' },
  },
});

/**
 * The hub's purposes each printed purpose stands for. In this hub tax information reaches other
 * units only for self-reliance support, so clearing arrears owed to the city is pursued as part of
 * that support; a municipality adding other recipients extends this map.
 */
export const TAX_FORM_PURPOSES: Record<TaxConsentPurpose, Purpose> = {
  DEBT_RESOLUTION: Purpose.SELF_RELIANCE_SUPPORT,
  LIFE_REBUILDING: Purpose.SELF_RELIANCE_SUPPORT,
  ARREARS_RESOLUTION: Purpose.SELF_RELIANCE_SUPPORT,
};

/** The tax office and the NHI section release what the form covers; nobody else. */
export const TAX_FORM_CONTROLLERS: string[] = [UNIT.TAXATION, UNIT.NHI];

/** 「私の税務情報」: the signer's own tax information only. */
export const TAX_FORM_CATEGORIES = [CATEGORIES.TAX_ASSESSMENT, CATEGORIES.TAX_ARREARS, CATEGORIES.NHI_ARREARS].map((c) => c.code);

/**
 * The consent box of a public-housing application (公営住宅入居申込書): the applicant lets the housing
 * section ask the tax office whether they are clear of tax arrears, the ordinance's condition
 * 納税義務を怠っていない者 (seed 000 L1845–1847). Tax secrecy (地方税法 §22) makes it a documented
 * consent; the minimal set for the purpose (policy `taxFieldsByPurpose`) releases yes or no only.
 */
export const HOUSING_APPLICATION_FORM = {
  recipients: [UNIT.PUBLIC_HOUSING] as string[],
  dataControllers: [UNIT.TAXATION] as string[],
  purposes: [Purpose.PUBLIC_HOUSING_MANAGEMENT],
  categories: [CATEGORIES.TAX_ARREARS.code] as string[],
};
