import { Arg, Ctx, Field, ID, InputType, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Purpose } from '../policy/purposes';
import { currentPolicy } from '../policy/settings/policy-store';
import { refuseUnknownResidentIfIdentifiable } from '../resident/identify';
import { residentNumberOf } from '../resident/validation';
import { ErrorCode, hubError } from '../errors';
import { asUuid, assertCategories, assertText, badInput } from '../server/input-checks';
import type { RequestScope } from '../request/scope';
import { Emergency } from './entities';
import { writeEventNow } from '../access-log';
import { LegalBasis } from '../policy/legal-bases';
import { ConsentDifficulty } from './enums';

@InputType({ description: 'An emergency to declare: who is at risk, why, why consent cannot be had, and what is needed.' })
export class DeclareEmergencyInput {
  @Field({ description: 'Resident number (宛名番号) of the person at risk.' })
  residentNumber!: string;

  @Field({ description: 'What is at risk and why (at least 10 characters).' })
  reason!: string;

  @Field(() => ConsentDifficulty, { description: 'Why consent is hard to obtain (同意取得が困難な理由).' })
  consentDifficulty!: ConsentDifficulty;

  @Field({ description: 'Why consent cannot be obtained, in words (at least 10 characters).' })
  consentDifficultyNote!: string;

  @Field(() => [String], { description: 'Data categories needed to protect the person.' })
  categories!: string[];

  @Field(() => Int, { description: 'Hours the emergency lasts; at most the policy maximum.' })
  hours!: number;
}

/** Emergencies (life, body or property): declared by an actor for one resident, time-boxed, reviewed afterwards. */
@Resolver()
export class EmergencyResolver {
  @Mutation(() => Emergency, { description: 'Declares an emergency for one resident; every use is reviewed by the privacy officer.' })
  async declareEmergency(@Arg('input', () => DeclareEmergencyInput, { description: 'Who is at risk, why, and what is needed.' }) input: DeclareEmergencyInput, @Arg('purpose', () => Purpose, { description: 'Declared purpose of use (利用目的).' }) purpose: Purpose, @Ctx() scope: RequestScope) {
    await scope.declarePurpose(purpose);
    const actor = scope.actor;
    if (!scope.directory.mayDeclare(actor.unitCode, Purpose.PROTECTION_OF_LIFE_BODY_PROPERTY)) {
      throw hubError(ErrorCode.ROLE_NOT_PERMITTED, { en: 'Your unit may not declare emergencies.', ja: '貴所属は緊急対応を申告できません。' });
    }
    input.residentNumber = residentNumberOf(input.residentNumber);
    assertText('reason', input.reason, 10);
    assertText('consentDifficultyNote', input.consentDifficultyNote, 10);
    assertCategories('categories', input.categories);
    const em = scope.coreEm.fork();
    const policy = await currentPolicy(em);
    const maxHours = policy.settings.emergencyMaxHours;
    if (!Number.isInteger(input.hours) || input.hours < 1 || input.hours > maxHours) {
      throw badInput('hours', `An emergency lasts 1–${maxHours} hours under the current policy.`, `緊急対応の期間は1〜${maxHours}時間です。`);
    }
    await refuseUnknownResidentIfIdentifiable(scope, input.residentNumber, 'Mutation.declareEmergency');
    const declaredAt = new Date();
    const emergency = em.create(Emergency, {
      residentNumber: input.residentNumber,
      declaredByUnit: actor.unitCode,
      declaredBy: actor.code,
      reason: input.reason,
      consentDifficulty: input.consentDifficulty,
      consentDifficultyNote: input.consentDifficultyNote,
      categories: [...new Set(input.categories)],
      declaredAt,
      expiresAt: new Date(declaredAt.getTime() + input.hours * 3600_000),
      endedAt: null,
    });
    await writeEventNow(scope, {
      action: 'EMERGENCY_DECLARED',
      subject: emergency.residentNumber,
      basis: LegalBasis.LIFE_BODY_PROPERTY,
      basisRecordId: emergency.id,
      fields: emergency.categories,
      note: `${emergency.reason} / ${emergency.consentDifficulty}: ${emergency.consentDifficultyNote} (until ${emergency.expiresAt.toISOString()})`,
    });
    await em.flush();
    return emergency;
  }

  @Mutation(() => Emergency, { description: 'Ends an emergency your unit declared; its access ends on the next request.' })
  async endEmergency(@Arg('id', () => ID, { description: 'Emergency id.' }) id: string, @Arg('purpose', () => Purpose, { description: 'Declared purpose of use (利用目的).' }) purpose: Purpose, @Ctx() scope: RequestScope) {
    await scope.declarePurpose(purpose);
    const em = scope.coreEm.fork();
    const emergency = await em.findOne(Emergency, { id: asUuid(id) });
    // Another unit's emergency is answered like none: that a resident is the subject of one is protected.
    if (!emergency || emergency.declaredByUnit !== scope.actor.unitCode) {
      throw hubError(ErrorCode.RECORD_NOT_FOUND, { en: `No emergency your unit declared has the id ${id}.`, ja: '貴所属が申告した該当の緊急対応の記録はありません。' });
    }
    emergency.endedAt ??= new Date();
    await writeEventNow(scope, { action: 'EMERGENCY_ENDED', subject: emergency.residentNumber, basis: LegalBasis.LIFE_BODY_PROPERTY, basisRecordId: emergency.id });
    await em.flush();
    return emergency;
  }

  @Query(() => [Emergency], { description: 'Emergencies your unit declared, newest first; each field is decided like any personal data.' })
  async emergencies(@Arg('purpose', () => Purpose, { description: 'Declared purpose of use (利用目的).' }) purpose: Purpose, @Ctx() scope: RequestScope) {
    await scope.declarePurpose(purpose);
    return scope.coreEm.find(Emergency, { declaredByUnit: scope.actor.unitCode }, { orderBy: { declaredAt: 'desc' }, limit: 200 });
  }
}
