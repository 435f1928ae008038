import { SafeIntResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { LegalBasis } from '../policy/legal-bases';
import { AccessDecision } from './entry';
import type { EntryFilter } from './filter';

@ObjectType({
  description:
    'One access-log entry: an access decision (action READ) or a logged event, in the IHE BALP shape. The decisions one request took about one resident are chained together as one record (`seq`), one entry each (`item`).',
})
export class AccessLogEntry {
  @Field(() => SafeIntResolver, { description: "Position of the entry's record in the hash chain (1, 2, 3 …)." })
  seq!: number;

  @Field(() => Int, { description: 'Position of the entry within its record (0, 1, 2 …).' })
  item!: number;

  @Field({ description: 'When the entry was written (database clock).' })
  recordedAt!: Date;

  @Field({ description: 'The request the entry belongs to; one request writes its entries together.' })
  requestId!: string;

  @Field({ description: '`READ` for an access decision; otherwise the event, e.g. `CONSENT_RECORDED`.' })
  action!: string;

  @Field(() => String, { nullable: true, description: 'GraphQL operation name (or its root fields when anonymous).' })
  operation!: string | null;

  @Field(() => String, { nullable: true, description: 'Staff code of the actor.' })
  actorCode!: string | null;

  @Field(() => String, { nullable: true, description: "The actor's role (StaffRole), or OPERATOR for a command." })
  actorRole!: string | null;

  @Field(() => String, { nullable: true, description: "The actor's unit (所属)." })
  unitCode!: string | null;

  @Field(() => String, { nullable: true, description: "The actor's organisation." })
  organisationCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Declared purpose (利用目的).' })
  purpose!: string | null;

  @Field(() => ID, { nullable: true, description: 'The data subject (resident number).' })
  subject!: string | null;

  @Field(() => String, { nullable: true, description: 'Data category, e.g. `tax.arrears`.' })
  category!: string | null;

  @Field(() => String, { nullable: true, description: 'Unit holding the data.' })
  holder!: string | null;

  @Field(() => [String], { description: 'GraphQL fields (`Type.field`) resolved or refused under this decision.' })
  fields!: string[];

  @Field(() => AccessDecision, { description: 'Whether the access (or the logged action) was permitted.' })
  decision!: AccessDecision;

  @Field(() => LegalBasis, { nullable: true, description: 'The basis the access was allowed on; null when denied.' })
  basis!: LegalBasis | null;

  @Field(() => String, { nullable: true, description: 'The consent, support-meeting case or emergency that granted the access.' })
  basisRecordId!: string | null;

  @Field(() => String, { nullable: true, description: 'Legal citation, e.g. `APPI art. 69(1)`.' })
  citation!: string | null;

  @Field(() => String, { nullable: true, description: 'Legal citation in Japanese, e.g. 個人情報保護法第69条第1項.' })
  citationJa!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the access was denied, or a note on the event.' })
  reason!: string | null;

  @Field(() => String, { nullable: true, description: 'The reason or note in Japanese.' })
  reasonJa!: string | null;

  @Field({ description: "Left out of the resident's disclosure report (不開示)." })
  withheldFromSubject!: boolean;

  @Field({ description: 'Hash of the previous record (SHA-256, hex); 64 zeros for record 1.' })
  prevHash!: string;

  @Field({ description: "SHA-256 (hex) of the canonical form of this entry's record (all its entries), the previous hash included." })
  hash!: string;
}

@InputType({ description: 'Conditions on access-log entries; all given conditions must hold.' })
export class AccessLogFilter implements EntryFilter {
  @Field(() => ID, { nullable: true, description: 'Resident number of the data subject.' })
  subject?: string;

  @Field({ nullable: true, description: 'Staff code of the actor.' })
  actorCode?: string;

  @Field({ nullable: true, description: "The actor's organisation." })
  organisationCode?: string;

  @Field({ nullable: true, description: "The actor's unit." })
  unitCode?: string;

  @Field(() => [String], { nullable: true, description: 'Any of these data categories.' })
  categories?: string[];

  @Field(() => [LegalBasis], { nullable: true, description: 'Any of these bases.' })
  bases?: LegalBasis[];

  @Field(() => AccessDecision, { nullable: true, description: 'Only allowed, or only denied, entries.' })
  decision?: AccessDecision;

  @Field({ nullable: true, description: 'The consent, support-meeting case or emergency named as the basis.' })
  basisRecordId?: string;

  @Field(() => [String], { nullable: true, description: 'Any of these actions (`READ`, `CONSENT_RECORDED`, …).' })
  actions?: string[];

  @Field({ nullable: true, description: 'Entries of one request.' })
  requestId?: string;

  @Field({ nullable: true, description: 'From this time (inclusive).' })
  from?: Date;

  @Field({ nullable: true, description: 'Until this time (exclusive).' })
  to?: Date;
}

@ObjectType({ description: 'A page of access-log entries, newest first.' })
export class AccessLogPage {
  @Field(() => [AccessLogEntry], { description: 'The entries of this page, newest first.' })
  entries!: AccessLogEntry[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor!: string | null;

  @Field({ description: 'Whether older entries match too.' })
  hasNextPage!: boolean;

  /** The filter the page was read with, for `totalCount`. */
  filter?: EntryFilter;
}

export const PAGE_SIZE = { default: 50, max: 1000 };
