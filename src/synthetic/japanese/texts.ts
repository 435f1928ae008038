import { GuidanceMethod, HousingConsultationTopic } from '../../housing/enums';

/** What officers write in a payment-guidance record (納付指導記録), by how the guidance was given. */
export const GUIDANCE_NOTES: Readonly<Record<GuidanceMethod, readonly string[]>> = {
  [GuidanceMethod.LETTER]: [
    '催告書を送付。期限までに納付または連絡するよう求めた。',
    '督促状を送付したが、期限までに反応なし。',
    '分納誓約の不履行について文書で通知。',
    '滞納額と今後の手続きを記載した催告書を送付。',
  ],
  [GuidanceMethod.PHONE]: [
    '電話にて分納を指導。本人は収入減を説明。',
    '電話連絡するも不在。留守番電話に折り返しを依頼。',
    '電話にて納付状況を確認。今月末までに一部納付するとのこと。',
    '電話で滞納額を説明。本人は体調不良で働けていないと話す。',
    '電話にて分納額の見直しを相談。月額の減額を了承。',
  ],
  [GuidanceMethod.HOME_VISIT]: [
    '自宅を訪問するも不在。不在票を投函。',
    '自宅訪問。本人と面談し、分納計画を作成。',
    '自宅訪問。室内に郵便物が溜まっており、生活状況が心配される。',
    '自宅訪問。電気が止められる予定と話しており、困窮の様子。',
  ],
  [GuidanceMethod.COUNTER]: [
    '本人来庁。分納誓約書を提出。',
    '窓口にて相談。家賃減免の申請方法を案内。',
    '窓口にて一部納付あり。残額の分納を指導。',
    '家族が来庁し、本人に代わって事情を説明。',
  ],
  [GuidanceMethod.LEGAL_SUMMONS]: [
    '明渡請求訴訟の予告通知を送付。',
    '法的措置の前に最終の呼出通知を送付。',
    '支払督促の申立てを行う旨を通知。',
  ],
};

/** What a resident said in a housing consultation (住まいの相談), by topic. */
export const CONSULTATION_CONTENTS: Readonly<Record<HousingConsultationTopic, readonly string[]>> = {
  [HousingConsultationTopic.PUBLIC_HOUSING_APPLICATION]: [
    '市営住宅の入居申込について相談。募集時期と必要書類を説明。',
    '高齢で階段が辛く、低層階への住み替えを希望。',
    '収入が減り民間の家賃が払えないため、市営住宅への入居を希望。',
  ],
  [HousingConsultationTopic.RENT_PAYMENT]: [
    '失職して家賃が払えなくなった。住居確保給付金について説明。',
    '家賃を2か月滞納しており、どうしたらよいか分からない。',
    '年金だけでは家賃が払えず、生活費が足りない。',
  ],
  [HousingConsultationTopic.EVICTION_RISK]: [
    '家主から退去を求められている。転居先が見つからない。',
    '建物の取壊しにより退去を求められた。高齢で次の住まいが見つからない。',
    '滞納を理由に明渡しを求められている。',
  ],
  [HousingConsultationTopic.PRIVATE_RENTAL_SEARCH]: [
    '高齢のため民間賃貸住宅の入居を断られ続けている。',
    '子どもの進学に合わせて転居先を探している。',
    'セーフティネット住宅の登録物件について問い合わせ。',
  ],
  [HousingConsultationTopic.GUARANTOR]: [
    '保証人がおらず賃貸契約ができない。家賃債務保証業者を案内。',
    '身寄りがなく、緊急連絡先を頼める人がいない。',
  ],
  [HousingConsultationTopic.REPAIR]: [
    '浴室の給湯器が故障。修繕の申込方法を説明。',
    '雨漏りがあり修繕を依頼したい。',
    '手すりの設置について相談。住宅改修の制度を案内。',
  ],
  [HousingConsultationTopic.NEIGHBOUR_TROUBLE]: [
    '上階の騒音について苦情。管理人に状況確認を依頼。',
    '隣室からの異臭について相談。安否確認を実施。',
  ],
  [HousingConsultationTopic.OTHER]: [
    'ごみ出しが難しくなってきた。地域包括支援センターを紹介。',
    '一人暮らしが不安で、見守りサービスについて問い合わせ。',
  ],
};

/** 家賃減免の理由. */
export const RENT_REDUCTION_REASONS: readonly string[] = [
  '収入の著しい減少',
  '世帯主の病気療養',
  '失業による収入減',
  '災害による被害',
  '生活保護の住宅扶助限度額を超える家賃',
  '世帯員の死亡による収入減',
];
