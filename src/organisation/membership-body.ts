import { registerEnumType } from 'type-graphql';
import { Purpose } from '../policy/purposes';

/** The bodies a unit can sit in; each serves one purpose, which its members may declare. */
export enum MembershipBody {
  /** 支援会議, 生活困窮者自立支援法 §9(1): members exchange information to support the person. */
  SUPPORT_MEETING = 'SUPPORT_MEETING',
  /** 居住支援協議会, 住宅セーフティネット法 §51 (2017 numbering; seed 001:842-899): no statutory exchange of personal data. */
  HOUSING_SUPPORT_COUNCIL = 'HOUSING_SUPPORT_COUNCIL',
}

registerEnumType(MembershipBody, {
  name: 'MembershipBody',
  description: 'A body a unit can be a member of.',
  valuesConfig: {
    SUPPORT_MEETING: { description: 'Support meeting (支援会議, 生活困窮者自立支援法 §9).' },
    HOUSING_SUPPORT_COUNCIL: { description: 'Housing support council (居住支援協議会, 住宅セーフティネット法 §51).' },
  },
});

export const BODY_PURPOSE: Record<MembershipBody, Purpose> = {
  SUPPORT_MEETING: Purpose.SELF_RELIANCE_SUPPORT,
  HOUSING_SUPPORT_COUNCIL: Purpose.HOUSING_SUPPORT_COUNCIL,
};
