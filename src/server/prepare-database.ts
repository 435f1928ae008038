import type { HubConfig } from '../config/environment';
import type { Databases } from '../db/databases';
import { seedOrganisations } from '../organisation/catalogue';
import { Resident } from '../resident/entities';
import { loadSyntheticMunicipality } from '../synthetic/load-into-databases';
import { seedDemoFacts } from '../synthetic/demo-facts';

/**
 * Brings the databases to the current schema, writes the organisation catalogue and, on the first
 * run (no residents yet), the synthetic demo municipality with examples of each flow.
 */
/** True when this run generated the demo municipality. */
export async function prepareDatabase(databases: Databases, config: HubConfig, options: { progress: boolean }): Promise<boolean> {
  await databases.migrate();
  await seedOrganisations(databases.em('core'));
  if (config.demoResidents > 0 && (await databases.em('core').count(Resident)) === 0) {
    await loadSyntheticMunicipality(databases, { residents: config.demoResidents, seed: config.demoSeed, progress: options.progress });
    await seedDemoFacts(databases.em('core'), new Date().toISOString().slice(0, 10));
    return true;
  }
  return false;
}
