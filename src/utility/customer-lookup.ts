import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { ErrorCode, hubError } from '../errors';
import { Purpose } from '../policy/purposes';
import type { RequestScope } from '../request/scope';
import { PROVIDER_OF_SERVICE } from './providers';
import { UtilityAccount } from './records';

const PROVIDERS = new Set(Object.values(PROVIDER_OF_SERVICE));

/**
 * A provider reaches its own customers by its own customer number, without the resident register:
 * the account is its own record, used within the purpose it was collected for (APPI 18(1) for the
 * electricity and gas companies, 69(1) for the municipal water works). Every field of the account is
 * still decided and logged like any other read.
 */
@Resolver()
export class UtilityCustomerResolver {
  @Query(() => UtilityAccount, { description: "Your own customer's account, by your customer number (お客さま番号). Open to the provider that holds the account." })
  async utilityCustomer(
    @Arg('customerNumber', { description: 'Your customer number (お客さま番号).' }) customerNumber: string,
    @Arg('purpose', () => Purpose, { description: 'Declared purpose of use (利用目的).' }) purpose: Purpose,
    @Ctx() scope: RequestScope,
  ): Promise<UtilityAccount> {
    await scope.declarePurpose(purpose);
    const provider = scope.actor.unitCode;
    // Decided from the asker alone, before any record is read: the same answer for any number.
    if (!PROVIDERS.has(provider)) {
      throw hubError(ErrorCode.ACCESS_DENIED, {
        en: 'A customer number is the provider’s own key: only the provider that holds the account looks it up.',
        ja: 'お客さま番号による照会は、その契約を保有する事業者に限られます。',
      });
    }
    const account = await scope.loaders.utility.accountByCustomerNumber(provider, customerNumber.normalize('NFKC').trim());
    if (!account) throw hubError(ErrorCode.RECORD_NOT_FOUND, { en: `None of your accounts has the customer number ${customerNumber}.`, ja: `お客さま番号${customerNumber}の契約はありません。` });
    return account;
  }
}
