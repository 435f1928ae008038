import { Field, InputType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../server/scalars';

/**
 * The fixed identifier sets a "has this person consulted you?" question may carry (seed 000 Table
 * 2-⑬, P3: how much to send is exactly what staff were unsure of). Nothing beyond the set is accepted.
 */
export enum IdentifierSet {
  /** フリガナ + 生年月日 */
  KANA_NAME_AND_BIRTH_DATE = 'KANA_NAME_AND_BIRTH_DATE',
  /** 氏名 + 住所 */
  NAME_AND_ADDRESS = 'NAME_AND_ADDRESS',
}

registerEnumType(IdentifierSet, {
  name: 'IdentifierSet',
  description: 'Which fixed set of identifiers a minimal-disclosure question carries.',
  valuesConfig: {
    KANA_NAME_AND_BIRTH_DATE: { description: 'Family and given name in katakana, and date of birth (フリガナ・生年月日).' },
    NAME_AND_ADDRESS: { description: 'Family and given name, and address (氏名・住所).' },
  },
});

@InputType({ description: 'The identifiers of the person asked about: exactly the fields of the chosen set.' })
export class PersonIdentifiersInput {
  @Field(() => IdentifierSet, { description: 'Which identifier set follows; give exactly its fields.' })
  set!: IdentifierSet;

  @Field({ nullable: true, description: 'Family name in katakana (KANA_NAME_AND_BIRTH_DATE).' })
  familyNameKana?: string;

  @Field({ nullable: true, description: 'Given name in katakana (KANA_NAME_AND_BIRTH_DATE).' })
  givenNameKana?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Date of birth (KANA_NAME_AND_BIRTH_DATE).' })
  dateOfBirth?: string;

  @Field({ nullable: true, description: 'Family name (NAME_AND_ADDRESS).' })
  familyName?: string;

  @Field({ nullable: true, description: 'Given name (NAME_AND_ADDRESS).' })
  givenName?: string;

  @Field({ nullable: true, description: 'Address as registered (NAME_AND_ADDRESS).' })
  address?: string;
}

export const FIELDS_OF_SET: Record<IdentifierSet, (keyof PersonIdentifiersInput)[]> = {
  KANA_NAME_AND_BIRTH_DATE: ['familyNameKana', 'givenNameKana', 'dateOfBirth'],
  NAME_AND_ADDRESS: ['familyName', 'givenName', 'address'],
};

/** Width, spaces and hiragana folded, so that 'ｻﾄｳ', 'さとう' and 'サトウ ' compare equal. */
export function fold(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, '')
    .replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
}
