import { createMongoAbility, type MongoAbility } from '@casl/ability';
import type { Actor } from '../identity/actor';
import type { Directory } from '../organisation/directory';
import { allCategories } from './categories';
import { LegalBasis } from './legal-bases';
import type { Purpose } from './purposes';

/** What the ability is asked about: one category of one resident's data, held by one unit. */
export interface PersonalDataSubject {
  subject: string;
  category: string;
  holder: string;
}

export type AccessAbility = MongoAbility<['read', 'PersonalData']>;

/**
 * The rules for one actor and declared purpose, as plain data (CASL raw rules). Each rule's
 * `reason` names the basis it stands for, so a permit says under which basis it was given.
 */
export function buildAbility(actor: Actor, purpose: Purpose, directory: Directory): AccessAbility {
  const withinPurposeCategories = allCategories()
    .filter((category) => category.purposes.includes(purpose))
    .map((category) => category.code);
  const rules = [
    {
      action: 'read' as const,
      subject: 'PersonalData' as const,
      conditions: {
        category: { $in: withinPurposeCategories },
        holder: { $in: directory.unitsHeldBy(actor.holdingOrganisationCode) },
      },
      reason: LegalBasis.WITHIN_PURPOSE,
    },
  ];
  return createMongoAbility<['read', 'PersonalData']>(rules, { detectSubjectType: () => 'PersonalData' });
}
