import { registerEnumType } from 'type-graphql';

/** Roles of staff actors (DESIGN.md §1). */
export enum StaffRole {
  REGISTRY_CLERK = 'REGISTRY_CLERK',
  HOUSING_OFFICER = 'HOUSING_OFFICER',
  TAX_OFFICER = 'TAX_OFFICER',
  NHI_OFFICER = 'NHI_OFFICER',
  PUBLIC_ASSISTANCE_CASEWORKER = 'PUBLIC_ASSISTANCE_CASEWORKER',
  CARE_INSURANCE_OFFICER = 'CARE_INSURANCE_OFFICER',
  DISABILITY_WELFARE_OFFICER = 'DISABILITY_WELFARE_OFFICER',
  SELF_RELIANCE_CASEWORKER = 'SELF_RELIANCE_CASEWORKER',
  SUPPORT_MEETING_SECRETARIAT = 'SUPPORT_MEETING_SECRETARIAT',
  PRIVACY_OFFICER = 'PRIVACY_OFFICER',
  UTILITY_STAFF = 'UTILITY_STAFF',
  WATER_OFFICER = 'WATER_OFFICER',
  SYSTEM_ADMINISTRATOR = 'SYSTEM_ADMINISTRATOR',
  HOUSING_SUPPORT_WORKER = 'HOUSING_SUPPORT_WORKER',
  COMMUNITY_CARE_WORKER = 'COMMUNITY_CARE_WORKER',
  COMMUNITY_WELFARE_WORKER = 'COMMUNITY_WELFARE_WORKER',
  REAL_ESTATE_STAFF = 'REAL_ESTATE_STAFF',
  COUNCIL_SECRETARIAT = 'COUNCIL_SECRETARIAT',
}

registerEnumType(StaffRole, {
  name: 'StaffRole',
  description: 'Role of a staff actor.',
  valuesConfig: {
    REGISTRY_CLERK: { description: 'Resident register clerk (市民課).' },
    HOUSING_OFFICER: { description: 'Public-housing officer (公営住宅担当).' },
    TAX_OFFICER: { description: 'Tax officer (税務課).' },
    NHI_OFFICER: { description: 'National health insurance officer (保険年金課).' },
    PUBLIC_ASSISTANCE_CASEWORKER: { description: 'Public-assistance caseworker (生活保護ケースワーカー).' },
    CARE_INSURANCE_OFFICER: { description: 'Long-term care insurance officer (介護保険課).' },
    DISABILITY_WELFARE_OFFICER: { description: 'Disability welfare officer (障害福祉課).' },
    SELF_RELIANCE_CASEWORKER: { description: 'Self-reliance support caseworker (自立相談支援機関 相談支援員).' },
    SUPPORT_MEETING_SECRETARIAT: { description: 'Support-meeting secretariat (支援会議事務局).' },
    PRIVACY_OFFICER: { description: 'Privacy officer and auditor (個人情報保護担当).' },
    UTILITY_STAFF: { description: 'Staff of a private electricity or gas company (電気・ガス事業者).' },
    WATER_OFFICER: { description: 'Water works officer, a public organ (水道局).' },
    SYSTEM_ADMINISTRATOR: { description: 'Keeps the directory of organisations, units, contracts, memberships and staff (システム管理者); sees no personal data.' },
    HOUSING_SUPPORT_WORKER: { description: 'Staff of a housing support corporation (居住支援法人 相談員・見守り員).' },
    COMMUNITY_CARE_WORKER: { description: 'Staff of a community care centre (地域包括支援センター職員).' },
    COMMUNITY_WELFARE_WORKER: { description: 'Community social worker of the council of social welfare (社協 CSW).' },
    REAL_ESTATE_STAFF: { description: 'Staff of a realtor or landlord’s agent (協力不動産店・管理会社).' },
    COUNCIL_SECRETARIAT: { description: 'Secretariat of a housing support council (居住支援協議会事務局).' },
  },
});
