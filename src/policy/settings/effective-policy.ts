import type { DataCategory } from '../categories';
import type { Purpose } from '../purposes';
import { isTaxSecret, taxFieldsFor } from '../rules/tax-secrecy';
import type { PolicySettings } from './policy-settings';

/** The policy in force for one request: the category catalogue with the municipality's settings applied. */
export class EffectivePolicy {
  private readonly taxFields = new Map<Purpose, ReadonlySet<string>>();

  constructor(
    readonly settings: PolicySettings,
    readonly version: number,
  ) {}

  /** The purposes a category was collected for (by this holder, where holders differ). */
  purposesOf(category: DataCategory, holder?: string): readonly Purpose[] {
    const override = this.settings.categoryPurposes[category.code];
    if (override) return override;
    return (holder && category.purposesByHolder?.[holder]) || category.purposes;
  }

  isTaxSecret(category: DataCategory): boolean {
    return isTaxSecret(category, this.settings);
  }

  /** The tax fields the purpose needs (minimal disclosure outside the tax office). */
  taxFieldsFor(purpose: Purpose): ReadonlySet<string> {
    let fields = this.taxFields.get(purpose);
    if (!fields) this.taxFields.set(purpose, (fields = taxFieldsFor(purpose, this.settings)));
    return fields;
  }
}
