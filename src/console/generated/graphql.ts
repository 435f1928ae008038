/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Whether the access (or the logged action) was permitted. */
export type AccessDecision =
  /** Permitted on a lawful basis (BALP outcome: success). */
  | 'ALLOWED'
  /** Refused; nothing was disclosed (BALP outcome: failure). */
  | 'DENIED';

/** Conditions on access-log entries; all given conditions must hold. */
export type AccessLogFilter = {
  /** Any of these actions (`READ`, `CONSENT_RECORDED`, …). */
  actions?: Array<string> | null | undefined;
  /** Staff code of the actor. */
  actorCode?: string | null | undefined;
  /** Any of these bases. */
  bases?: Array<LegalBasis> | null | undefined;
  /** The consent, support-meeting case or emergency named as the basis. */
  basisRecordId?: string | null | undefined;
  /** Any of these data categories. */
  categories?: Array<string> | null | undefined;
  /** Only allowed, or only denied, entries. */
  decision?: AccessDecision | null | undefined;
  /** From this time (inclusive). */
  from?: string | null | undefined;
  /** The actor's organisation. */
  organisationCode?: string | null | undefined;
  /** Entries of one request. */
  requestId?: string | null | undefined;
  /** Resident number of the data subject. */
  subject?: string | number | null | undefined;
  /** Until this time (exclusive). */
  to?: string | null | undefined;
  /** The actor's unit. */
  unitCode?: string | null | undefined;
};

/** What verification found wrong with the access-log chain. */
export type ChainProblem =
  /** A record was edited after it was written. */
  | 'ALTERED'
  /** A record does not follow its predecessor (reordered, inserted, or removed and renumbered). */
  | 'BROKEN_LINK'
  /** A checkpoint is not signed by a trusted key. */
  | 'CHECKPOINT_INVALID'
  /** The decision set a record names (its decisions, stored once for every resident decided alike) was edited or removed. */
  | 'DECISION_SET_ALTERED'
  /** A record is absent (deleted). */
  | 'MISSING'
  /** The chain was rewritten with recomputed hashes; a signed checkpoint disagrees. */
  | 'REWRITTEN'
  /** Entries a signed checkpoint vouches for are gone (the tail was cut off). */
  | 'TRUNCATED';

/** Why consent is hard to obtain (同意取得が困難な理由). */
export type ConsentDifficulty =
  /** Unconscious or unable to decide (意識不明・判断能力の低下). */
  | 'INCAPACITATED'
  /** No time to ask (同意を得る時間的余裕がない). */
  | 'NO_TIME'
  /** Refuses although life or health is at risk (拒否しているが生命等に危険). */
  | 'REFUSED_WHILE_AT_RISK'
  /** The person cannot be reached (連絡が取れない). */
  | 'UNREACHABLE';

/** What happened to a consent (同意の履歴). */
export type ConsentEventKind =
  /** A second person confirmed a consent recorded by its own recipient (確認). */
  | 'CONFIRMED'
  /** The person gave the consent (同意). */
  | 'GIVEN'
  /** Its validity was extended or changed (更新). */
  | 'RENEWED'
  /** The person withdrew it (撤回). */
  | 'WITHDRAWN';

/** The form the consent was taken on (様式). */
export type ConsentForm =
  /** The consent box of the standard intake form (相談受付・申込票). */
  | 'INTAKE_FORM'
  /** Any other form or record. */
  | 'OTHER'
  /** The consent box of a public-housing application (公営住宅入居申込書の同意欄): the tax office may tell the housing section whether the applicant is clear of tax arrears. */
  | 'PUBLIC_HOUSING_APPLICATION'
  /** The consent form for tax information (税務情報の提供に関する同意書, 2011 MIC notice annex). */
  | 'TAX_INFORMATION_FORM';

/** How consent was given (同意の方法). */
export type ConsentMethod =
  /** Electronic signature or record (電磁的方法). */
  | 'ELECTRONIC'
  /** Orally by phone, attested by staff (電話での口頭同意). Covers ordinary categories only. */
  | 'ORAL_BY_PHONE'
  /** Orally at the counter, attested by staff (窓口での口頭同意). Covers ordinary categories only. */
  | 'ORAL_IN_PERSON'
  /** Signed form (書面). */
  | 'WRITTEN';

/** How a consultation reached the section (相談経路). */
export type ConsultationChannel =
  /** At the counter (窓口). */
  | 'COUNTER'
  /** By e-mail (メール). */
  | 'EMAIL'
  /** On a home visit (訪問). */
  | 'HOME_VISIT'
  /** By phone (電話). */
  | 'PHONE'
  /** Referred by another section or body (紹介). */
  | 'REFERRAL';

/** Who the person at the counter says they are: date of birth, and the name in kanji, in kana, or both. */
export type CounterSearchInput = {
  /** Date of birth (生年月日). */
  dateOfBirth: string;
  /** Full name as written (氏名), family name first; spaces, full- and half-width are ignored. */
  name?: string | null | undefined;
  /** Full name in kana (フリガナ), katakana or hiragana, full- or half-width; spaces are ignored. */
  nameKana?: string | null | undefined;
};

/** An emergency to declare: who is at risk, why, why consent cannot be had, and what is needed. */
export type DeclareEmergencyInput = {
  /** Data categories needed to protect the person. */
  categories: Array<string>;
  /** Why consent is hard to obtain (同意取得が困難な理由). */
  consentDifficulty: ConsentDifficulty;
  /** Why consent cannot be obtained, in words (at least 10 characters). */
  consentDifficultyNote: string;
  /** Hours the emergency lasts; at most the policy maximum. */
  hours: number;
  /** What is at risk and why (at least 10 characters). */
  reason: string;
  /** Resident number (宛名番号) of the person at risk. */
  residentNumber: string;
};

/** How payment guidance (納付指導) was given. */
export type GuidanceMethod =
  /** At the counter (窓口). */
  | 'COUNTER'
  /** Home visit (訪問). */
  | 'HOME_VISIT'
  /** Summons before legal action (法的措置呼出通知). */
  | 'LEGAL_SUMMONS'
  /** Reminder letter (催告書). */
  | 'LETTER'
  /** By phone (電話). */
  | 'PHONE';

/** What a housing consultation was about (相談内容の分類). */
export type HousingConsultationTopic =
  /** Asked to leave the home (退去を求められている). */
  | 'EVICTION_RISK'
  /** No guarantor (保証人がいない). */
  | 'GUARANTOR'
  /** Trouble with neighbours (近隣トラブル). */
  | 'NEIGHBOUR_TROUBLE'
  /** Anything else (その他). */
  | 'OTHER'
  /** Looking for a private rental (民間賃貸住宅探し). */
  | 'PRIVATE_RENTAL_SEARCH'
  /** Applying for public housing (公営住宅の入居申込). */
  | 'PUBLIC_HOUSING_APPLICATION'
  /** Paying the rent (家賃の支払い). */
  | 'RENT_PAYMENT'
  /** Repairs (修繕). */
  | 'REPAIR';

/** State of a housing security benefit (住居確保給付金). */
export type HousingSecurityBenefitStatus =
  /** Applied for (申請中). */
  | 'APPLIED'
  /** Payment ended (支給終了). */
  | 'ENDED'
  /** Being paid (支給中). */
  | 'PAYING'
  /** Refused (不支給). */
  | 'REJECTED';

/** Which fixed set of identifiers a minimal-disclosure question carries. */
export type IdentifierSet =
  /** Family and given name in katakana, and date of birth (フリガナ・生年月日). */
  | 'KANA_NAME_AND_BIRTH_DATE'
  /** Family and given name, and address (氏名・住所). */
  | 'NAME_AND_ADDRESS';

/** How a self-reliance case reached the agency (相談経路). */
export type IntakeChannel =
  /** Found by outreach (アウトリーチ). */
  | 'OUTREACH'
  /** By phone (電話). */
  | 'PHONE'
  /** Referred by one of the city's departments (庁内連携). */
  | 'REFERRAL_FROM_DEPARTMENT'
  /** Referred by an outside body (関係機関から). */
  | 'REFERRAL_FROM_OUTSIDE'
  /** The person came in (来所). */
  | 'WALK_IN';

/** The consent box of the intake form (相談受付・申込票), as ticked or said at intake. */
export type IntakeConsentInput = {
  /** For oral consent: what was said and how identity was checked. */
  attestation?: string | null | undefined;
  /** The bodies (関係機関) named on the form whose information may be obtained; the municipality’s departments when omitted. */
  dataControllers?: Array<string> | null | undefined;
  /** Form number or scan reference (required when WRITTEN). */
  evidenceReference?: string | null | undefined;
  /** WRITTEN when the box is ticked on paper; oral at the counter or by phone with an attestation. */
  method: ConsentMethod;
  /** Resident number (宛名番号). */
  residentNumber: string;
  /** First day of validity. */
  validFrom: string;
  /** Last day of validity; open-ended when omitted. */
  validUntil?: string | null | undefined;
};

/** Lawful basis of an access (利用・提供の根拠). */
export type LegalBasis =
  /** The person's consent (本人同意). */
  | 'CONSENT'
  /** Protection of life, body or property (人の生命・身体・財産の保護). */
  | 'LIFE_BODY_PROPERTY'
  /** Statutory support meeting, 生活困窮者自立支援法 §9 (法令に基づく場合). */
  | 'SUPPORT_MEETING'
  /** Use within the purpose of collection (利用目的の範囲内). */
  | 'WITHIN_PURPOSE';

/** Which chapter of the Act on the Protection of Personal Information (APPI) binds the holder. */
export type LegalRegime =
  /** Private operator (個人情報取扱事業者): APPI chapter 4, arts. 18, 20, 27. */
  | 'PRIVATE_OPERATOR'
  /** Public organ (行政機関等): APPI chapter 5, arts. 61, 62, 69. */
  | 'PUBLIC_ORGAN';

/** The identifiers of the person asked about: exactly the fields of the chosen set. */
export type PersonIdentifiersInput = {
  /** Address as registered (NAME_AND_ADDRESS). */
  address?: string | null | undefined;
  /** Date of birth (KANA_NAME_AND_BIRTH_DATE). */
  dateOfBirth?: string | null | undefined;
  /** Family name (NAME_AND_ADDRESS). */
  familyName?: string | null | undefined;
  /** Family name in katakana (KANA_NAME_AND_BIRTH_DATE). */
  familyNameKana?: string | null | undefined;
  /** Given name (NAME_AND_ADDRESS). */
  givenName?: string | null | undefined;
  /** Given name in katakana (KANA_NAME_AND_BIRTH_DATE). */
  givenNameKana?: string | null | undefined;
  /** Which identifier set follows; give exactly its fields. */
  set: IdentifierSet;
};

/** Declared purpose of use (利用目的). Every query that reads personal data names one. */
export type Purpose =
  /** Privacy audit (個人情報保護の監査) */
  | 'AUDIT'
  /** Comprehensive community care (community care centre) (地域包括支援センターの包括的支援事業) */
  | 'COMMUNITY_CARE'
  /** The council of social welfare's community welfare work (社会福祉協議会の地域福祉活動) */
  | 'COMMUNITY_WELFARE'
  /** Disability welfare (障害福祉) */
  | 'DISABILITY_WELFARE'
  /** Employment preparation support (就労準備支援事業) */
  | 'EMPLOYMENT_PREPARATION_SUPPORT'
  /** Household finance improvement support (家計改善支援事業) */
  | 'HOUSEHOLD_FINANCE_SUPPORT'
  /** Housing consultation (住まいの相談) */
  | 'HOUSING_CONSULTATION'
  /** Housing security benefit (住居確保給付金の支給) */
  | 'HOUSING_SECURITY_BENEFIT'
  /** Housing support council work (居住支援協議会の活動) */
  | 'HOUSING_SUPPORT_COUNCIL'
  /** A housing support corporation's business (move-in consultation, rent guarantee) (居住支援法人の業務（入居相談・家賃債務保証）) */
  | 'HOUSING_SUPPORT_SERVICES'
  /** Long-term care insurance (介護保険事務) */
  | 'LONG_TERM_CARE_INSURANCE'
  /** National health insurance administration (国民健康保険事務) */
  | 'NHI_ADMINISTRATION'
  /** Outreach (home visits, street rounds) (アウトリーチ（訪問・巡回相談）) */
  | 'OUTREACH'
  /** Protection of life, body or property (人の生命・身体・財産の保護) */
  | 'PROTECTION_OF_LIFE_BODY_PROPERTY'
  /** Public assistance (生活保護の実施) */
  | 'PUBLIC_ASSISTANCE'
  /** Public housing management (公営住宅の管理) */
  | 'PUBLIC_HOUSING_MANAGEMENT'
  /** Real-estate brokerage and rental management (不動産の仲介・賃貸住宅の管理) */
  | 'REAL_ESTATE_BUSINESS'
  /** Resident registry administration (住民基本台帳事務) */
  | 'RESIDENT_REGISTRY'
  /** Self-reliance support for people in poverty (生活困窮者自立支援) */
  | 'SELF_RELIANCE_SUPPORT'
  /** Local tax assessment and collection (地方税の賦課徴収) */
  | 'TAX_ASSESSMENT_AND_COLLECTION'
  /** Temporary living support (shelter, community residence support) (一時生活支援事業（シェルター・地域居住支援）) */
  | 'TEMPORARY_LIVING_SUPPORT'
  /** Electricity, gas and water supply (電気・ガス・水道の供給) */
  | 'UTILITY_SUPPLY'
  /** Watching over and safety checks (見守り・安否確認) */
  | 'WATCHING_OVER';

/** A consent as taken from the person (ISO/IEC TS 27560 fields). */
export type RecordConsentInput = {
  /** For oral consent: the staff member’s attestation of what was said and how identity was checked. */
  attestation?: string | null | undefined;
  /** Data categories covered, e.g. `housing.arrears`. */
  categories: Array<string>;
  /** Units or organisations whose data the consent releases (提供元, ISO/IEC TS 27560 data controllers), e.g. `tax.taxation` or `tsunagu-city`; it releases nothing held by anyone else. */
  dataControllers: Array<string>;
  /** Reference to the signed form or electronic record (証跡); required for WRITTEN and ELECTRONIC consent. */
  evidenceReference?: string | null | undefined;
  /** Whether the provision was fully explained to the person (十分な説明). */
  explanationGiven: boolean;
  /** The form it was taken on (様式). */
  form?: ConsentForm;
  /** How the consent was given (同意の方法); oral consent needs an attestation and covers ordinary categories only. */
  method: ConsentMethod;
  /** Purposes covered (利用目的). */
  purposes: Array<Purpose>;
  /** Units or organisations that may receive the data (提供先). */
  recipients: Array<string>;
  /** Resident number (宛名番号) of the person consenting. */
  residentNumber: string;
  /** First day of validity. */
  validFrom: string;
  /** Last day of validity; open-ended when omitted. */
  validUntil?: string | null | undefined;
};

/** A concerning case (気になる事案) to refer to a support meeting’s secretariat. */
export type ReferConcerningCaseInput = {
  /** At least one fact from your own records. */
  facts: Array<ReferralFactInput>;
  /** The statutory support meeting (生活困窮者自立支援法 §9) to refer to. */
  meetingId: string | number;
  /** Resident number (宛名番号). */
  residentNumber: string;
};

/** One fact from your own records that made you concerned. */
export type ReferralFactInput = {
  /** Data category of the fact; your unit must hold it. */
  category: string;
  /** The fact in your words (10–2,000 characters). */
  summary: string;
};

/** Relationship to the head of household as recorded in the resident register (続柄). */
export type RelationshipToHead =
  /** Child (子). */
  | 'CHILD'
  /** Grandchild (孫). */
  | 'GRANDCHILD'
  /** Head of household (世帯主). */
  | 'HEAD'
  /** Not related: a lodger or companion (縁故者・同居人). */
  | 'NON_RELATIVE'
  /** Other relative (その他親族). */
  | 'OTHER_RELATIVE'
  /** Father or mother (父・母). */
  | 'PARENT'
  /** Brother or sister (兄弟姉妹). */
  | 'SIBLING'
  /** Wife or husband (妻・夫). */
  | 'SPOUSE';

/** State of rent arrears (滞納状況). */
export type RentArrearsStatus =
  /** Legal action taken (法的措置). */
  | 'LEGAL_ACTION'
  /** Unpaid (滞納中). */
  | 'OPEN'
  /** Being repaid in instalments (分納中). */
  | 'REPAYING'
  /** Paid in full (完納). */
  | 'SETTLED';

/** What the privacy officer decides about an emergency access. */
export type ReviewOutcome =
  /** The access is questionable; the note says why. */
  | 'FLAG'
  /** The access was justified. */
  | 'SIGN_OFF';

/** State of an emergency access in the privacy officer's review (事後確認). */
export type ReviewStatus =
  /** Reviewed and found questionable; see the note. */
  | 'FLAGGED'
  /** Awaiting review (or accessed again since the last review). */
  | 'PENDING'
  /** Reviewed and found justified. */
  | 'SIGNED_OFF';

/** Stage of a self-reliance support case (支援の段階). */
export type SelfRelianceCaseStatus =
  /** Being assessed (アセスメント). */
  | 'ASSESSMENT'
  /** Closed (終結). */
  | 'CLOSED'
  /** Taken in (受付). */
  | 'INTAKE'
  /** Support plan drawn up (プラン策定). */
  | 'PLANNED'
  /** Being supported under the plan (支援中). */
  | 'SUPPORTING';

/** Role of a staff actor. */
export type StaffRole =
  /** Long-term care insurance officer (介護保険課). */
  | 'CARE_INSURANCE_OFFICER'
  /** Staff of a community care centre (地域包括支援センター職員). */
  | 'COMMUNITY_CARE_WORKER'
  /** Community social worker of the council of social welfare (社協 CSW). */
  | 'COMMUNITY_WELFARE_WORKER'
  /** Secretariat of a housing support council (居住支援協議会事務局). */
  | 'COUNCIL_SECRETARIAT'
  /** Disability welfare officer (障害福祉課). */
  | 'DISABILITY_WELFARE_OFFICER'
  /** Public-housing officer (公営住宅担当). */
  | 'HOUSING_OFFICER'
  /** Staff of a housing support corporation (居住支援法人 相談員・見守り員). */
  | 'HOUSING_SUPPORT_WORKER'
  /** National health insurance officer (保険年金課). */
  | 'NHI_OFFICER'
  /** Privacy officer and auditor (個人情報保護担当). */
  | 'PRIVACY_OFFICER'
  /** Public-assistance caseworker (生活保護ケースワーカー). */
  | 'PUBLIC_ASSISTANCE_CASEWORKER'
  /** Staff of a realtor or landlord’s agent (協力不動産店・管理会社). */
  | 'REAL_ESTATE_STAFF'
  /** Resident register clerk (市民課). */
  | 'REGISTRY_CLERK'
  /** Self-reliance support caseworker (自立相談支援機関 相談支援員). */
  | 'SELF_RELIANCE_CASEWORKER'
  /** Support-meeting secretariat (支援会議事務局). */
  | 'SUPPORT_MEETING_SECRETARIAT'
  /** Keeps the directory of organisations, units, contracts, memberships and staff (システム管理者); sees no personal data. */
  | 'SYSTEM_ADMINISTRATOR'
  /** Tax officer (税務課). */
  | 'TAX_OFFICER'
  /** Staff of a private electricity or gas company (電気・ガス事業者). */
  | 'UTILITY_STAFF'
  /** Water works officer, a public organ (水道局). */
  | 'WATER_OFFICER';

/** State of a supply stop (供給停止の状況). */
export type SupplyStopStatus =
  /** Called off, e.g. after payment (支払い等により中止). */
  | 'CANCELLED'
  /** Supply stopped (停止実施). */
  | 'EXECUTED'
  /** Stop notified to the customer (供給停止予告済み). */
  | 'NOTIFIED'
  /** Supply restored after a stop (再開). */
  | 'RESTORED';

/** Main concern recorded at intake (主訴). */
export type SupportConcern =
  /** Debt (債務). */
  | 'DEBT'
  /** Finding work (仕事探し). */
  | 'EMPLOYMENT'
  /** Family relations (家族関係). */
  | 'FAMILY'
  /** Illness and health (病気・健康). */
  | 'HEALTH'
  /** Housing (住まい). */
  | 'HOUSING'
  /** Income and living costs (収入・生活費). */
  | 'INCOME'
  /** Social isolation (社会的孤立). */
  | 'SOCIAL_ISOLATION'
  /** Taxes in arrears (税金の滞納). */
  | 'TAX_ARREARS'
  /** Utility bills in arrears (公共料金の滞納). */
  | 'UTILITY_ARREARS';

/** A purpose ticked on the tax-information consent form (税務情報の取り扱いに関する同意書). */
export type TaxConsentPurpose =
  /** 市に対する税、使用料、手数料等の滞納の解消 (clearing arrears owed to the city). */
  | 'ARREARS_RESOLUTION'
  /** 多重債務の解消 (resolving multiple debts). */
  | 'DEBT_RESOLUTION'
  /** 生活困窮状態の解消と生活の再建 (ending poverty and rebuilding one’s life). */
  | 'LIFE_REBUILDING';

/** The tax-information consent form (税務情報の取り扱いに関する同意書, 2011 MIC notice annex). */
export type TaxInformationConsentInput = {
  /** Reference to the signed form. */
  evidenceReference: string;
  /** That the out-of-purpose use and provision was fully explained (十分な説明, point 3 of the notice). */
  explanationGiven: boolean;
  /** WRITTEN or ELECTRONIC: tax information needs a documented consent. */
  method: ConsentMethod;
  /** The purposes ticked on the form. */
  purposes: Array<TaxConsentPurpose>;
  /** The city units and outside bodies named on the form as recipients. */
  recipients: Array<string>;
  /** Resident number (宛名番号) of the signer; the form covers only their own tax information. */
  residentNumber: string;
  /** First day of validity. */
  validFrom: string;
  /** Last day of validity; open-ended when omitted. */
  validUntil?: string | null | undefined;
};

/** Municipal tax (税目). */
export type TaxType =
  /** Fixed asset tax (固定資産税). */
  | 'FIXED_ASSET_TAX'
  /** Light vehicle tax (軽自動車税). */
  | 'LIGHT_VEHICLE_TAX'
  /** Individual resident tax (個人住民税). */
  | 'RESIDENT_TAX';

/** Whether a public-housing tenancy is current. */
export type TenancyStatus =
  /** Current tenancy (入居中). */
  | 'ACTIVE'
  /** The tenant has moved out (退去済み). */
  | 'ENDED';

export type AccessLogSearchQueryVariables = Exact<{
  filter?: AccessLogFilter | null | undefined;
  first?: number;
  after?: string | null | undefined;
}>;


export type AccessLogSearchQuery = { accessLog: { totalCount: number, hasNextPage: boolean, endCursor: string | null, entries: Array<{ seq: number, recordedAt: string, requestId: string, action: string, actorCode: string | null, actorRole: string | null, organisationCode: string | null, unitCode: string | null, purpose: string | null, subject: string | null, category: string | null, holder: string | null, fields: Array<string>, decision: AccessDecision, basis: LegalBasis | null, basisRecordId: string | null, citation: string | null, reason: string | null }> } };

export type AccessSummaryQueryVariables = Exact<{
  filter: AccessLogFilter;
}>;


export type AccessSummaryQuery = { accessLogSummary: Array<{ organisationName: string | null, unitName: string | null, actorCode: string | null, category: string | null, basis: LegalBasis | null, decision: AccessDecision, entries: number, subjects: number, firstAt: string, lastAt: string }> };

export type EmergencyReviewQueueQueryVariables = Exact<{
  statuses?: Array<ReviewStatus> | ReviewStatus;
  first?: number;
}>;


export type EmergencyReviewQueueQuery = { emergencyReviewQueue: Array<{ reviewKey: string, status: ReviewStatus, overdue: boolean, dueAt: string, accesses: number, subjects: Array<string>, categories: Array<string>, actors: Array<string>, organisations: Array<string>, firstAt: string, lastAt: string, lastReview: { outcome: ReviewStatus, note: string, reviewedAt: string, reviewerCode: string } | null }> };

export type ReviewEmergencyAccessMutationVariables = Exact<{
  reviewKey: string;
  outcome: ReviewOutcome;
  note: string;
}>;


export type ReviewEmergencyAccessMutation = { reviewEmergencyAccess: { reviewKey: string, status: ReviewStatus, lastReview: { outcome: ReviewStatus, note: string, reviewedAt: string } | null } };

export type VerifyAccessLogQueryVariables = Exact<{
  fromSeq?: number | null | undefined;
  toSeq?: number | null | undefined;
}>;


export type VerifyAccessLogQuery = { verifyAccessLog: { intact: boolean, fromSeq: number, toSeq: number, headSeq: number, checkedRecords: number, checkedCheckpoints: number, recordsAfterLatestCheckpoint: number, firstBad: { seq: number, problem: ChainProblem, detail: string } | null, latestCheckpoint: { seq: number, hash: string, keyId: string, createdAt: string } | null } };

export type DisclosureReportQueryVariables = Exact<{
  residentNumber: string | number;
  first?: number;
  after?: string | null | undefined;
}>;


export type DisclosureReportQuery = { disclosureReport: { residentNumber: string, hasNextPage: boolean, endCursor: string | null, lines: Array<{ accessedAt: string, organisationName: string | null, unitName: string | null, purposeName: { en: string, ja: string } | null, basisName: { en: string, ja: string } | null, categories: Array<{ code: string, name: { en: string, ja: string } }>, description: { en: string, ja: string } }> } };

export type CaseworkerIdentityQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseworkerIdentityQuery = { me: { code: string, name: string, role: StaffRole, unitCode: string, organisationCode: string, regime: LegalRegime, declarablePurposes: Array<Purpose> } };

export type CaseloadQueryVariables = Exact<{
  residentNumbers: Array<string | number> | string | number;
  purpose: Purpose;
}>;


export type CaseloadQuery = { residents: Array<{ residentNumber: string | null, familyName: string | null, givenName: string | null, dateOfBirth: string | null, address: string | null, selfRelianceCases: Array<{ caseNumber: string | null, status: SelfRelianceCaseStatus | null, intakeOn: string | null, intakeChannel: IntakeChannel | null, mainConcerns: Array<SupportConcern> | null, planAgreedOn: string | null }> | null, housingSecurityBenefits: Array<{ status: HousingSecurityBenefitStatus | null, monthlyAmountYen: number | null, periodStart: string | null, periodEnd: string | null }> | null, rentArrears: Array<{ monthsInArrears: number | null, amountYen: number | null, since: string | null }> | null, taxArrears: Array<{ taxType: TaxType | null, fiscalYear: number | null, amountYen: number | null }> | null, gas: Array<{ providerUnit: string | null, arrears: Array<{ monthsInArrears: number | null, amountYen: number | null }> | null, supplyStopNotices: Array<{ status: SupplyStopStatus | null, scheduledStopOn: string | null }> | null }> | null } | null> };

export type AccessPreviewQueryVariables = Exact<{
  residentNumber: string | number;
  purpose: Purpose;
  categories?: Array<string> | string | null | undefined;
}>;


export type AccessPreviewQuery = { explainAccess: Array<{ category: string, holder: string, allowed: boolean, basis: LegalBasis | null, basisRecordId: string | null, citation: { en: string, ja: string } | null, failures: Array<{ basis: string, reason: { en: string, ja: string } }>, remedy: { en: string, ja: string } | null }> };

export type ResidentConsentsQueryVariables = Exact<{
  residentNumber: string | number;
  purpose: Purpose;
}>;


export type ResidentConsentsQuery = { consents: Array<{ id: string | null, residentNumber: string | null, categories: Array<string> | null, recipients: Array<string> | null, purposes: Array<Purpose> | null, method: ConsentMethod | null, form: ConsentForm | null, validFrom: string | null, validUntil: string | null, withdrawnAt: string | null, history: Array<{ kind: ConsentEventKind | null, at: string | null, by: string | null, note: string | null }> | null }> };

export type RecordConsentMutationVariables = Exact<{
  input: RecordConsentInput;
  purpose: Purpose;
}>;


export type RecordConsentMutation = { recordConsent: { id: string | null, residentNumber: string | null, categories: Array<string> | null, recipients: Array<string> | null, purposes: Array<Purpose> | null, method: ConsentMethod | null, validFrom: string | null, validUntil: string | null } };

export type ConsoleMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleMeQuery = { me: { code: string, name: string, role: StaffRole, unitCode: string, organisationCode: string, declarablePurposes: Array<Purpose> } };

export type ConsoleAccessLogQueryVariables = Exact<{
  filter?: AccessLogFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type ConsoleAccessLogQuery = { accessLog: { totalCount: number, hasNextPage: boolean, endCursor: string | null, entries: Array<{ seq: number, recordedAt: string, action: string, actorCode: string | null, actorRole: string | null, organisationCode: string | null, unitCode: string | null, purpose: string | null, subject: string | null, category: string | null, holder: string | null, decision: AccessDecision, basis: LegalBasis | null, basisRecordId: string | null, citation: string | null, reason: string | null }> } };

export type ConsoleEmergencyQueueQueryVariables = Exact<{
  statuses: Array<ReviewStatus> | ReviewStatus;
  first?: number;
}>;


export type ConsoleEmergencyQueueQuery = { emergencyReviewQueue: Array<{ reviewKey: string, status: ReviewStatus, overdue: boolean, dueAt: string, accesses: number, subjects: Array<string>, categories: Array<string>, actors: Array<string>, organisations: Array<string>, firstAt: string, lastAt: string, lastReview: { outcome: ReviewStatus, note: string, reviewedAt: string, reviewerCode: string } | null }> };

export type ConsoleConsentQueueQueryVariables = Exact<{
  statuses: Array<ReviewStatus> | ReviewStatus;
  first?: number;
}>;


export type ConsoleConsentQueueQuery = { consentReviewQueue: Array<{ reviewKey: string, basisRecordId: string | null, status: ReviewStatus, overdue: boolean, reopened: boolean, dueAt: string, accesses: number, subjects: Array<string>, categories: Array<string>, actors: Array<string>, organisations: Array<string>, firstAt: string, lastAt: string, reviews: Array<{ outcome: ReviewStatus, note: string, reviewedAt: string, reviewerCode: string }> }> };

export type ConsoleConsentHistoryQueryVariables = Exact<{
  basisRecordId: string;
  first?: number;
}>;


export type ConsoleConsentHistoryQuery = { accessLog: { entries: Array<{ seq: number, recordedAt: string, action: string, actorCode: string | null, unitCode: string | null, reason: string | null, reasonJa: string | null }> } };

export type ConsoleReviewEmergencyMutationVariables = Exact<{
  reviewKey: string;
  outcome: ReviewOutcome;
  note: string;
}>;


export type ConsoleReviewEmergencyMutation = { reviewEmergencyAccess: { reviewKey: string, status: ReviewStatus } };

export type ConsoleReviewConsentMutationVariables = Exact<{
  reviewKey: string;
  outcome: ReviewOutcome;
  note: string;
}>;


export type ConsoleReviewConsentMutation = { reviewConsent: { reviewKey: string, status: ReviewStatus } };

export type ConsoleChainStateQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleChainStateQuery = { verifyAccessLog: { intact: boolean, fromSeq: number, toSeq: number, headSeq: number, checkedRecords: number, checkedCheckpoints: number, recordsAfterLatestCheckpoint: number, firstBad: { seq: number, problem: ChainProblem, detail: string } | null, latestCheckpoint: { seq: number, hash: string, keyId: string, createdAt: string } | null } };

export type ConsoleDisclosureReportQueryVariables = Exact<{
  residentNumber: string | number;
  first?: number;
  after?: string | null | undefined;
}>;


export type ConsoleDisclosureReportQuery = { disclosureReport: { residentNumber: string, hasNextPage: boolean, endCursor: string | null, lines: Array<{ accessedAt: string, organisationName: string | null, unitName: string | null, purposeName: { en: string, ja: string } | null, basisName: { en: string, ja: string } | null, categories: Array<{ code: string, name: { en: string, ja: string } }>, description: { en: string, ja: string } }> } };

export type ConsolePolicyHistoryQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsolePolicyHistoryQuery = { policyHistory: Array<{ version: number, changedAt: string | null, changedBy: string | null, reason: string | null, emergencyMaxHours: number, emergencyReviewDays: number, nhiLevy: string, publicOrganLifeProtection: boolean, taxInEmergency: boolean, taxViaSupportMeeting: boolean, categoryPurposes: Array<{ category: string, purposes: Array<Purpose> }>, taxFieldsByPurpose: Array<{ purpose: Purpose, fields: Array<string> }> }> };

export type ConsoleCaseloadQueryVariables = Exact<{
  residentNumbers: Array<string | number> | string | number;
  purpose: Purpose;
}>;


export type ConsoleCaseloadQuery = { residents: Array<{ residentNumber: string | null, familyName: string | null, givenName: string | null, dateOfBirth: string | null, selfRelianceCases: Array<{ status: SelfRelianceCaseStatus | null, intakeOn: string | null }> | null } | null> };

export type ConsoleResidentQueryVariables = Exact<{
  residentNumber: string | number;
  purpose: Purpose;
}>;


export type ConsoleResidentQuery = { resident: { residentNumber: string | null, familyName: string | null, givenName: string | null, familyNameKana: string | null, givenNameKana: string | null, dateOfBirth: string | null, address: string | null, selfRelianceCases: Array<{ caseNumber: string | null, status: SelfRelianceCaseStatus | null, intakeOn: string | null, mainConcerns: Array<SupportConcern> | null }> | null, housingSecurityBenefits: Array<{ status: HousingSecurityBenefitStatus | null, monthlyAmountYen: number | null, periodStart: string | null, periodEnd: string | null }> | null, publicHousingTenancies: Array<{ estateName: string | null, building: string | null, unitNumber: string | null, monthlyRentYen: number | null }> | null, rentArrears: Array<{ monthsInArrears: number | null, amountYen: number | null, since: string | null }> | null, taxArrears: Array<{ taxType: TaxType | null, fiscalYear: number | null, amountYen: number | null }> | null, nhiArrears: Array<{ fiscalYear: number | null, amountYen: number | null }> | null, electricity: Array<{ arrears: Array<{ monthsInArrears: number | null, amountYen: number | null }> | null, supplyStopNotices: Array<{ status: SupplyStopStatus | null, scheduledStopOn: string | null }> | null }> | null, gas: Array<{ arrears: Array<{ monthsInArrears: number | null, amountYen: number | null }> | null, supplyStopNotices: Array<{ status: SupplyStopStatus | null, scheduledStopOn: string | null }> | null }> | null } | null };

export type ConsoleExplainQueryVariables = Exact<{
  residentNumber: string | number;
  purpose: Purpose;
  categories?: Array<string> | string | null | undefined;
}>;


export type ConsoleExplainQuery = { explainAccess: Array<{ category: string, holder: string, allowed: boolean, basis: LegalBasis | null, basisRecordId: string | null, citation: { en: string, ja: string } | null, failures: Array<{ basis: string, reason: { en: string, ja: string } }>, remedy: { en: string, ja: string } | null }> };

export type ConsoleConsentsQueryVariables = Exact<{
  residentNumber: string | number;
  purpose: Purpose;
}>;


export type ConsoleConsentsQuery = { consents: Array<{ id: string | null, categories: Array<string> | null, dataControllers: Array<string> | null, method: ConsentMethod | null, form: ConsentForm | null, evidenceReference: string | null, validFrom: string | null, validUntil: string | null, withdrawnAt: string | null, history: Array<{ kind: ConsentEventKind | null, at: string | null, by: string | null, note: string | null }> | null }> };

export type ConsoleRecordIntakeConsentMutationVariables = Exact<{
  input: IntakeConsentInput;
  purpose: Purpose;
}>;


export type ConsoleRecordIntakeConsentMutation = { recordIntakeConsent: { id: string | null, categories: Array<string> | null } };

export type ConsoleRecordTaxConsentMutationVariables = Exact<{
  input: TaxInformationConsentInput;
  purpose: Purpose;
}>;


export type ConsoleRecordTaxConsentMutation = { recordTaxInformationConsent: { id: string | null, categories: Array<string> | null } };

export type ConsoleDeclareEmergencyMutationVariables = Exact<{
  input: DeclareEmergencyInput;
  purpose: Purpose;
}>;


export type ConsoleDeclareEmergencyMutation = { declareEmergency: { id: string | null } };

export type ConsoleSupportMeetingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleSupportMeetingsQuery = { supportMeetings: Array<{ id: string, name: string, scopeCategories: Array<string> }> };

export type ConsoleReferCaseMutationVariables = Exact<{
  input: ReferConcerningCaseInput;
  purpose: Purpose;
}>;


export type ConsoleReferCaseMutation = { referConcerningCase: { id: string } };

export type ConsoleLookupQueryVariables = Exact<{
  person: PersonIdentifiersInput;
  purpose: Purpose;
}>;


export type ConsoleLookupQuery = { hasConsulted: Array<{ section: string | null, sectionName: string | null, consulted: boolean | null }> };

export type ConsoleCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleCategoriesQuery = { dataCategories: Array<{ code: string, holder: string, nameJa: string, nameEn: string }> };

export type TenantFileQueryVariables = Exact<{
  residentNumber: string | number;
  purpose: Purpose;
}>;


export type TenantFileQuery = { resident: { residentNumber: string | null, familyName: string | null, givenName: string | null, familyNameKana: string | null, givenNameKana: string | null, address: string | null, publicHousingTenancies: Array<{ id: number | null, estateName: string | null, building: string | null, unitNumber: string | null, moveInDate: string | null, householdSize: number | null, monthlyRentYen: number | null, rentReductionPercent: number | null, status: TenancyStatus | null }> | null, rentArrears: Array<{ id: number | null, monthsInArrears: number | null, amountYen: number | null, since: string | null, status: RentArrearsStatus | null, repaymentPlan: string | null, guidance: Array<{ givenOn: string | null, method: GuidanceMethod | null, note: string | null }> | null }> | null, housingConsultations: Array<{ consultedOn: string | null, channel: ConsultationChannel | null, topic: HousingConsultationTopic | null, referredTo: string | null }> | null, household: { householdNumber: string | null, members: Array<{ residentNumber: string | null, relationshipToHead: RelationshipToHead | null, familyName: string | null, givenName: string | null }> | null } | null } | null };

export type TenancyRegisterQueryVariables = Exact<{
  purpose: Purpose;
  status?: TenancyStatus | null | undefined;
  limit?: number;
  offset?: number;
}>;


export type TenancyRegisterQuery = { publicHousingTenancies: Array<{ id: number | null, estateName: string | null, building: string | null, unitNumber: string | null, monthlyRentYen: number | null, status: TenancyStatus | null }> };

export type HousingAccessPreviewQueryVariables = Exact<{
  residentNumber: string | number;
  purpose: Purpose;
  categories?: Array<string> | string | null | undefined;
}>;


export type HousingAccessPreviewQuery = { explainAccess: Array<{ category: string, holder: string, allowed: boolean, basis: LegalBasis | null, remedy: { en: string, ja: string } | null }> };

export type FindResidentAtCounterQueryVariables = Exact<{
  search: CounterSearchInput;
  purpose: Purpose;
}>;


export type FindResidentAtCounterQuery = { findResidents: Array<{ residentNumber: string | null, familyName: string | null, givenName: string | null, familyNameKana: string | null, givenNameKana: string | null, dateOfBirth: string | null }> };

export type ApplicantTaxStandingQueryVariables = Exact<{
  residentNumber: string | number;
}>;


export type ApplicantTaxStandingQuery = { resident: { residentNumber: string | null, taxPaidInFull: boolean | null } | null };


export const AccessLogSearchDocument = {"__meta__":{"hash":"sha256:8c4e98441845161f074aae0c69f24e1456384fbe011d9282187e87aa40189408"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessLogSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessLogFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorCode"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"organisationCode"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"holder"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"basisRecordId"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<AccessLogSearchQuery, AccessLogSearchQueryVariables>;
export const AccessSummaryDocument = {"__meta__":{"hash":"sha256:f9d20797f49b52a3cd2730db8a5c5f040f94c03c59ce2e3b6d099c676e321425"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessLogFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessLogSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"actorCode"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"entries"}},{"kind":"Field","name":{"kind":"Name","value":"subjects"}},{"kind":"Field","name":{"kind":"Name","value":"firstAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastAt"}}]}}]}}]} as unknown as DocumentNode<AccessSummaryQuery, AccessSummaryQueryVariables>;
export const EmergencyReviewQueueDocument = {"__meta__":{"hash":"sha256:b361610d7091fb82bb55c6accaddb38411ed0025f48549e2af1195c19ab52c5c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmergencyReviewQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewStatus"}}}}},"defaultValue":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PENDING"}]}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emergencyReviewQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"accesses"}},{"kind":"Field","name":{"kind":"Name","value":"subjects"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"actors"}},{"kind":"Field","name":{"kind":"Name","value":"organisations"}},{"kind":"Field","name":{"kind":"Name","value":"firstAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerCode"}}]}}]}}]}}]} as unknown as DocumentNode<EmergencyReviewQueueQuery, EmergencyReviewQueueQueryVariables>;
export const ReviewEmergencyAccessDocument = {"__meta__":{"hash":"sha256:55ef5a9e01a23ce5f2d038d54bad0cb9c9a237fde29ff147301789e55c2b4c91"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewEmergencyAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reviewKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewOutcome"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewEmergencyAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reviewKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviewKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewEmergencyAccessMutation, ReviewEmergencyAccessMutationVariables>;
export const VerifyAccessLogDocument = {"__meta__":{"hash":"sha256:288dfeff7dec663f10e57751d4bd3ae0c67cb44c51cf51a2caa47986f6e6a8fb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyAccessLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromSeq"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SafeInt"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toSeq"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SafeInt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyAccessLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromSeq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromSeq"}}},{"kind":"Argument","name":{"kind":"Name","value":"toSeq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toSeq"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intact"}},{"kind":"Field","name":{"kind":"Name","value":"fromSeq"}},{"kind":"Field","name":{"kind":"Name","value":"toSeq"}},{"kind":"Field","name":{"kind":"Name","value":"headSeq"}},{"kind":"Field","name":{"kind":"Name","value":"checkedRecords"}},{"kind":"Field","name":{"kind":"Name","value":"checkedCheckpoints"}},{"kind":"Field","name":{"kind":"Name","value":"recordsAfterLatestCheckpoint"}},{"kind":"Field","name":{"kind":"Name","value":"firstBad"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestCheckpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"keyId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<VerifyAccessLogQuery, VerifyAccessLogQueryVariables>;
export const DisclosureReportDocument = {"__meta__":{"hash":"sha256:09ac45ae71ad80a7b346dbfe60e4c44bcef777f7c1b0af81af1c527c28e4703b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisclosureReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"residentNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disclosureReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"residentNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"residentNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"purposeName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ja"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basisName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ja"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ja"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ja"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DisclosureReportQuery, DisclosureReportQueryVariables>;
export const CaseworkerIdentityDocument = {"__meta__":{"hash":"sha256:6937c60d34d8c4d9597f1e5576e91dac0497b148f31ff6ac12c899b7c36c9c39"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseworkerIdentity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"organisationCode"}},{"kind":"Field","name":{"kind":"Name","value":"regime"}},{"kind":"Field","name":{"kind":"Name","value":"declarablePurposes"}}]}}]}}]} as unknown as DocumentNode<CaseworkerIdentityQuery, CaseworkerIdentityQueryVariables>;
export const CaseloadDocument = {"__meta__":{"hash":"sha256:118d63203827db76d498e3cc2f4abc67871e5df3cf34213d260679ba4298d6e9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Caseload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"residentNumbers"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Purpose"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"residentNumbers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"residentNumbers"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"selfRelianceCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"intakeOn"}},{"kind":"Field","name":{"kind":"Name","value":"intakeChannel"}},{"kind":"Field","name":{"kind":"Name","value":"mainConcerns"}},{"kind":"Field","name":{"kind":"Name","value":"planAgreedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"housingSecurityBenefits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyAmountYen"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rentArrears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthsInArrears"}},{"kind":"Field","name":{"kind":"Name","value":"amountYen"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxArrears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxType"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"amountYen"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"gas"},"name":{"kind":"Name","value":"utilityAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"service"},"value":{"kind":"EnumValue","value":"GAS"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerUnit"}},{"kind":"Field","name":{"kind":"Name","value":"arrears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthsInArrears"}},{"kind":"Field","name":{"kind":"Name","value":"amountYen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supplyStopNotices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStopOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseloadQuery, CaseloadQueryVariables>;
export const AccessPreviewDocument = {"__meta__":{"hash":"sha256:92eeefec23ae397241bc95fe86e3377845754953cf06169354fe48b28aeebc2b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"residentNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Purpose"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"categories"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"explainAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"residentNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"residentNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}},{"kind":"Argument","name":{"kind":"Name","value":"categories"},"value":{"kind":"Variable","name":{"kind":"Name","value":"categories"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"holder"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"basisRecordId"}},{"kind":"Field","name":{"kind":"Name","value":"citation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ja"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"reason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ja"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"remedy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ja"}}]}}]}}]}}]} as unknown as DocumentNode<AccessPreviewQuery, AccessPreviewQueryVariables>;
export const ResidentConsentsDocument = {"__meta__":{"hash":"sha256:9727ba868ce6950cb72973f32b88bd0c62964279b760bb1024818aa8dad4b045"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResidentConsents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"residentNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Purpose"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"residentNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"residentNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"residentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<ResidentConsentsQuery, ResidentConsentsQueryVariables>;
export const RecordConsentDocument = {"__meta__":{"hash":"sha256:2016aa827509d0d974992588c71e223d0dbe268e5c525b9f3395712da5fc308a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordConsentInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Purpose"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"residentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]} as unknown as DocumentNode<RecordConsentMutation, RecordConsentMutationVariables>;
export const ConsoleMeDocument = {"__meta__":{"hash":"sha256:01db5de33676604cea962dad28dae323bcace9115a33d87f19e38623f2ff8e4d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"organisationCode"}},{"kind":"Field","name":{"kind":"Name","value":"declarablePurposes"}}]}}]}}]} as unknown as DocumentNode<ConsoleMeQuery, ConsoleMeQueryVariables>;
export const ConsoleAccessLogDocument = {"__meta__":{"hash":"sha256:c0547f9651802d36e822977e0475eee0172046ea882818221439c97a9bc1731a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleAccessLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessLogFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorCode"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"organisationCode"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"holder"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"basisRecordId"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleAccessLogQuery, ConsoleAccessLogQueryVariables>;
export const ConsoleEmergencyQueueDocument = {"__meta__":{"hash":"sha256:f4e83c4b28afc69e824d66e50619de9fb5bba85af785b66a20e4e9679bd97f51"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleEmergencyQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewStatus"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emergencyReviewQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"accesses"}},{"kind":"Field","name":{"kind":"Name","value":"subjects"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"actors"}},{"kind":"Field","name":{"kind":"Name","value":"organisations"}},{"kind":"Field","name":{"kind":"Name","value":"firstAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerCode"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleEmergencyQueueQuery, ConsoleEmergencyQueueQueryVariables>;
export const ConsoleConsentQueueDocument = {"__meta__":{"hash":"sha256:d69f0a1dfb9506d7b093de9d1d78ffdc48d23a5a778d5b0b8eb1b8414c71a33e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleConsentQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewStatus"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consentReviewQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewKey"}},{"kind":"Field","name":{"kind":"Name","value":"basisRecordId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reopened"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"accesses"}},{"kind":"Field","name":{"kind":"Name","value":"subjects"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"actors"}},{"kind":"Field","name":{"kind":"Name","value":"organisations"}},{"kind":"Field","name":{"kind":"Name","value":"firstAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerCode"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleConsentQueueQuery, ConsoleConsentQueueQueryVariables>;
export const ConsoleConsentHistoryDocument = {"__meta__":{"hash":"sha256:83a0c180a17f43ad2e5838a6ac18ab18dacb8d497db21e7040e862ceaa38871b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleConsentHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"basisRecordId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"basisRecordId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"basisRecordId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"actions"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"CONSENT_RECORDED","block":false},{"kind":"StringValue","value":"CONSENT_CONFIRMED","block":false},{"kind":"StringValue","value":"CONSENT_RENEWED","block":false},{"kind":"StringValue","value":"CONSENT_WITHDRAWN","block":false}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorCode"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonJa"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleConsentHistoryQuery, ConsoleConsentHistoryQueryVariables>;
export const ConsoleReviewEmergencyDocument = {"__meta__":{"hash":"sha256:587dcc7feac417fff4982cd784cbb0de0b6ad731bf034357405af0d1259df56f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleReviewEmergency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reviewKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewOutcome"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewEmergencyAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reviewKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviewKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConsoleReviewEmergencyMutation, ConsoleReviewEmergencyMutationVariables>;
export const ConsoleReviewConsentDocument = {"__meta__":{"hash":"sha256:82836128c39e9b79e40ab37b844f484a8649780da915869b8fef88e4e0a24572"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleReviewConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reviewKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewOutcome"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reviewKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviewKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConsoleReviewConsentMutation, ConsoleReviewConsentMutationVariables>;
export const ConsoleChainStateDocument = {"__meta__":{"hash":"sha256:671570aa21086d810048739a87aa4c7b56ab0cd125e6a47f4eb475bf9f6c4199"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleChainState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyAccessLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intact"}},{"kind":"Field","name":{"kind":"Name","value":"fromSeq"}},{"kind":"Field","name":{"kind":"Name","value":"toSeq"}},{"kind":"Field","name":{"kind":"Name","value":"headSeq"}},{"kind":"Field","name":{"kind":"Name","value":"checkedRecords"}},{"kind":"Field","name":{"kind":"Name","value":"checkedCheckpoints"}},{"kind":"Field","name":{"kind":"Name","value":"recordsAfterLatestCheckpoint"}},{"kind":"Field","name":{"kind":"Name","value":"firstBad"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestCheckpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"keyId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleChainStateQuery, ConsoleChainStateQueryVariables>;
export const ConsoleDisclosureReportDocument = {"__meta__":{"hash":"sha256:ff5962eb8029f283942098de8affc914d118a3fcaf5cb5ba7e56ac628c98db33"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleDisclosureReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"residentNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"200"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disclosureReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"residentNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"residentNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"purposeName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ja"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basisName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ja"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ja"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ja"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleDisclosureReportQuery, ConsoleDisclosureReportQueryVariables>;
export const ConsolePolicyHistoryDocument = {"__meta__":{"hash":"sha256:b27e0eacc44d34e570d386daf3d1e6dc982ffdbc28e7cf9df48ef9e36ef20c24"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsolePolicyHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyMaxHours"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyReviewDays"}},{"kind":"Field","name":{"kind":"Name","value":"nhiLevy"}},{"kind":"Field","name":{"kind":"Name","value":"publicOrganLifeProtection"}},{"kind":"Field","name":{"kind":"Name","value":"taxInEmergency"}},{"kind":"Field","name":{"kind":"Name","value":"taxViaSupportMeeting"}},{"kind":"Field","name":{"kind":"Name","value":"categoryPurposes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"purposes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxFieldsByPurpose"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}}]}}]}}]}}]} as unknown as DocumentNode<ConsolePolicyHistoryQuery, ConsolePolicyHistoryQueryVariables>;
export const ConsoleCaseloadDocument = {"__meta__":{"hash":"sha256:3898a8c752b95688bf8896cbcef87bda3ed45c0f8a9fff1b4aa975b7515c2b23"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleCaseload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"residentNumbers"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Purpose"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"residentNumbers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"residentNumbers"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"selfRelianceCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"intakeOn"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleCaseloadQuery, ConsoleCaseloadQueryVariables>;
export const ConsoleResidentDocument = {"__meta__":{"hash":"sha256:e7a4c3c86e832dda68c54c103ce2ad5baf12aac5d1eae36b7dff3d6a16e1ce30"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleResident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"residentNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Purpose"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"residentNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"residentNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"selfRelianceCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"intakeOn"}},{"kind":"Field","name":{"kind":"Name","value":"mainConcerns"}}]}},{"kind":"Field","name":{"kind":"Name","value":"housingSecurityBenefits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyAmountYen"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publicHousingTenancies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estateName"}},{"kind":"Field","name":{"kind":"Name","value":"building"}},{"kind":"Field","name":{"kind":"Name","value":"unitNumber"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyRentYen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rentArrears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthsInArrears"}},{"kind":"Field","name":{"kind":"Name","value":"amountYen"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxArrears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxType"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"amountYen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nhiArrears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"amountYen"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"electricity"},"name":{"kind":"Name","value":"utilityAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"service"},"value":{"kind":"EnumValue","value":"ELECTRICITY"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arrears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthsInArrears"}},{"kind":"Field","name":{"kind":"Name","value":"amountYen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supplyStopNotices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStopOn"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"gas"},"name":{"kind":"Name","value":"utilityAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"service"},"value":{"kind":"EnumValue","value":"GAS"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arrears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthsInArrears"}},{"kind":"Field","name":{"kind":"Name","value":"amountYen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supplyStopNotices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStopOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleResidentQuery, ConsoleResidentQueryVariables>;
export const ConsoleExplainDocument = {"__meta__":{"hash":"sha256:f146f44b9cc56ea124db67f97a1afb787994fd026d0078161726c86c63d1fbce"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleExplain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"residentNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Purpose"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"categories"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"explainAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"residentNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"residentNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}},{"kind":"Argument","name":{"kind":"Name","value":"categories"},"value":{"kind":"Variable","name":{"kind":"Name","value":"categories"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"holder"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"basisRecordId"}},{"kind":"Field","name":{"kind":"Name","value":"citation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ja"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"reason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ja"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"remedy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ja"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleExplainQuery, ConsoleExplainQueryVariables>;
export const ConsoleConsentsDocument = {"__meta__":{"hash":"sha256:9ec9cc63181f18890ccfc550c168e9850e9b340a42c2f3976ebdafa63ab76c21"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleConsents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"residentNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Purpose"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"residentNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"residentNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"dataControllers"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceReference"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleConsentsQuery, ConsoleConsentsQueryVariables>;
export const ConsoleRecordIntakeConsentDocument = {"__meta__":{"hash":"sha256:34847ca0887c017a4e12084810e2e127ec757b3da1ead9407a379aacaac2b1b5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRecordIntakeConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeConsentInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Purpose"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordIntakeConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}}]}}]}}]} as unknown as DocumentNode<ConsoleRecordIntakeConsentMutation, ConsoleRecordIntakeConsentMutationVariables>;
export const ConsoleRecordTaxConsentDocument = {"__meta__":{"hash":"sha256:544b63551a67805eed9feb19959e730995232dc56cbb1348ab91ab71f330baab"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRecordTaxConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaxInformationConsentInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Purpose"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTaxInformationConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}}]}}]}}]} as unknown as DocumentNode<ConsoleRecordTaxConsentMutation, ConsoleRecordTaxConsentMutationVariables>;
export const ConsoleDeclareEmergencyDocument = {"__meta__":{"hash":"sha256:2913b5723eca2c649b26620c1a5b83c7885b1af7b99a7169afffd6f12b88b419"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDeclareEmergency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclareEmergencyInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Purpose"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declareEmergency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleDeclareEmergencyMutation, ConsoleDeclareEmergencyMutationVariables>;
export const ConsoleSupportMeetingsDocument = {"__meta__":{"hash":"sha256:3abf1a5a7073954642d7b820164f21e318ac899d75c7935de0f9d95d0c56e3c4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleSupportMeetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportMeetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopeCategories"}}]}}]}}]} as unknown as DocumentNode<ConsoleSupportMeetingsQuery, ConsoleSupportMeetingsQueryVariables>;
export const ConsoleReferCaseDocument = {"__meta__":{"hash":"sha256:7536bf5ff45f0166b32a98a9bbe643aa120821da8834c8eb73312cbc7c913fd2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleReferCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferConcerningCaseInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Purpose"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referConcerningCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleReferCaseMutation, ConsoleReferCaseMutationVariables>;
export const ConsoleLookupDocument = {"__meta__":{"hash":"sha256:5f823a8bfa8cbd3f66cac057df8ec6fd967531cf02abaed51febbf3816c2da85"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleLookup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"person"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonIdentifiersInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Purpose"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasConsulted"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"person"},"value":{"kind":"Variable","name":{"kind":"Name","value":"person"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"sectionName"}},{"kind":"Field","name":{"kind":"Name","value":"consulted"}}]}}]}}]} as unknown as DocumentNode<ConsoleLookupQuery, ConsoleLookupQueryVariables>;
export const ConsoleCategoriesDocument = {"__meta__":{"hash":"sha256:75461a06bcb65a9686ef13e08cfbd4e6fb24000e5adbb90cc7e4ed6ae3ed47dd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"holder"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<ConsoleCategoriesQuery, ConsoleCategoriesQueryVariables>;
export const TenantFileDocument = {"__meta__":{"hash":"sha256:4c065d112ca880fd94308ef2e145534edd678b310193bed80ea646f5a7b61bb9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenantFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"residentNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Purpose"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"residentNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"residentNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"publicHousingTenancies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"estateName"}},{"kind":"Field","name":{"kind":"Name","value":"building"}},{"kind":"Field","name":{"kind":"Name","value":"unitNumber"}},{"kind":"Field","name":{"kind":"Name","value":"moveInDate"}},{"kind":"Field","name":{"kind":"Name","value":"householdSize"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyRentYen"}},{"kind":"Field","name":{"kind":"Name","value":"rentReductionPercent"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rentArrears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"monthsInArrears"}},{"kind":"Field","name":{"kind":"Name","value":"amountYen"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"repaymentPlan"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenOn"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"housingConsultations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consultedOn"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"referredTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"relationshipToHead"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TenantFileQuery, TenantFileQueryVariables>;
export const TenancyRegisterDocument = {"__meta__":{"hash":"sha256:6e85f152837030a6292cd7f5d509b99193a9f6df5a91636756615c35e90d043d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenancyRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Purpose"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TenancyStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicHousingTenancies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"estateName"}},{"kind":"Field","name":{"kind":"Name","value":"building"}},{"kind":"Field","name":{"kind":"Name","value":"unitNumber"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyRentYen"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TenancyRegisterQuery, TenancyRegisterQueryVariables>;
export const HousingAccessPreviewDocument = {"__meta__":{"hash":"sha256:68006eba1d90d6046a9b7308dfa9ebc6093350283b2e95a63e4f65797f816778"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HousingAccessPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"residentNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Purpose"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"categories"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"explainAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"residentNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"residentNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}},{"kind":"Argument","name":{"kind":"Name","value":"categories"},"value":{"kind":"Variable","name":{"kind":"Name","value":"categories"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"holder"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"remedy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ja"}}]}}]}}]}}]} as unknown as DocumentNode<HousingAccessPreviewQuery, HousingAccessPreviewQueryVariables>;
export const FindResidentAtCounterDocument = {"__meta__":{"hash":"sha256:b6b4c6b76816541076bd4e93860fba375b9ffc05c8099bd59baab337d1039f34"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindResidentAtCounter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CounterSearchInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Purpose"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findResidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}}]}}]}}]} as unknown as DocumentNode<FindResidentAtCounterQuery, FindResidentAtCounterQueryVariables>;
export const ApplicantTaxStandingDocument = {"__meta__":{"hash":"sha256:7a67865ef75379a7556fe6abf4a876384665f30ce8a3617d2a949a4d07e5ac77"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicantTaxStanding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"residentNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"residentNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"residentNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"EnumValue","value":"PUBLIC_HOUSING_MANAGEMENT"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"taxPaidInFull"}}]}}]}}]} as unknown as DocumentNode<ApplicantTaxStandingQuery, ApplicantTaxStandingQueryVariables>;