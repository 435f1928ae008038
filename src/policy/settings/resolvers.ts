import { Arg, Ctx, Field, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { StaffRole } from '../../organisation/roles';
import { ErrorCode, hubError } from '../../server/errors';
import { assertCategories, assertText, badInput } from '../../server/input-checks';
import type { RequestScope } from '../../server/request-scope';
import { Purpose } from '../purposes';
import { DEFAULT_POLICY, type PolicySettings } from './policy-settings';
import { changePolicy, currentPolicy } from './policy-store';
import { PolicyVersion } from './policy-version';
import { writeEventNow } from '../../access-log';

@ObjectType({ description: 'Purposes a category serves, as overridden by the municipality.' })
@InputType('CategoryPurposesInput')
class CategoryPurposes {
  @Field({ description: 'Data category code.' })
  category!: string;

  @Field(() => [Purpose])
  purposes!: Purpose[];
}

@ObjectType({ description: 'The tax fields a purpose may receive outside the tax office.' })
@InputType('PurposeFieldsInput')
class PurposeFields {
  @Field(() => Purpose)
  purpose!: Purpose;

  @Field(() => [String], { description: 'Fields as `Type.field`, e.g. `TaxArrears.amountYen`.' })
  fields!: string[];
}

@ObjectType('PolicySettings', { description: "The municipality's adjustable policy (policy as data)." })
class PolicySettingsView {
  @Field(() => Int, { description: 'Version number; 0 means the defaults that follow the source documents.' })
  version!: number;

  @Field(() => [CategoryPurposes])
  categoryPurposes!: CategoryPurposes[];

  @Field({ description: 'TAX: NHI levied as 国民健康保険税 (tax secrecy applies); PREMIUM: as 保険料.' })
  nhiLevy!: string;

  @Field(() => Int)
  emergencyMaxHours!: number;

  @Field()
  taxViaSupportMeeting!: boolean;

  @Field()
  taxInEmergency!: boolean;

  @Field({ description: 'Whether public organs provide data in an emergency (APPI 69(2)(iv)).' })
  publicOrganLifeProtection!: boolean;

  @Field(() => Int)
  emergencyReviewDays!: number;

  @Field(() => [PurposeFields], { description: 'Minimal disclosure of tax data (地方税法 §22): the fields each purpose needs.' })
  taxFieldsByPurpose!: PurposeFields[];

  @Field({ nullable: true })
  changedBy?: string;

  @Field({ nullable: true })
  reason?: string;

  @Field({ nullable: true })
  changedAt?: Date;
}

@InputType({ description: 'A complete new version of the policy.' })
class PolicySettingsInput {
  @Field(() => [CategoryPurposes])
  categoryPurposes!: CategoryPurposes[];

  @Field()
  nhiLevy!: string;

  @Field(() => Int)
  emergencyMaxHours!: number;

  @Field()
  taxViaSupportMeeting!: boolean;

  @Field()
  taxInEmergency!: boolean;

  @Field()
  publicOrganLifeProtection!: boolean;

  @Field(() => Int)
  emergencyReviewDays!: number;

  @Field(() => [PurposeFields], { nullable: true, description: 'Omit to keep the defaults that follow the 2011 MIC notice.' })
  taxFieldsByPurpose?: PurposeFields[];
}

function view(settings: PolicySettings, version: number, meta?: PolicyVersion): PolicySettingsView {
  return {
    ...settings,
    version,
    categoryPurposes: Object.entries(settings.categoryPurposes).map(([category, purposes]) => ({ category, purposes })),
    taxFieldsByPurpose: Object.entries(settings.taxFieldsByPurpose).map(([purpose, fields]) => ({ purpose: purpose as Purpose, fields: fields ?? [] })),
    changedBy: meta?.changedBy,
    reason: meta?.reason,
    changedAt: meta?.changedAt,
  };
}

@Resolver()
export class PolicySettingsResolver {
  @Query(() => PolicySettingsView, { description: 'The policy in force.' })
  async policySettings(@Ctx() scope: RequestScope) {
    scope.requireSignedIn();
    const policy = await currentPolicy(scope.coreEm);
    return view(policy.settings, policy.version);
  }

  @Query(() => [PolicySettingsView], { description: 'Every version of the policy, newest first, with who changed it and why.' })
  async policyHistory(@Ctx() scope: RequestScope) {
    scope.requireSignedIn();
    const versions = await scope.coreEm.find(PolicyVersion, {}, { orderBy: { id: 'desc' } });
    return versions.map((v) => view(v.settings, v.id, v));
  }

  @Mutation(() => PolicySettingsView, { description: 'Puts a new version of the policy in force (privacy officer only); takes effect on the next request.' })
  async changePolicy(
    @Arg('settings', () => PolicySettingsInput) input: PolicySettingsInput,
    @Arg('reason') reason: string,
    @Ctx() scope: RequestScope,
  ) {
    if (scope.actor.role !== StaffRole.PRIVACY_OFFICER) {
      throw hubError(ErrorCode.ROLE_NOT_PERMITTED, { en: 'Only the privacy officer changes the policy.', ja: '方針の変更は個人情報保護担当のみが行えます。' });
    }
    assertText('reason', reason, 10);
    if (input.nhiLevy !== 'TAX' && input.nhiLevy !== 'PREMIUM') throw badInput('nhiLevy', 'nhiLevy is TAX or PREMIUM.', 'nhiLevy は TAX または PREMIUM です。');
    if (input.emergencyMaxHours < 1 || input.emergencyMaxHours > 24 * 14) throw badInput('emergencyMaxHours', 'emergencyMaxHours is 1–336.', 'emergencyMaxHours は1〜336です。');
    if (input.emergencyReviewDays < 1 || input.emergencyReviewDays > 90) throw badInput('emergencyReviewDays', 'emergencyReviewDays is 1–90.', 'emergencyReviewDays は1〜90です。');
    if (input.categoryPurposes.length) assertCategories('categoryPurposes', input.categoryPurposes.map((c) => c.category));
    const settings: PolicySettings = {
      ...input,
      nhiLevy: input.nhiLevy,
      categoryPurposes: Object.fromEntries(input.categoryPurposes.map((c) => [c.category, c.purposes])),
      taxFieldsByPurpose: input.taxFieldsByPurpose
        ? Object.fromEntries(input.taxFieldsByPurpose.map((p) => [p.purpose, p.fields]))
        : DEFAULT_POLICY.taxFieldsByPurpose,
    };
    await writeEventNow(scope, { action: 'POLICY_CHANGED', note: `${reason} — ${JSON.stringify(settings)}` });
    const version = await changePolicy(scope.coreEm.fork(), settings, scope.actor.code, reason);
    return view(version.settings, version.id, version);
  }
}
