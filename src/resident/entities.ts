import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { ID, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../server/scalars';
import { CATEGORIES } from '../policy/categories';
import { PersonalField, PersonalRecord } from '../policy/personal-field';
import { RelationshipToHead, Sex } from './enums';

registerEnumType(Sex, {
  name: 'Sex',
  description: 'Sex as recorded in the resident register (性別).',
  valuesConfig: { MALE: { description: 'Male (男).' }, FEMALE: { description: 'Female (女).' }, UNSPECIFIED: { description: 'Not recorded.' } },
});
registerEnumType(RelationshipToHead, {
  name: 'RelationshipToHead',
  description: 'Relationship to the head of household as recorded in the resident register (続柄).',
  valuesConfig: {
    HEAD: { description: 'Head of household (世帯主).' },
    SPOUSE: { description: 'Wife or husband (妻・夫).' },
    CHILD: { description: 'Child (子).' },
    PARENT: { description: 'Father or mother (父・母).' },
    GRANDCHILD: { description: 'Grandchild (孫).' },
    SIBLING: { description: 'Brother or sister (兄弟姉妹).' },
    OTHER_RELATIVE: { description: 'Other relative (その他親族).' },
    NON_RELATIVE: { description: 'Not related: a lodger or companion (縁故者・同居人).' },
  },
});

/** 世帯: a household as recorded in the resident register. */
@Entity({ schema: 'resident', tableName: 'household' })
export class HouseholdRecord {
  @PrimaryKey({ type: 'text' })
  householdNumber!: string;

  @Property({ type: 'text' })
  headResidentNumber!: string;

  @Property({ type: 'date' })
  formedOn!: string;
}

/** 住民: a person in the resident register, keyed by the municipal resident number (宛名番号). */
@PersonalRecord()
@ObjectType({ description: 'A resident (住民), keyed by the municipal resident number (宛名番号).' })
@Entity({ schema: 'resident', tableName: 'resident' })
// Blocking keys of record linkage (src/record-linkage/candidates.ts): kana up to spelling variants, and the whole name.
@Index({
  name: 'resident_kana_key_index',
  expression: 'create index "resident_kana_key_index" on "resident"."resident" ("linkage"."kana_key"("family_name_kana" || "given_name_kana"))',
})
@Index({ name: 'resident_full_name_index', expression: 'create index "resident_full_name_index" on "resident"."resident" (("family_name" || "given_name"))' })
// The few residents under DV protection, found without reading the others (policy.subject_facts).
@Index({ name: 'resident_dv_protection_index', expression: 'create index "resident_dv_protection_index" on "resident"."resident" ("resident_number") where "dv_protection"' })
export class Resident {
  @PersonalField(CATEGORIES.PERSON_IDENTITY, () => ID, { description: 'Municipal resident number (宛名番号).' })
  @PrimaryKey({ type: 'text' })
  residentNumber!: string;

  @Index()
  @Property({ type: 'text' })
  householdNumber!: string;

  @PersonalField(CATEGORIES.PERSON_HOUSEHOLD, () => RelationshipToHead, { description: 'Relationship to the head of household (続柄).' })
  @Enum({ items: () => RelationshipToHead, type: 'text' })
  relationshipToHead!: RelationshipToHead;

  @PersonalField(CATEGORIES.PERSON_IDENTITY, () => String, { description: 'Family name (氏).' })
  @Property({ type: 'text' })
  familyName!: string;

  @PersonalField(CATEGORIES.PERSON_IDENTITY, () => String, { description: 'Given name (名).' })
  @Property({ type: 'text' })
  givenName!: string;

  @PersonalField(CATEGORIES.PERSON_IDENTITY, () => String, { description: 'Family name in katakana (氏 フリガナ).' })
  @Property({ type: 'text' })
  familyNameKana!: string;

  @PersonalField(CATEGORIES.PERSON_IDENTITY, () => String, { description: 'Given name in katakana (名 フリガナ).' })
  @Property({ type: 'text' })
  givenNameKana!: string;

  @PersonalField(CATEGORIES.PERSON_IDENTITY, () => LocalDate, { description: 'Date of birth (生年月日).' })
  @Index()
  @Property({ type: 'date' })
  dateOfBirth!: string;

  @PersonalField(CATEGORIES.PERSON_IDENTITY, () => Sex, { description: 'Sex (性別).' })
  @Enum({ items: () => Sex, type: 'text' })
  sex!: Sex;

  @PersonalField(CATEGORIES.PERSON_ADDRESS, () => String, { description: 'Postal code (郵便番号), e.g. 123-4567.' })
  @Property({ type: 'text' })
  postalCode!: string;

  @PersonalField(CATEGORIES.PERSON_ADDRESS, () => String, { description: 'Registered address (住所).' })
  @Property({ type: 'text' })
  address!: string;

  @PersonalField(CATEGORIES.PERSON_PROTECTION, () => Boolean, {
    description: 'Whether the resident is under the DV/stalking support measure (DV等支援措置); their address never leaves the holder.',
  })
  @Property({ type: 'boolean', default: false })
  dvProtection: boolean = false;

  @PersonalField(CATEGORIES.PERSON_IDENTITY, () => LocalDate, { description: 'Date the resident was registered here (住民となった日).' })
  @Property({ type: 'date' })
  registeredOn!: string;
}
