import { Arg, Ctx, Resolver, Root } from 'type-graphql';
import { Resident } from '../resident/entities';
import { CATEGORIES } from '../policy/categories';
import { PersonalFieldResolver } from '../policy/personal-field';
import type { RequestScope } from '../request/scope';
import { UtilityService } from './enums';
import { PROVIDER_OF_SERVICE } from './providers';
import { SupplyStopNotice, UtilityAccount, UtilityArrears } from './records';

@Resolver(() => Resident)
export class ResidentUtilityResolver {
  @PersonalFieldResolver(CATEGORIES.UTILITY_ACCOUNT, () => [UtilityAccount], {
    description: "The resident's supply contracts for one service, held by that service's provider.",
    holder: (_resident: Resident, args: { service: UtilityService }) => PROVIDER_OF_SERVICE[args.service],
  })
  async utilityAccounts(
    @Root() resident: Resident,
    @Arg('service', () => UtilityService, { description: 'Which service: each has its own provider and holder.' }) service: UtilityService,
    @Ctx() scope: RequestScope,
  ) {
    const accounts = await scope.loaders.utility.accountsByResident.load(resident.residentNumber);
    return accounts.filter((account) => account.providerUnit === PROVIDER_OF_SERVICE[service]);
  }

  // Arrears and stop notices are categories of their own, so that a meeting's scope or an emergency
  // can reach them without opening the account (its supply address above all).
  @PersonalFieldResolver(CATEGORIES.UTILITY_ARREARS, () => [UtilityArrears], {
    description: "Unpaid charges on the resident's accounts for one service (料金の滞納), without the account itself.",
    holder: (_resident: Resident, args: { service: UtilityService }) => PROVIDER_OF_SERVICE[args.service],
  })
  async utilityArrears(
    @Root() resident: Resident,
    @Arg('service', () => UtilityService, { description: 'Which service: each has its own provider and holder.' }) service: UtilityService,
    @Ctx() scope: RequestScope,
  ) {
    const arrears = await scope.loaders.utility.arrearsByResident.load(resident.residentNumber);
    return arrears.filter((a) => a.providerUnit === PROVIDER_OF_SERVICE[service]);
  }

  @PersonalFieldResolver(CATEGORIES.UTILITY_SUPPLY_STOP, () => [SupplyStopNotice], {
    description: "Supply-stop notices and executions on the resident's accounts for one service (供給停止), without the account itself.",
    holder: (_resident: Resident, args: { service: UtilityService }) => PROVIDER_OF_SERVICE[args.service],
  })
  async supplyStopNotices(
    @Root() resident: Resident,
    @Arg('service', () => UtilityService, { description: 'Which service: each has its own provider and holder.' }) service: UtilityService,
    @Ctx() scope: RequestScope,
  ) {
    const notices = await scope.loaders.utility.stopNoticesByResident.load(resident.residentNumber);
    return notices.filter((n) => n.providerUnit === PROVIDER_OF_SERVICE[service]);
  }
}

@Resolver(() => UtilityAccount)
export class UtilityAccountResolver {
  @PersonalFieldResolver(CATEGORIES.UTILITY_ARREARS, () => [UtilityArrears], { description: 'Unpaid charges on this account (料金の滞納).' })
  arrears(@Root() account: UtilityAccount, @Ctx() scope: RequestScope) {
    return scope.loaders.utility.arrearsByAccount.load(account.id);
  }

  @PersonalFieldResolver(CATEGORIES.UTILITY_SUPPLY_STOP, () => [SupplyStopNotice], { description: 'Supply-stop notices and executions on this account (供給停止).' })
  supplyStopNotices(@Root() account: UtilityAccount, @Ctx() scope: RequestScope) {
    return scope.loaders.utility.stopNoticesByAccount.load(account.id);
  }
}
