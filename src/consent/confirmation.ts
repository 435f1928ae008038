import type { Actor } from '../identity/actor';
import type { Directory } from '../organisation/directory';
import { findCategory, RECORD_PROVIDER } from '../policy/categories';
import type { Consent } from './entities';

/**
 * Who may confirm a consent recorded by its own recipient (the "second person"): staff of a unit
 * that holds special-care or tax data the consent releases, other than whoever recorded it. The
 * holder knows its data and its forms; the recipient alone cannot open them to itself.
 */
export function awaitsConfirmationBy(consent: Consent, actor: Actor, directory: Directory): boolean {
  if (!consent.confirmationRequired || consent.confirmedAt || consent.withdrawnAt || consent.takenBy === actor.code) return false;
  const released = new Set(consent.dataControllers.flatMap((code) => (directory.unit(code) ? [code] : directory.unitsHeldBy(code))));
  return consent.categories.some((code) => {
    const category = findCategory(code);
    if (!category || !(category.specialCare || category.taxSecret)) return false;
    const holder = category.holder === RECORD_PROVIDER ? actor.unitCode : category.holder;
    return holder === actor.unitCode && released.has(holder);
  });
}
