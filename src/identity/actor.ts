import type { EntityManager } from '@mikro-orm/postgresql';
import { Staff } from '../organisation/entities';
import type { Directory } from '../organisation/directory';
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

/** Loads the actor named by a verified token; unknown and disabled actors are refused on every request. */
export async function loadActor(em: EntityManager, directory: Directory, code: string): Promise<Actor> {
  // The code becomes a database filter: only ever a plain string (src/identity/claims.ts checks the token's claim).
  if (typeof code !== 'string') throw hubError(ErrorCode.UNAUTHENTICATED, { en: 'The token does not name a staff member.', ja: 'トークンが職員を示していません。' }, {}, 401);
  const staff = await em.findOne(Staff, { code }, { fields: ['code', 'name', 'role', 'active', 'unit'] });
  if (!staff) throw hubError(ErrorCode.UNKNOWN_ACTOR, { en: 'The token names an unknown actor.', ja: 'トークンの利用者が登録されていません。' }, {}, 401);
  if (!staff.active) throw hubError(ErrorCode.ACTOR_DISABLED, { en: 'This actor has been disabled.', ja: 'この利用者は無効化されています。' }, {}, 401);
  const unit = directory.unit(staff.unit.code);
  if (!unit) throw new Error(`Staff ${code} belongs to unknown unit ${staff.unit.code}`);
  return {
    code: staff.code,
    name: staff.name,
    role: staff.role,
    unitCode: unit.code,
    organisationCode: unit.organisationCode,
    holdingOrganisationCode: unit.holdingOrganisationCode,
    regime: unit.regime,
  };
}
