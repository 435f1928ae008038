import { Field, InputType, Int } from 'type-graphql';
import { ConsentMethod } from '../consent/enums';
import { ConsentDifficulty } from '../emergency/enums';
import { LegalBasis } from '../policy/legal-bases';
import { LocalDate } from '../server/scalars';
import { UtilityService } from '../utility/enums';

@InputType({ description: 'The customer as the utility knows them.' })
export class ReportedPersonInput {
  @Field({ description: 'Name as on the contract.' })
  name!: string;

  @Field({ nullable: true, description: 'Name in kana (any width), if held.' })
  nameKana?: string;

  @Field({ nullable: true, description: 'Date of birth (ISO, 2024/4/1 or 昭和33年2月14日), if held.' })
  dateOfBirth?: string;

  @Field({ description: 'Supply address, in any notation.' })
  address!: string;
}

@InputType({ description: "The customer's consent to the report, taken by the utility." })
export class ReportConsentInput {
  @Field(() => ConsentMethod, { description: 'How the customer consented (同意の方法).' })
  method!: ConsentMethod;

  @Field({ nullable: true, description: 'Reference to the signed form or recording.' })
  evidenceReference?: string;

  @Field({ nullable: true, description: 'For oral consent: what was said and how identity was checked.' })
  attestation?: string;
}

@InputType({ description: 'Why life, body or property is at risk and consent cannot be obtained.' })
export class ReportRiskInput {
  @Field({ description: 'What is at risk (at least 10 characters).' })
  reason!: string;

  @Field(() => ConsentDifficulty, { description: 'Why consent is hard to obtain (同意取得が困難な理由).' })
  consentDifficulty!: ConsentDifficulty;

  @Field({ description: 'Why consent cannot be obtained (at least 10 characters).' })
  consentDifficultyNote!: string;
}

@InputType({ description: 'A report of a customer at risk to the self-reliance support agency.' })
export class ReportCustomerAtRiskInput {
  @Field(() => UtilityService, { description: 'The service the customer is supplied; you must be its provider.' })
  service!: UtilityService;

  @Field({ description: "The utility's customer number." })
  customerNumber!: string;

  @Field(() => ReportedPersonInput, { description: 'The customer as the utility knows them.' })
  person!: ReportedPersonInput;

  @Field(() => Int, { description: 'Months of charges unpaid.' })
  monthsInArrears!: number;

  @Field(() => Int, { description: 'Amount unpaid in yen.' })
  amountYen!: number;

  @Field(() => LocalDate, { nullable: true, description: 'Date the supply is to be stopped, if notified.' })
  supplyStopScheduledOn?: string;

  @Field({ description: 'What the utility observed.' })
  circumstances!: string;

  @Field(() => LegalBasis, { description: 'CONSENT (give `consent`) or LIFE_BODY_PROPERTY (give `risk`).' })
  basis!: LegalBasis;

  @Field(() => ReportConsentInput, { nullable: true, description: 'The customer’s consent, when basis is CONSENT.' })
  consent?: ReportConsentInput;

  @Field(() => ReportRiskInput, { nullable: true, description: 'The risk, when basis is LIFE_BODY_PROPERTY.' })
  risk?: ReportRiskInput;
}
