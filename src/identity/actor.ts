import type { EntityManager } from '@mikro-orm/postgresql';
import type { Directory } from '../organisation/directory';
import type { DirectoryCache } from '../organisation/directory-cache';
import type { StaffRole } from '../organisation/roles';
import type { LegalRegime } from '../organisation/units';
import { ErrorCode, hubError } from '../errors';

/** The staff member behind a request, with what the policy needs to know about them. */
export interface Actor {
  code: string;
  name: string;
  role: StaffRole;
  unitCode: string;
  organisationCode: string;
  /** The organisation whose records the actor's unit keeps (differs under contract, 委託). */
  holdingOrganisationCode: string;
  regime: LegalRegime;
}

interface StaffRow {
  code: string;
  name: string;
  role: StaffRole;
  active: boolean;
  unit_code: string;
  directory_version: string;
  policy_version: number;
  facts_version: string | null;
}

export interface SignedIn {
  actor: Actor;
  directory: Directory;
  /** The id of the policy version in force (0: none recorded yet; policy-cache.ts). */
  policyVersion: number;
  /** The version of the facts that grant or narrow access, as of this statement (src/policy/facts-cache.ts); null if it cannot be read. */
  factsVersion: bigint | null;
}

/**
 * Loads the actor named by a verified token, with the directory, the policy version in force and
 * the facts' version (one statement: the staff row and the three versions); unknown and disabled
 * actors are refused on every request.
 */
export async function loadActor(em: EntityManager, directories: DirectoryCache, code: string): Promise<SignedIn> {
  // The code becomes a query parameter: only ever a plain string (src/identity/claims.ts checks the token's claim).
  if (typeof code !== 'string') throw hubError(ErrorCode.UNAUTHENTICATED, { en: 'The token does not name a staff member.', ja: 'トークンが職員を示していません。' }, {}, 401);
  const [staff] = await em
    .getConnection()
    .execute<StaffRow[]>(
      'select s."code", s."name", s."role", s."active", s."unit_code", (select "version" from "organisation"."directory_version") as "directory_version", ' +
        '(select coalesce(max("id"), 0)::int from "policy"."policy_version") as "policy_version", ' +
        '(select "version" from "policy"."facts_version") as "facts_version" from "organisation"."staff" s where s."code" = ?',
      [code],
    );
  if (!staff) throw hubError(ErrorCode.UNKNOWN_ACTOR, { en: 'The token names an unknown actor.', ja: 'トークンの利用者が登録されていません。' }, {}, 401);
  if (!staff.active) throw hubError(ErrorCode.ACTOR_DISABLED, { en: 'This actor has been disabled.', ja: 'この利用者は無効化されています。' }, {}, 401);
  const directory = await directories.at(em, Number(staff.directory_version ?? 0));
  const unit = directory.unit(staff.unit_code);
  if (!unit) throw new Error(`Staff ${code} belongs to unknown unit ${staff.unit_code}`);
  return {
    directory,
    policyVersion: Number(staff.policy_version),
    factsVersion: staff.facts_version === null ? null : BigInt(staff.facts_version),
    actor: {
      code: staff.code,
      name: staff.name,
      role: staff.role,
      unitCode: unit.code,
      organisationCode: unit.organisationCode,
      holdingOrganisationCode: unit.holdingOrganisationCode,
      regime: unit.regime,
    },
  };
}
