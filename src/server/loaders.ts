import { ConsentEvent } from '../consent/entities';
import type { Databases } from '../db/databases';
import { groupedLoader } from '../db/grouped-loader';
import { housingLoaders } from '../housing/loaders';
import { residentLoaders } from '../resident/loaders';
import { taxLoaders } from '../tax/loaders';
import { utilityLoaders } from '../utility/loaders';
import { welfareLoaders } from '../welfare/loaders';

/** The per-request batch loaders of every domain, each on that domain's own database. */
export function createLoaders(databases: Databases) {
  return {
    resident: residentLoaders(databases.em('core')),
    housing: housingLoaders(databases.em('housing')),
    tax: taxLoaders(databases.em('tax')),
    welfare: welfareLoaders(databases.em('welfare')),
    utility: utilityLoaders(databases.em('utility')),
    consent: { eventsByConsent: groupedLoader(databases.em('core'), ConsentEvent, 'consentId') },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
