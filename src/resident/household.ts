import { ObjectType } from 'type-graphql';
import { CATEGORIES } from '../policy/categories';
import { PersonalField, PersonalRecord } from '../policy/personal-field';
import { LocalDate } from '../server/scalars';
import { Resident } from './entities';

/**
 * A household (世帯) as seen from one of its members: `residentNumber` is that member, the data
 * subject through whom the household was reached. Each member's own fields are decided for that member.
 */
@PersonalRecord()
@ObjectType({ description: 'A household (世帯) in the resident register, reached through one of its members.' })
export class Household {
  residentNumber!: string;

  @PersonalField(CATEGORIES.PERSON_HOUSEHOLD, () => String, { description: 'Household number (世帯番号).' })
  householdNumber!: string;

  @PersonalField(CATEGORIES.PERSON_HOUSEHOLD, () => LocalDate, { description: 'Date the household was formed (世帯の成立日).' })
  formedOn!: string;

  @PersonalField(CATEGORIES.PERSON_HOUSEHOLD, () => [Resident], { description: 'Members (世帯員), head first.' })
  members!: Resident[];

  headResidentNumber!: string;
}
