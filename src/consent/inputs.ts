import { Field, InputType } from 'type-graphql';
import { Purpose } from '../policy/purposes';
import { LocalDate } from '../server/scalars';
import { ConsentForm, ConsentMethod } from './enums';

@InputType({ description: 'A consent as taken from the person (ISO/IEC TS 27560 fields).' })
export class RecordConsentInput {
  @Field({ description: 'Resident number (宛名番号) of the person consenting.' })
  residentNumber!: string;

  @Field(() => [String], { description: 'Units or organisations that may receive the data (提供先).' })
  recipients!: string[];

  @Field(() => [String], {
    description:
      'Units or organisations whose data the consent releases (提供元, ISO/IEC TS 27560 data controllers), e.g. `tax.taxation` or `tsunagu-city`; it releases nothing held by anyone else.',
  })
  dataControllers!: string[];

  @Field(() => [String], { description: 'Data categories covered, e.g. `housing.arrears`.' })
  categories!: string[];

  @Field(() => [Purpose], { description: 'Purposes covered (利用目的).' })
  purposes!: Purpose[];

  @Field(() => ConsentMethod, { description: 'How the consent was given (同意の方法); oral consent needs an attestation and covers ordinary categories only.' })
  method!: ConsentMethod;

  @Field(() => ConsentForm, { defaultValue: ConsentForm.OTHER, description: 'The form it was taken on (様式).' })
  form!: ConsentForm;

  @Field({ nullable: true, description: 'Reference to the signed form or electronic record (証跡); required for WRITTEN and ELECTRONIC consent.' })
  evidenceReference?: string;

  @Field({ nullable: true, description: 'For oral consent: the staff member’s attestation of what was said and how identity was checked.' })
  attestation?: string;

  @Field({ description: 'Whether the provision was fully explained to the person (十分な説明).' })
  explanationGiven!: boolean;

  @Field(() => LocalDate, { description: 'First day of validity.' })
  validFrom!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Last day of validity; open-ended when omitted.' })
  validUntil?: string;
}
