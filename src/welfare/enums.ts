export enum PublicAssistanceStatus {
  APPLIED = 'APPLIED', // 申請中
  RECEIVING = 'RECEIVING', // 保護中
  SUSPENDED = 'SUSPENDED', // 停止
  ENDED = 'ENDED', // 廃止
}

/** 要介護度: support levels 要支援1–2 and care levels 要介護1–5 (介護保険法). */
export enum CareLevel {
  SUPPORT_1 = 'SUPPORT_1',
  SUPPORT_2 = 'SUPPORT_2',
  CARE_1 = 'CARE_1',
  CARE_2 = 'CARE_2',
  CARE_3 = 'CARE_3',
  CARE_4 = 'CARE_4',
  CARE_5 = 'CARE_5',
}

export enum DisabilityCertificateKind {
  PHYSICAL = 'PHYSICAL', // 身体障害者手帳 (grade 1–6)
  INTELLECTUAL = 'INTELLECTUAL', // 療育手帳 (A / B)
  MENTAL = 'MENTAL', // 精神障害者保健福祉手帳 (grade 1–3)
}

export enum IntakeChannel {
  WALK_IN = 'WALK_IN', // 来所
  PHONE = 'PHONE',
  OUTREACH = 'OUTREACH', // アウトリーチ
  REFERRAL_FROM_DEPARTMENT = 'REFERRAL_FROM_DEPARTMENT', // 庁内連携
  REFERRAL_FROM_OUTSIDE = 'REFERRAL_FROM_OUTSIDE', // 関係機関から
}

/** Main concerns recorded at intake (相談受付・申込票 の主訴). */
export enum SupportConcern {
  INCOME = 'INCOME', // 収入・生活費
  DEBT = 'DEBT', // 債務
  HOUSING = 'HOUSING', // 住まい
  EMPLOYMENT = 'EMPLOYMENT', // 仕事探し
  HEALTH = 'HEALTH', // 病気・健康
  FAMILY = 'FAMILY', // 家族関係
  UTILITY_ARREARS = 'UTILITY_ARREARS', // 公共料金の滞納
  TAX_ARREARS = 'TAX_ARREARS', // 税金の滞納
  SOCIAL_ISOLATION = 'SOCIAL_ISOLATION', // 社会的孤立
}

export enum SelfRelianceCaseStatus {
  INTAKE = 'INTAKE', // 受付
  ASSESSMENT = 'ASSESSMENT', // アセスメント
  PLANNED = 'PLANNED', // プラン策定
  SUPPORTING = 'SUPPORTING', // 支援中
  CLOSED = 'CLOSED', // 終結
}

export enum HousingSecurityBenefitStatus {
  APPLIED = 'APPLIED',
  PAYING = 'PAYING', // 支給中
  REJECTED = 'REJECTED',
  ENDED = 'ENDED',
}
