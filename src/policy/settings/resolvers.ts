import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Field, Info, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { StaffRole } from '../../organisation/roles';
import { ErrorCode, hubError } from '../../errors';
import { assertCategories, assertText, badInput } from '../../server/input-checks';
import type { RequestScope } from '../../request/scope';
import { Purpose } from '../purposes';
import { DEFAULT_POLICY, type PolicySettings } from './policy-settings';
import { changePolicy, currentPolicy } from './policy-store';
import { PolicyVersion } from './policy-version';
import { AccessDecision, writeEventNow } from '../../access-log';
import { lawViolations } from '../rules/fixed-by-law';
import { taxFieldsOf } from './tax-fields';

@ObjectType({ description: 'Purposes a category serves, as overridden by the municipality.' })
@InputType('CategoryPurposesInput', { description: 'Purposes a category serves, overriding those it was collected for.' })
class CategoryPurposes {
  @Field({ description: 'Data category code.' })
  category!: string;

  @Field(() => [Purpose], { description: 'Purposes (利用目的) the category serves.' })
  purposes!: Purpose[];
}

@ObjectType({ description: 'The tax fields a purpose may receive outside the tax office.' })
@InputType('PurposeFieldsInput', { description: 'The tax fields a purpose may receive outside the tax office.' })
class PurposeFields {
  @Field(() => Purpose, { description: 'Declared purpose of use (利用目的).' })
  purpose!: Purpose;

  @Field(() => [String], { description: 'Fields as `Type.field`, e.g. `TaxArrears.amountYen`.' })
  fields!: string[];
}

@ObjectType('PolicySettings', { description: "The municipality's adjustable policy (policy as data)." })
class PolicySettingsView {
  @Field(() => Int, { description: 'Version number; 0 means the defaults that follow the source documents.' })
  version!: number;

  @Field(() => [CategoryPurposes], { description: 'Categories whose purposes the municipality overrides; the others serve the purposes they were collected for.' })
  categoryPurposes!: CategoryPurposes[];

  @Field({ description: 'TAX: NHI levied as 国民健康保険税 (tax secrecy applies); PREMIUM: as 保険料.' })
  nhiLevy!: string;

  @Field(() => Int, { description: 'Longest window an emergency may be declared for, in hours.' })
  emergencyMaxHours!: number;

  @Field({ description: 'Whether a support meeting’s scope may include tax categories (地方税法 §22: default no).' })
  taxViaSupportMeeting!: boolean;

  @Field({ description: 'Whether an emergency may open tax categories (default no).' })
  taxInEmergency!: boolean;

  @Field({ description: 'Whether public organs provide data in an emergency (APPI 69(2)(iv)).' })
  publicOrganLifeProtection!: boolean;

  @Field(() => Int, { description: 'Days after which an emergency access not yet reviewed is overdue.' })
  emergencyReviewDays!: number;

  @Field(() => [PurposeFields], { description: 'Minimal disclosure of tax data (地方税法 §22): the fields each purpose needs.' })
  taxFieldsByPurpose!: PurposeFields[];

  @Field({ nullable: true, description: 'Staff code of the privacy officer who put this version in force (null for the defaults).' })
  changedBy?: string;

  @Field({ nullable: true, description: 'Why the policy was changed.' })
  reason?: string;

  @Field({ nullable: true, description: 'When this version was put in force.' })
  changedAt?: Date;
}

@InputType({ description: 'A complete new version of the policy.' })
class PolicySettingsInput {
  @Field(() => [CategoryPurposes], { description: 'Categories whose purposes are overridden (empty: none).' })
  categoryPurposes!: CategoryPurposes[];

  @Field({ description: 'TAX (国民健康保険税, tax secrecy applies) or PREMIUM (保険料).' })
  nhiLevy!: string;

  @Field(() => Int, { description: 'Longest emergency window in hours, 1–336.' })
  emergencyMaxHours!: number;

  @Field({ description: 'Whether a support meeting’s scope may include tax categories.' })
  taxViaSupportMeeting!: boolean;

  @Field({ description: 'Whether an emergency may open tax categories.' })
  taxInEmergency!: boolean;

  @Field({ description: 'Whether public organs provide data in an emergency (APPI 69(2)(iv)).' })
  publicOrganLifeProtection!: boolean;

  @Field(() => Int, { description: 'Days until an unreviewed emergency access is overdue, 1–90.' })
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
    @Arg('settings', () => PolicySettingsInput, { description: 'The complete new version.' }) input: PolicySettingsInput,
    @Arg('reason', { description: 'Why the policy changes (at least 10 characters); kept with the version and logged.' }) reason: string,
    @Ctx() scope: RequestScope,
    @Info() info: GraphQLResolveInfo,
  ) {
    if (scope.actor.role !== StaffRole.PRIVACY_OFFICER) {
      scope.trail.record({ action: 'POLICY_CHANGE_REFUSED', decision: AccessDecision.DENIED, note: 'not the privacy officer' });
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
    // NHI fields stay nameable in a minimal tax set whichever way NHI is levied (they are tax data while it is a tax).
    const violations = lawViolations(settings, taxFieldsOf(info.schema, { nhiLevy: 'TAX' }));
    if (violations.length) {
      const why = { en: violations.map((v) => `${v.setting}: ${v.reason.en}`).join(' '), ja: violations.map((v) => `${v.setting}：${v.reason.ja}`).join('') };
      await writeEventNow(scope, { action: 'POLICY_CHANGE_REFUSED', decision: AccessDecision.DENIED, note: { en: `${why.en} — ${JSON.stringify(settings)}`, ja: why.ja } });
      throw hubError(ErrorCode.POLICY_FIXED_BY_LAW, { en: `The policy cannot change what the law fixes. ${why.en}`, ja: `法令で定められた事項は方針で変更できません。${why.ja}` }, {
        settings: violations.map((v) => v.setting),
      });
    }
    await writeEventNow(scope, { action: 'POLICY_CHANGED', note: `${reason} — ${JSON.stringify(settings)}` });
    const version = await changePolicy(scope.coreEm.fork(), settings, scope.actor.code, reason);
    return view(version.settings, version.id, version);
  }
}
