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
