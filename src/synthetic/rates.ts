/**
 * Target rates of the synthetic municipality. They are approximate national figures for Japan, rounded
 * and nudged toward an ageing regional city, for a plausible demo; they are not statistics. Approximate
 * sources: 2020 国勢調査 (household types, mean household size 2.21, 65+ 28.6%); 被保護者調査 (保護率
 * ≈1.6% of residents); 介護保険事業状況報告 (≈19% of 65+ certified, lighter levels most common);
 * 障害者白書 (≈7% of residents; physical > mental > intellectual); 住宅・土地統計調査 (公営住宅 ≈4% of
 * households); 住民税 non-taxable persons (≈30% of adults); 国保 滞納世帯 (≈11% of NHI households, ≈6% of
 * all households); 生活困窮者自立支援制度 new consultations and 住居確保給付金 decisions per capita; 配偶者暴力
 * 等支援措置 cases per adult; electricity and gas supply-stop statistics.
 *
 * The generator concentrates most of these on households at risk (see `risk.ts`), so that the same people
 * turn up in several departments, as they do in real municipalities.
 */
export const RATES = {
  /** Share of households by composition. Gives a mean household size of ≈2.2 and ≈29% of residents aged 65+. */
  householdShapes: {
    SINGLE_ELDERLY: 0.19,
    SINGLE_WORKING_AGE: 0.23,
    COUPLE_ELDERLY: 0.14,
    COUPLE_WORKING_AGE: 0.07,
    COUPLE_WITH_CHILDREN: 0.2,
    SINGLE_PARENT: 0.08,
    THREE_GENERATIONS: 0.06,
    SIBLINGS: 0.02,
    SHARED_WITH_NON_RELATIVE: 0.01,
  },
  meanHouseholdSize: 2.2,
  residentsAged65Plus: 0.29,
  /** Of adults: 住民票 support measures for DV victims (支援措置). */
  dvProtectedAdults: 0.0003,

  publicHousingHouseholds: 0.04,
  /** Of public-housing tenancies. */
  rentReductionTenancies: 0.08,
  /** Of public-housing tenancies. */
  rentArrearsTenancies: 0.1,
  housingConsultationHouseholds: 0.008,

  nonTaxableAdults: 0.3,
  taxArrearsAdults: 0.02,
  nhiArrearsHouseholds: 0.06,

  /** Residents living in a household that receives public assistance (保護率). */
  publicAssistanceResidents: 0.016,
  /** Of residents aged 65+. */
  careCertifiedElderly: 0.19,
  disabilityCertificateResidents: 0.07,
  disabilityCertificateKinds: { PHYSICAL: 0.55, INTELLECTUAL: 0.15, MENTAL: 0.3 },
  selfRelianceCaseAdults: 0.004,
  housingSecurityBenefitAdults: 0.0005,

  gasAccountHouseholds: 0.55,
  /** Of utility accounts. */
  utilityArrearsAccounts: 0.03,
  /** Of utility accounts. */
  supplyStopNoticeAccounts: 0.01,
} as const;

export type HouseholdShape = keyof typeof RATES.householdShapes;
