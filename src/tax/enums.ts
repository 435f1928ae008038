/** Income band of the resident-tax assessment (所得区分), in yen of total income (総所得金額等). */
export enum IncomeBand {
  NONE = 'NONE', // 所得なし
  UNDER_1M = 'UNDER_1M',
  FROM_1M_TO_2M = 'FROM_1M_TO_2M',
  FROM_2M_TO_3M = 'FROM_2M_TO_3M',
  FROM_3M_TO_5M = 'FROM_3M_TO_5M',
  FROM_5M_TO_10M = 'FROM_5M_TO_10M',
  OVER_10M = 'OVER_10M',
}

/** Why a resident is not taxed (非課税の理由), 地方税法 §295. */
export enum NonTaxableReason {
  BELOW_THRESHOLD = 'BELOW_THRESHOLD', // 均等割・所得割とも非課税 (所得が基準以下)
  PUBLIC_ASSISTANCE = 'PUBLIC_ASSISTANCE', // 生活扶助受給
  DISABLED_MINOR_WIDOW_LOW_INCOME = 'DISABLED_MINOR_WIDOW_LOW_INCOME', // 障害者・未成年者・寡婦・ひとり親で所得135万円以下
  DEPENDANT = 'DEPENDANT', // 被扶養者
}

export enum TaxType {
  RESIDENT_TAX = 'RESIDENT_TAX', // 個人住民税
  FIXED_ASSET_TAX = 'FIXED_ASSET_TAX', // 固定資産税
  LIGHT_VEHICLE_TAX = 'LIGHT_VEHICLE_TAX', // 軽自動車税
}

export enum CollectionStatus {
  UNPAID = 'UNPAID', // 未納
  INSTALMENT = 'INSTALMENT', // 分納中
  SEIZURE = 'SEIZURE', // 差押
  SUSPENDED = 'SUSPENDED', // 滞納処分の執行停止
}

/** How the municipality levies national health insurance: as a tax (国民健康保険税) or a premium (保険料). */
export enum NhiLevyKind {
  TAX = 'TAX',
  PREMIUM = 'PREMIUM',
}
