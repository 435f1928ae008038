import type { Bilingual } from '../errors';
import type { DataCategory } from './categories';
import type { LegalBasis } from './legal-bases';

/** Why one basis did not apply. */
export interface BasisFailure {
  /**
   * The basis that failed; WITHHELD_BY_HOLDER when a rule withholds the value whatever the basis
   * (the asker is not told which rule); NOT_NEEDED_FOR_PURPOSE for a tax field outside the
   * purpose's minimal set; NOT_ADMITTED for a defect of the hub.
   */
  basis: LegalBasis | 'WITHHELD_BY_HOLDER' | 'NOT_NEEDED_FOR_PURPOSE' | 'NOT_ADMITTED';
  reason: Bilingual;
}

export interface Allowed {
  allowed: true;
  category: DataCategory;
  holder: string;
  basis: LegalBasis;
  citation: Bilingual;
  /** The consent, meeting case or emergency that grants the access (none for use within purpose). */
  basisRecordId?: string;
  /** When set, only these fields (`Type.field`) may be served: tax data outside the tax office. */
  onlyFields?: ReadonlySet<string>;
}

export interface Denied {
  allowed: false;
  category: DataCategory;
  holder: string;
  failures: BasisFailure[];
  /** What would make the access lawful. */
  remedy: Bilingual;
  /** For the access log only (auditors), never for the asker: the protective rule that withheld the value. */
  withheldBy?: Bilingual;
}

export type Decision = Allowed | Denied;
