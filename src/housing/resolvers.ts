import { Arg, Ctx, Int, Query, Resolver, Root } from 'type-graphql';
import { Resident } from '../resident/entities';
import { CATEGORIES } from '../policy/categories';
import { PersonalFieldResolver } from '../policy/personal-field';
import { Purpose } from '../policy/purposes';
import { ErrorCode, hubError } from '../errors';
import type { RequestScope } from '../request/scope';
import { TenancyStatus } from './enums';
import { HousingConsultation, PublicHousingTenancy, RentArrears, RentPaymentGuidance } from './records';

@Resolver(() => Resident)
export class ResidentHousingResolver {
  @PersonalFieldResolver(CATEGORIES.HOUSING_TENANCY, () => [PublicHousingTenancy], { description: 'Public-housing tenancies held by the resident (公営住宅の入居).' })
  publicHousingTenancies(@Root() resident: Resident, @Ctx() scope: RequestScope) {
    return scope.loaders.housing.tenanciesByResident.load(resident.residentNumber);
  }

  @PersonalFieldResolver(CATEGORIES.HOUSING_ARREARS, () => [RentArrears], { description: 'Rent arrears on public housing (家賃滞納).' })
  rentArrears(@Root() resident: Resident, @Ctx() scope: RequestScope) {
    return scope.loaders.housing.arrearsByResident.load(resident.residentNumber);
  }

  @PersonalFieldResolver(CATEGORIES.HOUSING_CONSULTATION, () => [HousingConsultation], { description: 'Housing consultations (住まいの相談).' })
  housingConsultations(@Root() resident: Resident, @Ctx() scope: RequestScope) {
    return scope.loaders.housing.consultationsByResident.load(resident.residentNumber);
  }
}

@Resolver(() => RentArrears)
export class RentArrearsResolver {
  @PersonalFieldResolver(CATEGORIES.HOUSING_ARREARS, () => [RentPaymentGuidance], { description: 'Payment guidance given on these arrears (納付指導記録), oldest first.' })
  guidance(@Root() arrears: RentArrears, @Ctx() scope: RequestScope) {
    return scope.loaders.housing.guidanceByArrears.load(arrears.id);
  }
}

@Resolver()
export class HousingRegisterResolver {
  @Query(() => [PublicHousingTenancy], {
    description: "The public-housing section's own tenancy register (入居者台帳), for its own staff only.",
  })
  async publicHousingTenancies(
    @Arg('purpose', () => Purpose, { description: 'Declared purpose of use (利用目的).' }) purpose: Purpose,
    @Arg('status', () => TenancyStatus, { nullable: true, description: 'Only tenancies in this state; all when omitted.' }) status: TenancyStatus | undefined,
    @Arg('limit', () => Int, { defaultValue: 50, description: 'At most 500.' }) limit: number,
    @Arg('offset', () => Int, { defaultValue: 0, description: 'Tenancies to skip, in register order (by id).' }) offset: number,
    @Ctx() scope: RequestScope,
  ): Promise<PublicHousingTenancy[]> {
    await scope.declarePurpose(purpose);
    if (scope.actor.unitCode !== CATEGORIES.HOUSING_TENANCY.holder) {
      throw hubError(ErrorCode.RECORD_LISTING_FORBIDDEN, {
        en: 'Only the public-housing section lists its tenancy register.',
        ja: '入居者台帳の一覧は公営住宅担当のみが参照できます。',
      });
    }
    if (limit < 1 || limit > 500 || offset < 0) {
      throw hubError(ErrorCode.BAD_USER_INPUT, { en: 'limit must be 1–500 and offset ≥ 0.', ja: 'limit は1〜500、offset は0以上です。' });
    }
    return scope.loaders.housing.em.find(PublicHousingTenancy, status ? { status } : {}, { orderBy: { id: 'asc' }, limit, offset });
  }
}
