import type { GraphQLError } from 'graphql';
import { ErrorCode, hubError } from '../errors';
import { CATEGORIES } from '../policy/categories';
import type { Decision } from '../policy/decision';
import type { RequestScope } from '../request/scope';
import { UNIT } from '../organisation/units';
import type { Purpose } from '../policy/purposes';

const IDENTITY = CATEGORIES.PERSON_IDENTITY;

/**
 * Identifying a resident by number reads their identity, so it is decided (and logged) like any
 * field, under the purpose the request declared. `field` names what asked (`Query.resident`).
 */
export async function identityDecision(scope: RequestScope, residentNumber: string, field: string): Promise<Decision> {
  const decider = scope.access;
  if (!decider) throw new Error('identityDecision before the purpose was declared');
  await scope.admit([residentNumber]);
  return decider.decide(residentNumber, IDENTITY, IDENTITY.holder, field);
}

export function residentNotFound(residentNumber: string): GraphQLError {
  return hubError(ErrorCode.RESIDENT_NOT_FOUND, { en: `No resident has the number ${residentNumber}.`, ja: `宛名番号${residentNumber}の住民は登録されていません。` });
}

/**
 * For a mutation about a resident (a consent, an emergency): an actor who may identify the resident
 * is told when the number is unknown; any other actor gets the same answer whether or not the
 * resident exists (the record is kept either way, and grants nothing about nobody).
 */
export async function refuseUnknownResidentIfIdentifiable(scope: RequestScope, residentNumber: string, field: string): Promise<void> {
  const decision = await identityDecision(scope, residentNumber, field);
  if (!decision.allowed) return;
  if ((await scope.loaders.resident.byNumber.load(residentNumber)) === null) throw residentNotFound(residentNumber);
}

/**
 * Lookups by identifiers (the consultation lookup, the counter search) read the resident register's
 * identity to single a person out, so they are open only where that identity may be used: the
 * municipality's own units (the register is the city's, 住民基本台帳法 §1), for a purpose the identity
 * serves. Decided from the asker and the purpose alone, before any record is read, so that the
 * refusal is the same whoever is asked about.
 */
export function assertMayLookUpByIdentifiers(scope: RequestScope, purpose: Purpose, lookup: { en: string; ja: string }): void {
  const registry = scope.directory.unit(UNIT.RESIDENT_REGISTRY);
  const policy = scope.access?.context.policy;
  if (registry?.holdingOrganisationCode === scope.actor.holdingOrganisationCode && policy?.purposesOf(IDENTITY).includes(purpose)) return;
  throw hubError(ErrorCode.ACCESS_DENIED, {
    en: `${lookup.en} is open to the municipality’s own units, for the purposes of their work.`,
    ja: `${lookup.ja}は市の部署が所掌事務のために行う場合に限られます。`,
  });
}
