import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/policy/categories';
import type { Decision } from '../../src/policy/decision';
import { DecisionPath } from '../../src/policy/decision-path';
import { LegalBasis } from '../../src/policy/legal-bases';

const identity: Decision = {
  allowed: true,
  category: CATEGORIES.PERSON_IDENTITY,
  holder: CATEGORIES.PERSON_IDENTITY.holder as string,
  basis: LegalBasis.WITHIN_PURPOSE,
  citation: { en: 'APPI art. 69(1)', ja: '個人情報保護法第69条第1項' },
};
const refused: Decision = { allowed: false, category: CATEGORIES.PERSON_IDENTITY, holder: 'tax.taxation', failures: [], remedy: { en: '', ja: '' } };

describe('a decision path', () => {
  it('records each decision once, in the order taken, with the fields served under it', () => {
    const path = new DecisionPath().with(identity, 'Query.resident').with(identity, 'Resident.familyName').with(refused, 'Resident.taxArrears').with(identity, 'Resident.familyName').with(refused, undefined);
    expect(path.entries).toEqual([
      { decision: identity, fields: ['Query.resident', 'Resident.familyName'] },
      { decision: refused, fields: ['Resident.taxArrears'] },
    ]);
  });

  it('is shared by residents decided alike: the same steps from the same start give the same path', () => {
    const start = new DecisionPath();
    const walk = () => start.with(identity, 'Query.resident').with(identity, 'Resident.givenName').with(refused, 'Resident.taxArrears');
    expect(walk()).toBe(walk());
    expect(start.with(identity, 'Resident.givenName').with(identity, 'Query.resident')).not.toBe(walk());
    expect(start.entries).toEqual([]);
  });

  it('keeps a decision taken without a field (an explanation, a lookup) with no fields', () => {
    expect(new DecisionPath().with(refused, undefined).entries).toEqual([{ decision: refused, fields: [] }]);
  });
});
