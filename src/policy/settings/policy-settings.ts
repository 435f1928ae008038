import { Purpose } from '../purposes';

/**
 * The municipality's adjustable policy, kept as data (DESIGN.md §3 "policy as data"). Every change
 * is a new row in `policy.policy_version`; the newest row is in force from the next request on.
 */
export interface PolicySettings {
  /** Overrides of the purposes a category was collected for, by category code. */
  categoryPurposes: Record<string, Purpose[]>;
  /** How NHI is levied: as a tax (国民健康保険税, tax secrecy applies) or a premium (保険料). */
  nhiLevy: 'TAX' | 'PREMIUM';
  /** Longest window an emergency (life/body/property) may be declared for, in hours. */
  emergencyMaxHours: number;
  /** Whether a §9 support meeting's scope may include tax categories (地方税法 §22: default no). */
  taxViaSupportMeeting: boolean;
  /** Whether an emergency may open tax categories (default no: the 2011 MIC notice offers no such route). */
  taxInEmergency: boolean;
  /** Whether public organs provide data in an emergency under APPI 69(2)(iv) (clearly in the person's interest). */
  publicOrganLifeProtection: boolean;
  /** Days after which an emergency access not yet reviewed is overdue. */
  emergencyReviewDays: number;
  /**
   * Tax data leaves the tax office only in the fields the declared purpose needs (2011 MIC notice,
   * point 1: 当該施策の実施に必要な範囲). Fields (`Type.field`) by purpose; a purpose not listed gets none.
   */
  taxFieldsByPurpose: Partial<Record<Purpose, string[]>>;
}

const TAX_ARREARS_FIELDS = ['Resident.taxArrears', 'TaxArrears.taxType', 'TaxArrears.fiscalYear', 'TaxArrears.amountYen', 'TaxArrears.since', 'TaxArrears.collectionStatus'];
const NHI_ARREARS_FIELDS = ['Resident.nhiArrears', 'NhiPremiumArrears.fiscalYear', 'NhiPremiumArrears.amountYen', 'NhiPremiumArrears.monthsUnpaid', 'NhiPremiumArrears.shortTermCertificate'];
const NON_TAXABLE_STATUS = ['Resident.taxAssessments', 'ResidentTaxAssessment.fiscalYear', 'ResidentTaxAssessment.taxable', 'ResidentTaxAssessment.nonTaxableReason'];

export const DEFAULT_POLICY: PolicySettings = {
  categoryPurposes: {},
  nhiLevy: 'TAX',
  emergencyMaxHours: 72,
  taxViaSupportMeeting: false,
  taxInEmergency: false,
  publicOrganLifeProtection: true,
  emergencyReviewDays: 14,
  taxFieldsByPurpose: {
    // Rebuilding a life and clearing debts (the consent form's purposes 1–3): what is owed, and whether taxed.
    [Purpose.SELF_RELIANCE_SUPPORT]: [...TAX_ARREARS_FIELDS, ...NHI_ARREARS_FIELDS, ...NON_TAXABLE_STATUS],
    // The benefit has an income requirement: the income band too, nothing owed.
    [Purpose.HOUSING_SECURITY_BENEFIT]: [...NON_TAXABLE_STATUS, 'ResidentTaxAssessment.incomeBand'],
    [Purpose.PUBLIC_ASSISTANCE]: [...NON_TAXABLE_STATUS, 'ResidentTaxAssessment.incomeBand', ...TAX_ARREARS_FIELDS],
    // A public-housing application asks whether the applicant is clear of tax arrears (the ordinance's
    // 納税義務を怠っていない者, seed 000 L1845–1847): yes or no, not what is owed.
    [Purpose.PUBLIC_HOUSING_MANAGEMENT]: ['Resident.taxPaidInFull'],
    // Every other purpose gets no tax field, even with a consent: none of them needs one.
  },
};
