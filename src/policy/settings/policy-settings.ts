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
}

export const DEFAULT_POLICY: PolicySettings = {
  categoryPurposes: {},
  nhiLevy: 'TAX',
  emergencyMaxHours: 72,
  taxViaSupportMeeting: false,
  taxInEmergency: false,
  publicOrganLifeProtection: true,
  emergencyReviewDays: 14,
};
