import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { AccessDecision, writeEventNow } from '../../access-log';
import { ErrorCode, hubError } from '../../errors';
import type { RequestScope } from '../../request/scope';
import { assertText, badInput } from '../../server/input-checks';
import { Directory } from '../directory';
import { japanDate } from '../directory-cache';
import { Contract, Membership, Organisation, Staff, Unit } from '../entities';
import { StaffRole } from '../roles';
import { checkCode, checkContract, checkMembership, checkOrganisation, type DirectoryProblem } from './directory-checks';
import {
  ContractInput, ContractView, MembershipInput, MembershipView, OrganisationInput, OrganisationView, StaffInput, StaffView, UnitInput, UnitView,
} from './directory-types';

const REASON = { description: 'Why the directory changes (at least 10 characters); logged with the change.' };

/**
 * The directory of organisations, units, contracts, memberships and staff, kept by the system
 * administrator (SYSTEM_ADMINISTRATOR) alone. Every change is written to the access log, with who
 * made it and why, before it is made (like a policy change); a refused attempt is logged too. The
 * hub picks a change up on the next request (directory-cache.ts).
 */
@Resolver()
export class DirectoryAdminResolver {
  @Query(() => [UnitView], { description: 'Every unit as the directory stands today, with what it may declare (system administrator only).' })
  async directoryUnits(@Ctx() scope: RequestScope): Promise<UnitView[]> {
    requireAdministrator(scope, 'directoryUnits');
    return scope.directory.allUnits().map(unitView);
  }

  @Mutation(() => OrganisationView, { description: 'Creates or changes an organisation (system administrator only).' })
  async saveOrganisation(@Arg('input', () => OrganisationInput, { description: 'The record, complete (created or replaced by its code).' }) input: OrganisationInput, @Arg('reason', REASON) reason: string, @Ctx() scope: RequestScope) {
    requireAdministrator(scope, 'saveOrganisation');
    refuse(checkOrganisation(input));
    await logChange(scope, 'organisation', input, reason);
    await scope.coreEm.fork().upsert(Organisation, { ...input });
    return input;
  }

  @Mutation(() => UnitView, { description: 'Creates or changes a unit and the purposes assigned to it (system administrator only).' })
  async saveUnit(@Arg('input', () => UnitInput, { description: 'The record, complete (created or replaced by its code).' }) input: UnitInput, @Arg('reason', REASON) reason: string, @Ctx() scope: RequestScope) {
    requireAdministrator(scope, 'saveUnit');
    const em = scope.coreEm.fork();
    refuse([...checkCode('code', input.code), ...((await em.findOne(Organisation, input.organisationCode)) ? [] : [unknown('organisationCode')])]);
    await logChange(scope, 'unit', input, reason);
    await em.upsert(Unit, { code: input.code, name: input.name, organisation: input.organisationCode, purposes: [...new Set(input.purposes)] });
    return unitView((await Directory.load(em, japanDate())).unit(input.code)!);
  }

  @Mutation(() => ContractView, { description: 'Creates or changes a contract (委託) entrusting municipal services to a private operator (system administrator only).' })
  async saveContract(@Arg('input', () => ContractInput, { description: 'The record, complete (created or replaced by its code).' }) input: ContractInput, @Arg('reason', REASON) reason: string, @Ctx() scope: RequestScope) {
    requireAdministrator(scope, 'saveContract');
    const em = scope.coreEm.fork();
    const [client, contractor, unit] = await Promise.all([em.findOne(Organisation, input.clientCode), em.findOne(Organisation, input.contractorCode), em.findOne(Unit, input.unitCode)]);
    refuse(checkContract(input, client ?? undefined, contractor ?? undefined, unit?.organisation.code));
    await logChange(scope, 'contract', input, reason);
    await em.upsert(Contract, {
      code: input.code, name: input.name, client: input.clientCode, contractor: input.contractorCode, unit: input.unitCode,
      services: [...new Set(input.services)], validFrom: input.validFrom, validUntil: input.validUntil ?? null,
    });
    return input;
  }

  @Mutation(() => MembershipView, { description: 'Creates or changes a unit’s seat in a support meeting or housing support council (system administrator only).' })
  async saveMembership(@Arg('input', () => MembershipInput, { description: 'The record, complete (created or replaced by its code).' }) input: MembershipInput, @Arg('reason', REASON) reason: string, @Ctx() scope: RequestScope) {
    requireAdministrator(scope, 'saveMembership');
    const em = scope.coreEm.fork();
    const [convener, unit] = await Promise.all([em.findOne(Organisation, input.convenerCode), em.findOne(Unit, input.unitCode)]);
    refuse(checkMembership(input, convener ?? undefined, unit !== null));
    await logChange(scope, 'membership', input, reason);
    await em.upsert(Membership, { ...input, convener: input.convenerCode, unit: input.unitCode, memberUntil: input.memberUntil ?? null });
    return input;
  }

  @Mutation(() => StaffView, { description: 'Creates or changes a staff member: unit, role, active (system administrator only).' })
  async saveStaff(@Arg('input', () => StaffInput, { description: 'The record, complete (created or replaced by its code).' }) input: StaffInput, @Arg('reason', REASON) reason: string, @Ctx() scope: RequestScope) {
    requireAdministrator(scope, 'saveStaff');
    const em = scope.coreEm.fork();
    refuse([...checkCode('code', input.code), ...((await em.findOne(Unit, input.unitCode)) ? [] : [unknown('unitCode')])]);
    await logChange(scope, 'staff', input, reason);
    await em.upsert(Staff, { code: input.code, name: input.name, unit: input.unitCode, role: input.role, active: input.active });
    return input;
  }
}

function requireAdministrator(scope: RequestScope, operation: string): void {
  if (scope.actor.role === StaffRole.SYSTEM_ADMINISTRATOR) return;
  scope.trail.record({ action: 'DIRECTORY_CHANGE_REFUSED', decision: AccessDecision.DENIED, note: `${operation}: not the system administrator` });
  throw hubError(ErrorCode.ROLE_NOT_PERMITTED, {
    en: 'Only the system administrator (SYSTEM_ADMINISTRATOR) keeps the directory of organisations, units, contracts, memberships and staff.',
    ja: '組織・部署・委託契約・構成員・職員の台帳を管理できるのはシステム管理者のみです。',
  });
}

function unknown(field: string): DirectoryProblem {
  return { field, reason: { en: 'names no record of the directory', ja: '台帳に登録されていません' } };
}

function refuse(problems: DirectoryProblem[]): void {
  const [first] = problems;
  if (first) throw badInput(`input.${first.field}`, `input.${first.field}: ${first.reason.en}.`, `input.${first.field}：${first.reason.ja}。`);
}

/** Written before the change (the change never stands unlogged), with who made it and why. */
async function logChange(scope: RequestScope, record: string, input: object, reason: string): Promise<void> {
  assertText('reason', reason, 10);
  await writeEventNow(scope, { action: 'DIRECTORY_CHANGED', note: `${record} ${JSON.stringify(input)} — ${reason}` });
}

function unitView(unit: NonNullable<ReturnType<Directory['unit']>>): UnitView {
  return {
    ...unit,
    declarableGrounds: unit.declarable.map((d) => ({ ...d })),
    refusedPurposes: unit.refusedPurposes.map((r) => ({ ...r })),
  };
}
