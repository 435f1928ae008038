import { createMongoAbility, type MongoAbility } from '@casl/ability';
import type { Actor } from '../identity/actor';
import type { Directory } from '../organisation/directory';
import type { AccessRule, BasisModule, PolicyContext } from './bases/basis-module';
import { consentBasis } from './bases/consent';
import { lifeBodyPropertyBasis } from './bases/life-body-property';
import { supportMeetingBasis } from './bases/support-meeting';
import { withinPurpose } from './bases/within-purpose';
import type { DataCategory } from './categories';
import { DecisionPath } from './decision-path';
import type { Allowed, BasisFailure, Decision, Denied } from './decision';
import { RequestDenials } from '../request/denials';
import { citationFor, LegalBasis } from './legal-bases';
import type { Purpose } from './purposes';
import { remedyFor } from './remedy';
import { ADDRESS_WITHHELD_FOR_AUDIT, addressWithheld, WITHHELD_BY_HOLDER } from './rules/address-protection';
import { ASK_ONLY_NEEDED_TAX_FIELDS, taxFieldNotNeeded } from './rules/tax-secrecy';
import type { EffectivePolicy } from './settings/effective-policy';
import { noFacts, type SubjectFacts, UNLINKED_SUBJECT, UNMATCHED_SUBJECT } from './subject-facts';

type AccessAbility = MongoAbility<['read', 'PersonalData']>;

/**
 * Bases that depend on the resident, in ascending priority (CASL: a later rule wins); use within
 * purpose comes after them. The narrowing rules that override every basis (rules/) are applied to
 * the decision CASL gives.
 */
const SUBJECT_BASES: BasisModule[] = [lifeBodyPropertyBasis, consentBasis, supportMeetingBasis];
/** The order in which a denial explains the bases. */
const EXPLAINED_BASES: BasisModule[] = [withinPurpose, consentBasis, supportMeetingBasis, lifeBodyPropertyBasis];

export interface DecisionRecord {
  subject: string;
  decision: Decision;
  /** The GraphQL fields (`Type.field`) resolved or refused under this decision. */
  fields: readonly string[];
}

/**
 * Decides, for one request, whether the actor may see a category of one resident's data held by
 * one unit. Each resident gets a CASL ability built from plain-data rules — use within purpose plus
 * whatever consents, meeting cases and emergencies concern them — and every decision is synchronous
 * and memoised per (subject, category, holder).
 */
export class AccessDecider {
  readonly context: PolicyContext;
  private readonly withinPurposeRules: AccessRule[];
  private readonly baseAbility: AccessAbility;
  /** Decisions about residents with no facts of their own: the same for every request of this actor, purpose, policy and directory on this day. */
  private readonly plainDecisions: ByCategoryAndHolder<Decision>;
  private readonly facts = new Map<string, SubjectFacts>();
  private readonly abilities = new Map<string, AccessAbility>();
  /** Decisions of residents with facts of their own (or not admitted), by subject, category and holder. */
  private readonly ownDecisions = new Map<string, ByCategoryAndHolder<Decision>>();
  private readonly notNeededOf = new Map<Allowed, Denied>();
  /** Each resident's decisions and the fields served under them, for the access log. */
  private readonly paths = new Map<string, DecisionPath>();
  private readonly emptyPath: DecisionPath;
  /** The explanations of this request's denials, each given once in the response. */
  readonly denials = new RequestDenials();

  constructor(actor: Actor, purpose: Purpose, directory: Directory, policy: EffectivePolicy, now = new Date()) {
    this.context = { actor, purpose, directory, policy, now, today: localDate(now) };
    ({ withinPurposeRules: this.withinPurposeRules, baseAbility: this.baseAbility, plainDecisions: this.plainDecisions, emptyPath: this.emptyPath } =
      sharedDecisions(this.context));
    for (const nobody of [UNLINKED_SUBJECT, UNMATCHED_SUBJECT]) this.facts.set(nobody, noFacts(nobody));
  }

  get actor(): Actor {
    return this.context.actor;
  }

  get purpose(): Purpose {
    return this.context.purpose;
  }

  /** Whether the facts of a resident have been loaded (see `SubjectFactsLoader`). */
  knows(subject: string): boolean {
    return this.facts.has(subject);
  }

  addFacts(facts: SubjectFacts): void {
    if (this.facts.has(facts.subject)) return;
    this.facts.set(facts.subject, facts);
    if (isPlain(facts)) return;
    const rules = [...SUBJECT_BASES.flatMap((basis) => basis.rules(this.context, facts)), ...this.withinPurposeRules];
    if (rules.length > this.withinPurposeRules.length) this.abilities.set(facts.subject, createAbility(rules));
  }

  /**
   * Decides one access; a served `field` (e.g. `TaxArrears.amountYen`) is remembered for the access
   * log. A field outside the purpose's minimal set is refused even where the category is allowed,
   * and the refusal is logged as such.
   */
  decide(subject: string, category: DataCategory, holder: string, field?: string): Decision {
    const decision = this.decisionFor(subject, category, holder);
    const taken = field && decision.allowed && decision.onlyFields && !decision.onlyFields.has(field) ? this.notNeeded(decision) : decision;
    const path = this.paths.get(subject) ?? this.emptyPath;
    const next = path.with(taken, field);
    if (next !== path) this.paths.set(subject, next);
    return taken;
  }

  /** The refusal of a field outside the purpose's minimal set, one per allowed decision. */
  private notNeeded(decision: Allowed): Denied {
    let denied = this.notNeededOf.get(decision);
    if (!denied) {
      denied = {
        allowed: false,
        category: decision.category,
        holder: decision.holder,
        failures: [{ basis: 'NOT_NEEDED_FOR_PURPOSE', reason: taxFieldNotNeeded('This field', this.purpose) }],
        remedy: ASK_ONLY_NEEDED_TAX_FIELDS,
      };
      this.notNeededOf.set(decision, denied);
    }
    return denied;
  }

  /** Every decision taken in this request, per resident in the order taken, with the fields served under it. */
  *decisions(): Iterable<DecisionRecord> {
    for (const [subject, path] of this.paths) for (const { decision, fields } of path.entries) yield { subject, decision, fields };
  }

  /**
   * How many residents each decision of this request was taken for (metrics, traces): counted per
   * path, so a caseload of residents decided alike costs a few additions, not one per resident.
   */
  decisionTally(): Map<Decision, number> {
    const residentsOnPath = new Map<DecisionPath, number>();
    for (const path of this.paths.values()) residentsOnPath.set(path, (residentsOnPath.get(path) ?? 0) + 1);
    const tally = new Map<Decision, number>();
    for (const [path, residents] of residentsOnPath) for (const { decision } of path.entries) tally.set(decision, (tally.get(decision) ?? 0) + residents);
    return tally;
  }

  /** Each resident's decision path (decision-path.ts): residents decided alike share one. */
  decisionPaths(): ReadonlyMap<string, DecisionPath> {
    return this.paths;
  }

  /**
   * A resident with no consent, meeting case, emergency or DV protection gets the decision of use
   * within purpose alone, the same for all of them: it is taken once per (category, holder), so a
   * caseload's thousands of such residents share one decision object (and one explanation).
   */
  private decisionFor(subject: string, category: DataCategory, holder: string): Decision {
    const own = this.ownDecisions.get(subject);
    let decision = own && lookUp(own, category, holder);
    if (decision) return decision;
    const facts = this.facts.get(subject);
    if (facts && isPlain(facts)) {
      decision = lookUp(this.plainDecisions, category, holder);
      if (!decision) store(this.plainDecisions, category, holder, (decision = this.evaluateFor(subject, category, holder)));
      return decision;
    }
    decision = facts ? this.evaluateFor(subject, category, holder) : notAdmitted(category, holder);
    if (own) store(own, category, holder, decision);
    else this.ownDecisions.set(subject, new Map([[category.code, new Map([[holder, decision]])]]));
    return decision;
  }

  private evaluateFor(subject: string, category: DataCategory, holder: string): Decision {
    const facts = this.facts.get(subject) ?? noFacts(subject);
    const ability = this.abilities.get(subject) ?? this.baseAbility;
    const rule = ability.relevantRuleFor('read', { subject, category: category.code, holder } as never);
    const regime = this.context.directory.unit(holder)?.regime;
    const protectedAddress = facts.dvProtection && addressWithheld(category, holder, this.actor.unitCode);
    if (rule && regime && !protectedAddress) {
      const origin = rule.origin as unknown as AccessRule;
      const basis = origin.reason;
      const onlyFields =
        basis !== LegalBasis.WITHIN_PURPOSE && this.context.policy.isTaxSecret(category) ? this.context.policy.taxFieldsFor(this.purpose) : undefined;
      return { allowed: true, category, holder, basis, citation: citationFor(basis, regime), basisRecordId: origin.basisRecordId, onlyFields };
    }
    const withheldBy = protectedAddress ? ADDRESS_WITHHELD_FOR_AUDIT : undefined;
    // Where a basis would have allowed it, the asker learns only that the holder withholds it.
    if (rule && regime) {
      return { allowed: false, category, holder, failures: [{ basis: 'WITHHELD_BY_HOLDER', reason: WITHHELD_BY_HOLDER }], remedy: WITHHELD_BY_HOLDER, withheldBy };
    }
    const failures: BasisFailure[] = EXPLAINED_BASES.map((basis) => ({ basis: basis.basis, reason: basis.whyNot(this.context, facts, category, holder) }));
    return { allowed: false, category, holder, failures, remedy: remedyFor(this.actor, this.purpose, category, this.context.policy), withheldBy };
  }
}

/**
 * A resident handed out by a path that did not admit them (RequestScope.admit) would be decided
 * without the facts that narrow every basis — the DV rule among them. A defect of the hub, so the
 * field is refused rather than decided on less than the law asks.
 */
function notAdmitted(category: DataCategory, holder: string): Denied {
  console.error(`access decider: ${category.code} of a resident that was not admitted was refused (a resolver does not call scope.admit)`);
  const reason = {
    en: 'The hub did not load what could grant or narrow access to this resident before deciding (a defect of the hub); the value is withheld.',
    ja: 'ハブが判定に必要な情報を読み込む前に判定しようとしたため（ハブの不具合）、提供しません。',
  };
  return { allowed: false, category, holder, failures: [{ basis: 'NOT_ADMITTED', reason }], remedy: { en: 'Report it to the hub’s maintainers with the request id.', ja: '要求 ID を添えてハブの保守担当に報告してください。' } };
}

interface SharedDecisions {
  withinPurposeRules: AccessRule[];
  baseAbility: AccessAbility;
  plainDecisions: ByCategoryAndHolder<Decision>;
  /**
   * The root of the decision paths (decision-path.ts): shared too, so that requests deciding alike
   * walk the same paths, and the access log renders their decisions once, not once per request
   * (src/access-log/audit-trail.ts, decision-set.ts).
   */
  emptyPath: DecisionPath;
}

/** Per policy version and directory version (both cached objects), then per actor, purpose and day. */
const SHARED = new WeakMap<EffectivePolicy, WeakMap<Directory, Map<string, SharedDecisions>>>();
const SHARED_PER_VERSION = 10_000;

/**
 * What requests of the same actor, purpose, policy and directory on the same day decide alike —
 * the rules of use within purpose, their CASL ability, and the decisions about residents with no
 * consent, case, emergency or DV protection — built once instead of on every request. A new policy
 * or directory version is a new object, so a change takes effect on the next request as before.
 */
function sharedDecisions(context: PolicyContext): SharedDecisions {
  const { actor, purpose, policy, directory, today } = context;
  let byDirectory = SHARED.get(policy);
  if (!byDirectory) SHARED.set(policy, (byDirectory = new WeakMap()));
  let byKey = byDirectory.get(directory);
  if (!byKey) byDirectory.set(directory, (byKey = new Map()));
  const key = [actor.code, actor.role, actor.unitCode, actor.organisationCode, actor.holdingOrganisationCode, actor.regime, purpose, today].join('\u0000');
  let shared = byKey.get(key);
  if (!shared) {
    if (byKey.size >= SHARED_PER_VERSION) byKey.clear();
    const withinPurposeRules = withinPurpose.rules(context, noFacts(''));
    shared = { withinPurposeRules, baseAbility: createAbility(withinPurposeRules), plainDecisions: new Map(), emptyPath: new DecisionPath() };
    byKey.set(key, shared);
  }
  return shared;
}

/** By category code, then holder. */
type ByCategoryAndHolder<T> = Map<string, Map<string, T>>;

function lookUp<T>(map: ByCategoryAndHolder<T>, category: DataCategory, holder: string): T | undefined {
  return map.get(category.code)?.get(holder);
}

function store<T>(map: ByCategoryAndHolder<T>, category: DataCategory, holder: string, value: T): void {
  let byHolder = map.get(category.code);
  if (!byHolder) map.set(category.code, (byHolder = new Map()));
  byHolder.set(holder, value);
}

function isPlain(facts: SubjectFacts): boolean {
  return !facts.dvProtection && facts.consents.length === 0 && facts.meetingCases.length === 0 && facts.emergencies.length === 0;
}

function createAbility(rules: AccessRule[]): AccessAbility {
  return createMongoAbility<['read', 'PersonalData']>(rules as never, { detectSubjectType: () => 'PersonalData' });
}

/** The calendar date in Japan (JST, UTC+9), where validity periods and meeting dates are kept. */
function localDate(now: Date): string {
  return new Date(now.getTime() + 9 * 3600_000).toISOString().slice(0, 10);
}
