import type { EntityManager } from '@mikro-orm/postgresql';
import { Unit } from './entities';
import { LegalRegime } from './units';

export interface UnitEntry {
  code: string;
  name: string;
  organisationCode: string;
  /** The organisation whose records the unit keeps: its own, or the one it works for under contract. */
  holdingOrganisationCode: string;
  regime: LegalRegime;
}

/** The organisations and units, loaded once at start-up: the policy consults it on every decision. */
export class Directory {
  private readonly units = new Map<string, UnitEntry>();

  constructor(entries: UnitEntry[]) {
    for (const entry of entries) this.units.set(entry.code, entry);
  }

  static async load(em: EntityManager): Promise<Directory> {
    const units = await em.find(Unit, {}, { populate: ['organisation', 'onBehalfOf'] });
    return new Directory(
      units.map((unit) => {
        const holding = unit.onBehalfOf ?? unit.organisation;
        return {
          code: unit.code,
          name: unit.name,
          organisationCode: unit.organisation.code,
          holdingOrganisationCode: holding.code,
          regime: holding.regime,
        };
      }),
    );
  }

  unit(code: string): UnitEntry | undefined {
    return this.units.get(code);
  }

  allUnits(): UnitEntry[] {
    return [...this.units.values()];
  }

  /** Units whose records belong to the given organisation. */
  unitsHeldBy(organisationCode: string): string[] {
    return [...this.units.values()].filter((u) => u.holdingOrganisationCode === organisationCode).map((u) => u.code);
  }
}
