import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { ID, ObjectType } from 'type-graphql';
import { CATEGORIES } from '../policy/categories';
import { PersonalField, PersonalRecord } from '../policy/personal-field';
import { ConsentDifficulty } from './enums';

const RECORD = CATEGORIES.EMERGENCY_RECORD;

/**
 * A declared emergency: one actor's unit may see the listed categories of one resident, to protect
 * life, body or property, until it expires. Every use is reviewed afterwards by the privacy officer.
 */
@PersonalRecord()
@ObjectType({ description: 'An emergency declared to protect life, body or property (生命・身体・財産の保護).' })
@Entity({ schema: 'emergency', tableName: 'emergency' })
export class Emergency {
  [OptionalProps]?: 'holderUnit';

  @PersonalField(RECORD, () => ID, { description: 'Emergency id; the access log and the review queue refer to it.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @PersonalField(RECORD, () => String, { description: 'The resident at risk, by resident number.' })
  @Index()
  @Property({ type: 'text' })
  residentNumber!: string;

  @PersonalField(RECORD, () => String, { description: 'Unit that declared the emergency and may use it.' })
  @Property({ type: 'text' })
  declaredByUnit!: string;

  @PersonalField(RECORD, () => String, { description: 'Staff member who declared it.' })
  @Property({ type: 'text' })
  declaredBy!: string;

  @PersonalField(RECORD, () => String, { description: 'What is at risk and why (理由).' })
  @Property({ type: 'text' })
  reason!: string;

  @PersonalField(RECORD, () => ConsentDifficulty, { description: 'Why consent is hard to obtain (同意取得が困難な理由).' })
  @Enum({ items: () => ConsentDifficulty, type: 'text' })
  consentDifficulty!: ConsentDifficulty;

  @PersonalField(RECORD, () => String, { description: 'Why consent cannot be obtained, in words.' })
  @Property({ type: 'text' })
  consentDifficultyNote!: string;

  @PersonalField(RECORD, () => [String], { description: 'Data categories needed.' })
  @Property({ type: 'text[]' })
  categories!: string[];

  @PersonalField(RECORD, () => Date, { description: 'When it was declared; the window starts here.' })
  @Property({ type: 'timestamptz' })
  declaredAt!: Date;

  @PersonalField(RECORD, () => Date, { description: 'End of the window; at most the policy maximum after declaration.' })
  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @PersonalField(RECORD, () => Date, { nullable: true, description: 'When the declaring unit ended it early.' })
  @Property({ type: 'timestamptz', nullable: true })
  endedAt?: Date | null;

  get holderUnit(): string {
    return this.declaredByUnit;
  }
}
