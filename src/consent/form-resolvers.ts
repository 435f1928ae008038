import { Arg, Ctx, Field, InputType, Mutation, Resolver } from 'type-graphql';
import { Purpose } from '../policy/purposes';
import { badInput } from '../server/input-checks';
import type { RequestScope } from '../request/scope';
import { LocalDate } from '../server/scalars';
import { Consent } from './entities';
import { ConsentForm, ConsentMethod, DOCUMENTED_METHODS } from './enums';
import { HOUSING_APPLICATION_FORM, INTAKE_FORM, TAX_FORM_CATEGORIES, TAX_FORM_CONTROLLERS, TAX_FORM_PURPOSES, TaxConsentPurpose } from './forms';
import { recordConsent } from './record-consent';

@InputType({ description: 'The consent box of the intake form (相談受付・申込票), as ticked or said at intake.' })
class IntakeConsentInput {
  @Field({ description: 'Resident number (宛名番号).' })
  residentNumber!: string;

  @Field(() => ConsentMethod, { description: 'WRITTEN when the box is ticked on paper; oral at the counter or by phone with an attestation.' })
  method!: ConsentMethod;

  @Field({ nullable: true, description: 'Form number or scan reference (required when WRITTEN).' })
  evidenceReference?: string;

  @Field(() => [String], {
    nullable: true,
    description: 'The bodies (関係機関) named on the form whose information may be obtained; the municipality’s departments when omitted.',
  })
  dataControllers?: string[];

  @Field({ nullable: true, description: 'For oral consent: what was said and how identity was checked.' })
  attestation?: string;

  @Field(() => LocalDate, { description: 'First day of validity.' })
  validFrom!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Last day of validity; open-ended when omitted.' })
  validUntil?: string;
}

@InputType({ description: 'The tax-information consent form (税務情報の取り扱いに関する同意書, 2011 MIC notice annex).' })
class TaxInformationConsentInput {
  @Field({ description: 'Resident number (宛名番号) of the signer; the form covers only their own tax information.' })
  residentNumber!: string;

  @Field(() => [TaxConsentPurpose], { description: 'The purposes ticked on the form.' })
  purposes!: TaxConsentPurpose[];

  @Field(() => [String], { description: 'The city units and outside bodies named on the form as recipients.' })
  recipients!: string[];

  @Field(() => ConsentMethod, { description: 'WRITTEN or ELECTRONIC: tax information needs a documented consent.' })
  method!: ConsentMethod;

  @Field({ description: 'Reference to the signed form.' })
  evidenceReference!: string;

  @Field({ description: 'That the out-of-purpose use and provision was fully explained (十分な説明, point 3 of the notice).' })
  explanationGiven!: boolean;

  @Field(() => LocalDate, { description: 'First day of validity.' })
  validFrom!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Last day of validity; open-ended when omitted.' })
  validUntil?: string;
}

@InputType({ description: 'The consent box of a public-housing application (公営住宅入居申込書の同意欄).' })
class HousingApplicationConsentInput {
  @Field({ description: 'Resident number (宛名番号) of the applicant.' })
  residentNumber!: string;

  @Field(() => ConsentMethod, { description: 'WRITTEN or ELECTRONIC: tax information needs a documented consent.' })
  method!: ConsentMethod;

  @Field({ description: 'Reference to the application form (申込書番号 or scan).' })
  evidenceReference!: string;

  @Field(() => LocalDate, { description: 'First day of validity.' })
  validFrom!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Last day of validity; the application’s screening period when given.' })
  validUntil?: string;
}

/** Consent taken on the standard forms, recorded as consent records with the forms' fixed scope. */
@Resolver()
export class ConsentFormResolver {
  @Mutation(() => Consent, { description: 'Records the consent box of the intake form; your unit is the controller.' })
  async recordIntakeConsent(
    @Arg('input', () => IntakeConsentInput, { description: 'The consent box of the intake form, as filled in.' }) input: IntakeConsentInput,
    @Arg('purpose', () => Purpose, { description: 'Declared purpose of use (利用目的).' }) purpose: Purpose,
    @Ctx() scope: RequestScope,
  ): Promise<Consent> {
    await scope.declarePurpose(purpose);
    return recordConsent(scope, {
      ...input,
      recipients: INTAKE_FORM.recipients,
      dataControllers: input.dataControllers ?? INTAKE_FORM.dataControllers,
      categories: INTAKE_FORM.categories,
      purposes: INTAKE_FORM.purposes,
      form: ConsentForm.INTAKE_FORM,
      explanationGiven: true,
    });
  }

  @Mutation(() => Consent, { description: 'Records a signed tax-information consent form; your unit is the controller.' })
  async recordTaxInformationConsent(
    @Arg('input', () => TaxInformationConsentInput, { description: 'The tax-information consent form, as signed.' }) input: TaxInformationConsentInput,
    @Arg('purpose', () => Purpose, { description: 'Declared purpose of use (利用目的).' }) purpose: Purpose,
    @Ctx() scope: RequestScope,
  ): Promise<Consent> {
    await scope.declarePurpose(purpose);
    if (!DOCUMENTED_METHODS.includes(input.method)) {
      throw badInput('method', 'The tax-information form is signed on paper or electronically (地方税法 §22).', '税務情報の同意は書面または電磁的方法による必要があります。');
    }
    if (!input.explanationGiven) {
      throw badInput('explanationGiven', 'Explain the provision fully before taking the form (2011 MIC notice, point 3).', '同意を得る前に、提供の内容を十分に説明してください。');
    }
    if (input.purposes.length === 0) throw badInput('purposes', 'Tick at least one purpose.', '目的を一つ以上選択してください。');
    return recordConsent(scope, {
      ...input,
      purposes: [...new Set(input.purposes.map((p) => TAX_FORM_PURPOSES[p]))],
      dataControllers: TAX_FORM_CONTROLLERS,
      categories: TAX_FORM_CATEGORIES,
      form: ConsentForm.TAX_INFORMATION_FORM,
    });
  }

  @Mutation(() => Consent, {
    description:
      'Records the consent box of a public-housing application: the tax office may say whether the applicant is clear of tax arrears (`Resident.taxPaidInFull`), nothing else. Recorded by the housing section, it takes effect once the tax office confirms it.',
  })
  async recordHousingApplicationConsent(
    @Arg('input', () => HousingApplicationConsentInput, { description: 'The consent box of the application, as signed.' }) input: HousingApplicationConsentInput,
    @Arg('purpose', () => Purpose, { description: 'Declared purpose of use (利用目的).' }) purpose: Purpose,
    @Ctx() scope: RequestScope,
  ): Promise<Consent> {
    await scope.declarePurpose(purpose);
    if (!DOCUMENTED_METHODS.includes(input.method)) {
      throw badInput('method', 'Tax information needs a documented consent: the signed application (地方税法 §22).', '税務情報の同意は書面または電磁的方法による必要があります（地方税法第22条）。');
    }
    return recordConsent(scope, {
      ...input,
      recipients: HOUSING_APPLICATION_FORM.recipients,
      dataControllers: HOUSING_APPLICATION_FORM.dataControllers,
      categories: HOUSING_APPLICATION_FORM.categories,
      purposes: HOUSING_APPLICATION_FORM.purposes,
      form: ConsentForm.PUBLIC_HOUSING_APPLICATION,
      explanationGiven: true,
    });
  }
}
