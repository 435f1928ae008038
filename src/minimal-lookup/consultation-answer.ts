import { ObjectType } from 'type-graphql';
import { CATEGORIES } from '../policy/categories';
import { PersonalField, PersonalRecord } from '../policy/personal-field';

const FACT = CATEGORIES.CONSULTATION_FACT;

/** Yes or no for one section: nothing about what was consulted. Decided per section (its holder). */
@PersonalRecord()
@ObjectType({ description: 'Whether the person has consulted one section — yes or no, nothing more.' })
export class ConsultationAnswer {
  residentNumber!: string;
  holderUnit!: string;

  @PersonalField(FACT, () => String, { description: 'Unit code of the section.' })
  section!: string;

  @PersonalField(FACT, () => String, { description: 'Name of the section.' })
  sectionName!: string;

  @PersonalField(FACT, () => Boolean, { description: 'Whether the person has consulted this section (相談歴の有無).' })
  consulted!: boolean;
}
