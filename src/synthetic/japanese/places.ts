/** The fictional city the synthetic residents live in: prefecture and city part of every address. */
export const CITY_PREFIX = 'みなと県つなぐ市';

export interface Town {
  /** 町名 as written after the city name. */
  name: string;
  /** 郵便番号, one per town as in real cities. */
  postalCode: string;
  /** How many 丁目 the town has (0: the town has no 丁目). */
  chome: number;
}

const t = (name: string, postalCode: string, chome: number): Town => ({ name, postalCode, chome });

/** Forty fictional towns of つなぐ市. Postal codes share the city's first three digits, as real ones do. */
export const TOWNS: readonly Town[] = [
  t('本町', '389-0001', 4), t('栄町', '389-0002', 3), t('緑町', '389-0003', 5), t('旭町', '389-0004', 3),
  t('幸町', '389-0005', 2), t('若葉町', '389-0006', 4), t('桜ケ丘', '389-0011', 5), t('中央', '389-0012', 6),
  t('駅前', '389-0013', 3), t('城山', '389-0014', 2), t('東町', '389-0015', 4), t('西町', '389-0016', 4),
  t('南町', '389-0017', 3), t('北町', '389-0018', 3), t('港町', '389-0021', 5), t('浜通', '389-0022', 2),
  t('松原', '389-0023', 4), t('梅ケ丘', '389-0024', 3), t('青葉台', '389-0025', 5), t('朝日町', '389-0026', 3),
  t('日の出町', '389-0031', 2), t('富士見', '389-0032', 4), t('丸の内', '389-0033', 3), t('錦町', '389-0034', 2),
  t('寿町', '389-0035', 3), t('曙町', '389-0036', 2), t('春日', '389-0041', 4), t('清水町', '389-0042', 3),
  t('新町', '389-0043', 2), t('元町', '389-0044', 3), t('宮下', '389-0045', 0), t('川端', '389-0046', 0),
  t('柳町', '389-0051', 2), t('高砂', '389-0052', 3), t('泉町', '389-0053', 2), t('千歳町', '389-0054', 3),
  t('舟津', '389-0055', 0), t('平和台', '389-0061', 4), t('希望ケ丘', '389-0062', 5), t('つなぐ台', '389-0063', 6),
];

export interface HousingEstate {
  /** 団地名 as held by the public-housing section. */
  name: string;
  /** Index into TOWNS of the town the estate stands in. */
  townIndex: number;
  chome: number;
  banchi: number;
  buildings: number;
  floors: number;
  unitsPerFloor: number;
}

/** 市営住宅: public-housing estates of つなぐ市, each with buildings 1号棟..N号棟. */
export const HOUSING_ESTATES: readonly HousingEstate[] = [
  { name: '市営緑ケ丘団地', townIndex: 2, chome: 4, banchi: 12, buildings: 8, floors: 5, unitsPerFloor: 6 },
  { name: '市営港南団地', townIndex: 14, chome: 5, banchi: 3, buildings: 12, floors: 5, unitsPerFloor: 8 },
  { name: '市営桜台団地', townIndex: 6, chome: 3, banchi: 21, buildings: 6, floors: 4, unitsPerFloor: 6 },
  { name: '市営旭団地', townIndex: 3, chome: 2, banchi: 8, buildings: 4, floors: 4, unitsPerFloor: 4 },
  { name: '市営松原団地', townIndex: 16, chome: 1, banchi: 30, buildings: 10, floors: 5, unitsPerFloor: 6 },
  { name: '市営若葉台団地', townIndex: 5, chome: 4, banchi: 2, buildings: 7, floors: 8, unitsPerFloor: 8 },
  { name: '市営青葉団地', townIndex: 18, chome: 5, banchi: 17, buildings: 9, floors: 5, unitsPerFloor: 6 },
  { name: '市営浜風団地', townIndex: 15, chome: 2, banchi: 5, buildings: 5, floors: 4, unitsPerFloor: 4 },
  { name: '市営平和台団地', townIndex: 37, chome: 3, banchi: 11, buildings: 14, floors: 5, unitsPerFloor: 8 },
  { name: '市営つなぐ台第二団地', townIndex: 39, chome: 6, banchi: 1, buildings: 11, floors: 10, unitsPerFloor: 8 },
];

/** Apartment names are built as either prefix + stem (コーポさくら) or stem + suffix (さくら荘). */
export const APARTMENT_PREFIXES: readonly string[] = [
  'コーポ', 'ハイツ', 'メゾン', 'レジデンス', 'パレス', 'ヴィラ', 'グラン', 'サンハイツ', 'ドミール', 'ラ・フォーレ',
];
export const APARTMENT_STEMS: readonly string[] = [
  'さくら', '緑', '光', '若葉', '栄', '青葉', 'ひまわり', '港', '富士見', '清風', '旭', '松風', 'つなぐ', '白鳥',
  'あおい', '朝日', '春日', 'すみれ', '桂', '泉',
];
export const APARTMENT_SUFFIXES: readonly string[] = ['荘', 'ハイツ', 'コーポ', 'マンション', 'アパート', 'ハウス', 'レジデンス'];
