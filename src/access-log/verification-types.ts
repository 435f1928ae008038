import { SafeIntResolver } from 'graphql-scalars';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ChainProblem } from './verify';

registerEnumType(ChainProblem, {
  name: 'ChainProblem',
  description: 'What verification found wrong with the access-log chain.',
  valuesConfig: {
    MISSING: { description: 'An entry is absent (deleted).' },
    BROKEN_LINK: { description: 'An entry does not follow its predecessor (reordered, inserted, or removed and renumbered).' },
    ALTERED: { description: 'An entry was edited after it was written.' },
    REWRITTEN: { description: 'The chain was rewritten with recomputed hashes; a signed checkpoint disagrees.' },
    CHECKPOINT_INVALID: { description: 'A checkpoint is not signed by a trusted key.' },
    TRUNCATED: { description: 'Entries a signed checkpoint vouches for are gone (the tail was cut off).' },
  },
});

@ObjectType({ description: 'A signed statement of the chain head, to detect truncation and rewriting.' })
export class AccessLogCheckpoint {
  @Field(() => SafeIntResolver, { description: 'The chain held this many entries.' })
  seq!: number;

  @Field({ description: 'Hash of entry `seq`.' })
  hash!: string;

  @Field()
  createdAt!: Date;

  @Field({ description: 'Fingerprint of the signing key.' })
  keyId!: string;

  @Field({ description: 'Ed25519 signature (base64url).' })
  signature!: string;

  @Field(() => String, { nullable: true, description: 'The public key (base64url SPKI DER) when it is a trusted key; keep it with the checkpoint.' })
  publicKey!: string | null;
}

@ObjectType({ description: 'The first entry verification found wrong.' })
export class ChainFault {
  @Field(() => SafeIntResolver)
  seq!: number;

  @Field(() => ChainProblem)
  problem!: ChainProblem;

  @Field()
  detail!: string;
}

@ObjectType({ description: 'The result of recomputing the hash chain over a range and checking its signed checkpoints.' })
export class AccessLogVerification {
  @Field({ description: 'True when no entry or checkpoint in the range is wrong.' })
  intact!: boolean;

  @Field(() => SafeIntResolver)
  fromSeq!: number;

  @Field(() => SafeIntResolver)
  toSeq!: number;

  @Field(() => SafeIntResolver, { description: 'The last entry when verification started.' })
  headSeq!: number;

  @Field(() => SafeIntResolver)
  checkedEntries!: number;

  @Field(() => Int)
  checkedCheckpoints!: number;

  @Field(() => AccessLogCheckpoint, { nullable: true })
  latestCheckpoint!: AccessLogCheckpoint | null;

  @Field(() => SafeIntResolver, { description: 'Entries after the latest checkpoint; cutting these off would not be detected until the next checkpoint.' })
  entriesAfterLatestCheckpoint!: number;

  @Field(() => ChainFault, { nullable: true })
  firstBad!: ChainFault | null;

  @Field(() => Int)
  durationMs!: number;
}
