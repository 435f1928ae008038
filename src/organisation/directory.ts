import type { EntityManager } from '@mikro-orm/postgresql';
import { type Declarable, declarablePurposes, type RefusedPurpose } from '../policy/declarable-purposes';
import type { Purpose } from '../policy/purposes';
import { contractsPerformedBy, recordsHeldFor, runsOn } from '../policy/rules/contracted-operators';
import { Contract, Membership, Organisation, Unit } from './entities';
import type { LegalRegime, OrganisationKind } from './units';

export interface UnitEntry {
  code: string;
  name: string;
  organisationCode: string;
  kind: OrganisationKind;
  /** The organisation whose records the unit keeps: its own, or the client of a contract it performs (委託). */
  holdingOrganisationCode: string;
  regime: LegalRegime;
  /** The contract in force that makes the unit keep another organisation's records. */
  contractCode?: string;
  declarable: readonly Declarable[];
  refusedPurposes: readonly RefusedPurpose[];
}

/** The directory's rows, as loaded or as a test builds them. */
export interface DirectoryData {
  organisations: { code: string; name: string; regime: LegalRegime; kind: OrganisationKind }[];
  units: { code: string; name: string; organisationCode: string; purposes: readonly string[] }[];
  contracts: { code: string; clientCode: string; contractorCode: string; unitCode: string; services: readonly string[]; validFrom: string; validUntil?: string | null }[];
  memberships: { body: Membership['body']; unitCode: string; memberFrom: string; memberUntil?: string | null }[];
}


/** The organisations and units as they stand on one day: the policy consults it on every decision. */
export class Directory {
  private readonly units = new Map<string, UnitEntry>();

  constructor(
    entries: UnitEntry[],
    private readonly organisationNames: ReadonlyMap<string, string> = new Map(),
  ) {
    for (const entry of entries) this.units.set(entry.code, entry);
  }

  organisationName(code: string): string | undefined {
    return this.organisationNames.get(code);
  }

  /** Builds the directory in force on `today` (YYYY-MM-DD): only contracts and memberships running that day count. */
  static fromData(data: DirectoryData, today: string): Directory {
    const organisations = new Map(data.organisations.map((o) => [o.code, o]));
    const memberships = data.memberships.filter((m) => runsOn(today, m.memberFrom, m.memberUntil));
    return new Directory(
      data.units.flatMap((unit) => {
        const organisation = organisations.get(unit.organisationCode);
        if (!organisation) return [];
        const performed = contractsPerformedBy(unit, data.contracts, today);
        const holding = organisations.get(recordsHeldFor(unit, performed)) ?? organisation;
        const { declarable, refused } = declarablePurposes({
          regime: organisation.regime,
          kind: organisation.kind,
          assigned: unit.purposes,
          contracts: performed,
          memberships: memberships.filter((m) => m.unitCode === unit.code).map((m) => m.body),
        });
        return [{
          code: unit.code,
          name: unit.name,
          organisationCode: organisation.code,
          kind: organisation.kind,
          holdingOrganisationCode: holding.code,
          regime: holding.regime,
          contractCode: holding === organisation ? undefined : performed[0].code,
          declarable,
          refusedPurposes: refused,
        }];
      }),
      new Map(data.organisations.map((o) => [o.code, o.name])),
    );
  }

  static async load(em: EntityManager, today: string): Promise<Directory> {
    const fork = em.fork();
    const [organisations, units, contracts, memberships] = await Promise.all([
      fork.find(Organisation, {}),
      fork.find(Unit, {}),
      fork.find(Contract, {}),
      fork.find(Membership, {}),
    ]);
    return Directory.fromData(
      {
        organisations: organisations.map((o) => ({ code: o.code, name: o.name, regime: o.regime, kind: o.kind })),
        units: units.map((u) => ({ code: u.code, name: u.name, organisationCode: u.organisation.code, purposes: u.purposes })),
        contracts: contracts.map((c) => ({ code: c.code, clientCode: c.client.code, contractorCode: c.contractor.code, unitCode: c.unit.code, services: c.services, validFrom: c.validFrom, validUntil: c.validUntil })),
        memberships: memberships.map((m) => ({ body: m.body, unitCode: m.unit.code, memberFrom: m.memberFrom, memberUntil: m.memberUntil })),
      },
      today,
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

  /** Whether the unit may declare the purpose (deny by default: an unknown unit declares nothing). */
  mayDeclare(unitCode: string, purpose: Purpose): boolean {
    return this.units.get(unitCode)?.declarable.some((d) => d.purpose === purpose) ?? false;
  }

  declarableBy(unitCode: string): readonly Declarable[] {
    return this.units.get(unitCode)?.declarable ?? [];
  }
}
