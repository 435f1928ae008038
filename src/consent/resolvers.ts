import { LockMode } from '@mikro-orm/core';
import { Arg, Ctx, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CATEGORIES } from '../policy/categories';
import { PersonalFieldResolver } from '../policy/personal-field';
import { Purpose } from '../policy/purposes';
import { residentNumberOf } from '../resident/validation';
import { ErrorCode, hubError } from '../errors';
import { asUuid, assertDateOrder, assertText, badInput } from '../server/input-checks';
import type { RequestScope } from '../request/scope';
import { LocalDate } from '../server/scalars';
import { Consent, ConsentEvent } from './entities';
import { ConsentEventKind } from './enums';
import { RecordConsentInput } from './inputs';
import { appendConsentEvent } from './consent-events';
import { recordConsent as recordConsentFor } from './record-consent';
import { awaitsConfirmationBy } from './confirmation';

function noConsentOfYours(id: string) {
  return hubError(ErrorCode.RECORD_NOT_FOUND, { en: `No consent your unit may change has the id ${id}.`, ja: '貴所属が変更できる該当の同意の記録はありません。' });
}

/**
 * The consent registry. Only the controller's staff record, renew or withdraw a consent, and only
 * with their own unit as controller; every change is an event in the consent's history.
 */
@Resolver(() => Consent)
export class ConsentResolver {
  @Mutation(() => Consent, { description: "Records a consent taken from the person, with your unit as controller." })
  async recordConsent(@Arg('input', () => RecordConsentInput, { description: 'The consent as taken from the person.' }) input: RecordConsentInput, @Arg('purpose', () => Purpose, { description: 'Declared purpose of use (利用目的).' }) purpose: Purpose, @Ctx() scope: RequestScope): Promise<Consent> {
    await scope.declarePurpose(purpose);
    return recordConsentFor(scope, input);
  }

  @Mutation(() => Consent, { description: 'Extends or changes the validity of a consent your unit controls.' })
  async renewConsent(
    @Arg('id', () => ID, { description: 'Consent id.' }) id: string,
    @Arg('validUntil', () => LocalDate, { nullable: true, description: 'New last day of validity; open-ended when omitted.' }) validUntil: string | undefined,
    @Arg('note', () => String, { nullable: true, description: 'Note kept in the consent’s history.' }) note: string | undefined,
    @Arg('purpose', () => Purpose, { description: 'Declared purpose of use (利用目的).' }) purpose: Purpose,
    @Ctx() scope: RequestScope,
  ): Promise<Consent> {
    await scope.declarePurpose(purpose);
    return this.change(scope, id, (consent) => {
      if (consent.withdrawnAt) throw badInput('id', 'A withdrawn consent cannot be renewed; record a new one.', '撤回された同意は更新できません。');
      assertDateOrder('validUntil', consent.validFrom, validUntil);
      consent.validUntil = validUntil ?? null;
      return { kind: ConsentEventKind.RENEWED, note: note ?? null };
    });
  }

  @Mutation(() => Consent, { description: 'Records that the person withdrew a consent; it stops granting access on the next request.' })
  async withdrawConsent(
    @Arg('id', () => ID, { description: 'Consent id.' }) id: string,
    @Arg('note', () => String, { nullable: true, description: 'How the withdrawal was received; kept in the consent’s history.' }) note: string | undefined,
    @Arg('purpose', () => Purpose, { description: 'Declared purpose of use (利用目的).' }) purpose: Purpose,
    @Ctx() scope: RequestScope,
  ): Promise<Consent> {
    await scope.declarePurpose(purpose);
    return this.change(scope, id, (consent) => {
      if (consent.withdrawnAt) throw badInput('id', 'The consent is already withdrawn.', 'この同意は既に撤回されています。');
      consent.withdrawnAt = new Date();
      return { kind: ConsentEventKind.WITHDRAWN, note: note ?? null };
    });
  }

  @Query(() => [Consent], { description: "Consents your unit controls for one resident; each field is decided like any personal data." })
  async consents(
    @Arg('residentNumber', () => ID, { description: 'Municipal resident number (宛名番号), ten digits.' }) residentNumber: string,
    @Arg('purpose', () => Purpose, { description: 'Declared purpose of use (利用目的).' }) purpose: Purpose,
    @Ctx() scope: RequestScope,
  ): Promise<Consent[]> {
    residentNumber = residentNumberOf(residentNumber);
    await scope.declarePurpose(purpose);
    return scope.coreEm.find(Consent, { residentNumber, controllerUnit: scope.actor.unitCode }, { orderBy: { recordedAt: 'desc' } });
  }

  @Mutation(() => Consent, {
    description:
      'Confirms, as the second person, a consent recorded by its own recipient that releases special-care or tax data your unit holds; it takes effect on the next request.',
  })
  async confirmConsent(
    @Arg('id', () => ID, { description: 'Consent id, from `consentsAwaitingConfirmation`.' }) id: string,
    @Arg('note', { description: 'How the consent was checked (e.g. the signed form seen), at least 10 characters; kept in its history.' }) note: string,
    @Arg('purpose', () => Purpose, { description: 'Declared purpose of use (利用目的).' }) purpose: Purpose,
    @Ctx() scope: RequestScope,
  ): Promise<Consent> {
    await scope.declarePurpose(purpose);
    assertText('note', note, 10);
    const actor = scope.actor;
    return scope.coreEm.fork().transactional(async (tx) => {
      const consent = await tx.findOne(Consent, { id: asUuid(id) }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!consent || !awaitsConfirmationBy(consent, actor, scope.directory)) throw noConsentOfYours(id);
      consent.confirmedBy = actor.code;
      consent.confirmedAt = new Date();
      consent.confirmationHolder = actor.unitCode;
      await appendConsentEvent(scope, tx, consent, ConsentEventKind.CONFIRMED, note);
      return consent;
    });
  }

  @Query(() => [Consent], { description: 'Consents waiting for your unit to confirm them as the holder of the special-care or tax data they release, oldest first.' })
  async consentsAwaitingConfirmation(@Arg('purpose', () => Purpose, { description: 'Declared purpose of use (利用目的).' }) purpose: Purpose, @Ctx() scope: RequestScope): Promise<Consent[]> {
    await scope.declarePurpose(purpose);
    const actor = scope.actor;
    const candidates = await scope.coreEm.find(
      Consent,
      { confirmationRequired: true, confirmedAt: null, withdrawnAt: null, dataControllers: { $overlap: [actor.unitCode, actor.organisationCode, actor.holdingOrganisationCode] } },
      { orderBy: { recordedAt: 'asc' }, limit: 200, disableIdentityMap: true },
    );
    return candidates.filter((c) => awaitsConfirmationBy(c, actor, scope.directory)).map((c) => Object.assign(c, { confirmationHolder: actor.unitCode }));
  }

  @PersonalFieldResolver(CATEGORIES.CONSENT_RECORD, () => [ConsentEvent], { description: 'The append-only history of this consent, oldest first.' })
  history(@Root() consent: Consent, @Ctx() scope: RequestScope) {
    return scope.loaders.consent.eventsByConsent.load(consent.id);
  }

  private async change(scope: RequestScope, id: string, apply: (consent: Consent) => { kind: ConsentEventKind; note: string | null }) {
    const actor = scope.actor;
    return scope.coreEm.fork().transactional(async (tx) => {
      const consent = await tx.findOne(Consent, { id: asUuid(id) }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      // Another unit's consent is answered like no consent: its id says nothing to those who may not change it.
      if (!consent || consent.controllerUnit !== actor.unitCode) throw noConsentOfYours(id);
      const { kind, note } = apply(consent);
      await appendConsentEvent(scope, tx, consent, kind, note);
      return consent;
    });
  }
}
