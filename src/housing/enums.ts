export enum TenancyStatus {
  ACTIVE = 'ACTIVE',
  ENDED = 'ENDED',
}

export enum RentArrearsStatus {
  OPEN = 'OPEN', // 滞納中
  REPAYING = 'REPAYING', // 分納中
  SETTLED = 'SETTLED', // 完納
  LEGAL_ACTION = 'LEGAL_ACTION', // 法的措置
}

/** How payment guidance (納付指導) was given. */
export enum GuidanceMethod {
  LETTER = 'LETTER', // 催告書
  PHONE = 'PHONE', // 電話
  HOME_VISIT = 'HOME_VISIT', // 訪問
  COUNTER = 'COUNTER', // 窓口
  LEGAL_SUMMONS = 'LEGAL_SUMMONS', // 法的措置呼出通知
}

export enum ConsultationChannel {
  COUNTER = 'COUNTER',
  PHONE = 'PHONE',
  HOME_VISIT = 'HOME_VISIT',
  REFERRAL = 'REFERRAL',
  EMAIL = 'EMAIL',
}

/** What a housing consultation (住まいの相談) was about. */
export enum HousingConsultationTopic {
  PUBLIC_HOUSING_APPLICATION = 'PUBLIC_HOUSING_APPLICATION', // 公営住宅の入居申込
  RENT_PAYMENT = 'RENT_PAYMENT', // 家賃の支払い
  EVICTION_RISK = 'EVICTION_RISK', // 退去を求められている
  PRIVATE_RENTAL_SEARCH = 'PRIVATE_RENTAL_SEARCH', // 民間賃貸住宅探し
  GUARANTOR = 'GUARANTOR', // 保証人がいない
  REPAIR = 'REPAIR', // 修繕
  NEIGHBOUR_TROUBLE = 'NEIGHBOUR_TROUBLE', // 近隣トラブル
  OTHER = 'OTHER',
}
