import { registerEnumType } from 'type-graphql';

/** Why consent is hard to obtain (本人の同意を得ることが困難である理由, APPI 27(1)(ii)). */
export enum ConsentDifficulty {
  UNREACHABLE = 'UNREACHABLE', // 連絡が取れない
  INCAPACITATED = 'INCAPACITATED', // 意識不明・判断能力の低下
  REFUSED_WHILE_AT_RISK = 'REFUSED_WHILE_AT_RISK', // 拒否しているが生命等に危険
  NO_TIME = 'NO_TIME', // 同意を得る時間的余裕がない
}

registerEnumType(ConsentDifficulty, {
  name: 'ConsentDifficulty',
  description: 'Why consent is hard to obtain (同意取得が困難な理由).',
  valuesConfig: {
    UNREACHABLE: { description: 'The person cannot be reached (連絡が取れない).' },
    INCAPACITATED: { description: 'Unconscious or unable to decide (意識不明・判断能力の低下).' },
    REFUSED_WHILE_AT_RISK: { description: 'Refuses although life or health is at risk (拒否しているが生命等に危険).' },
    NO_TIME: { description: 'No time to ask (同意を得る時間的余裕がない).' },
  },
});
