import { SafeIntResolver } from 'graphql-scalars';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ChainProblem } from './verify';

registerEnumType(ChainProblem, {
  name: 'ChainProblem',
  description: 'What verification found wrong with the access-log chain.',
  valuesConfig: {
    MISSING: { description: 'A record is absent (deleted).' },
    BROKEN_LINK: { description: 'A record does not follow its predecessor (reordered, inserted, or removed and renumbered).' },
    ALTERED: { description: 'A record was edited after it was written.' },
    DECISION_SET_ALTERED: { description: 'The decision set a record names (its decisions, stored once for every resident decided alike) was edited or removed.' },
    REWRITTEN: { description: 'The chain was rewritten with recomputed hashes; a signed checkpoint disagrees.' },
    CHECKPOINT_INVALID: { description: 'A checkpoint is not signed by a trusted key.' },
    TRUNCATED: { description: 'Entries a signed checkpoint vouches for are gone (the tail was cut off).' },
  },
});

@ObjectType({ description: 'A signed statement of the chain head, to detect truncation and rewriting.' })
export class AccessLogCheckpoint {
  @Field(() => SafeIntResolver, { description: 'The chain held this many records.' })
  seq!: number;

  @Field({ description: 'Hash of record `seq`.' })
  hash!: string;

  @Field({ description: 'When it was signed (database clock).' })
  createdAt!: Date;

  @Field({ description: 'Fingerprint of the signing key.' })
  keyId!: string;

  @Field({ description: 'Ed25519 signature (base64url).' })
  signature!: string;

  @Field(() => String, { nullable: true, description: 'The public key (base64url SPKI DER) when it is a trusted key; keep it with the checkpoint.' })
  publicKey!: string | null;
}

@ObjectType({ description: 'The first record verification found wrong.' })
export class ChainFault {
  @Field(() => SafeIntResolver, { description: 'The first record found wrong.' })
  seq!: number;

  @Field(() => ChainProblem, { description: 'What is wrong with it.' })
  problem!: ChainProblem;

  @Field({ description: 'The finding in words.' })
  detail!: string;
}

@ObjectType({ description: 'The result of recomputing the hash chain over a range and checking its signed checkpoints.' })
export class AccessLogVerification {
  @Field({ description: 'True when no record or checkpoint in the range is wrong.' })
  intact!: boolean;

  @Field(() => SafeIntResolver, { description: 'First record (seq) of the range verified.' })
  fromSeq!: number;

  @Field(() => SafeIntResolver, { description: 'Last record (seq) of the range verified.' })
  toSeq!: number;

  @Field(() => SafeIntResolver, { description: 'The last record when verification started.' })
  headSeq!: number;

  @Field(() => SafeIntResolver, { description: 'Records (each holding the entries of one request about one resident, or one event) found good before the first bad one (all, when intact).' })
  checkedRecords!: number;

  @Field(() => Int, { description: 'Checkpoints whose signature and hash were checked.' })
  checkedCheckpoints!: number;

  @Field(() => AccessLogCheckpoint, { nullable: true, description: 'The newest checkpoint in the database.' })
  latestCheckpoint!: AccessLogCheckpoint | null;

  @Field(() => SafeIntResolver, { description: 'Records after the latest checkpoint; cutting these off would not be detected until the next checkpoint.' })
  recordsAfterLatestCheckpoint!: number;

  @Field(() => ChainFault, { nullable: true, description: 'The first bad record; null when intact.' })
  firstBad!: ChainFault | null;

  @Field(() => Int, { description: 'How long verification took.' })
  durationMs!: number;
}
