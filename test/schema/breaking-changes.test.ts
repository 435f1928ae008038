import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACKNOWLEDGEMENTS, compareWithRelease, parseAcknowledgements, passes, RELEASED_SCHEMA } from '../../src/server/breaking-changes';

describe(`schema/schema.graphql against the released schema (${RELEASED_SCHEMA})`, () => {
  it(`has no breaking change that is not acknowledged, with a reason, in ${ACKNOWLEDGEMENTS} (npm run schema:check)`, () => {
    const comparison = compareWithRelease(readFileSync(RELEASED_SCHEMA, 'utf8'), readFileSync('schema/schema.graphql', 'utf8'), parseAcknowledgements(readFileSync(ACKNOWLEDGEMENTS, 'utf8')));
    expect(comparison.unacknowledged, 'breaking changes').toEqual([]);
    expect(comparison.stale, 'acknowledgements of changes that do not occur').toEqual([]);
    expect(comparison.unexplained, 'acknowledgements without a reason').toEqual([]);
  });
});

describe('the compatibility check', () => {
  const released = `type Query {
  "A resident."
  resident(residentNumber: ID!, purpose: Purpose!): Resident
}
enum Purpose { AUDIT HOUSING }
type Resident { familyName: String address: String }`;

  it('passes additions', () => {
    const added = released.replace('address: String', 'address: String postalCode: String');
    expect(passes(compareWithRelease(released, added, []))).toBe(true);
  });

  it('fails a removed field, a removed enum value and a new required argument', () => {
    const current = released.replace(' address: String', '').replace(' HOUSING', '').replace('purpose: Purpose!)', 'purpose: Purpose!, reason: String!)');
    const comparison = compareWithRelease(released, current, []);
    expect(passes(comparison)).toBe(false);
    expect(comparison.unacknowledged.map((c) => c.type).sort()).toEqual(['FIELD_REMOVED', 'REQUIRED_ARG_ADDED', 'VALUE_REMOVED_FROM_ENUM']);
  });

  it('passes a breaking change acknowledged with a reason, and only that one', () => {
    const current = released.replace(' address: String', '');
    const acknowledgement = { type: 'FIELD_REMOVED', description: 'Resident.address was removed.', reason: 'Replaced by Resident.addressLines; dashboards told on 2026-04-01.' };
    expect(passes(compareWithRelease(released, current, [acknowledgement]))).toBe(true);
    expect(passes(compareWithRelease(released, current, [{ ...acknowledgement, reason: ' ' }]))).toBe(false);
    expect(compareWithRelease(released, released, [acknowledgement]).stale).toEqual([acknowledgement]);
  });

  it('warns of dangerous changes without failing', () => {
    const current = released.replace('AUDIT HOUSING', 'AUDIT HOUSING TAX');
    const comparison = compareWithRelease(released, current, []);
    expect(passes(comparison)).toBe(true);
    expect(comparison.dangerous.map((c) => c.type)).toEqual(['VALUE_ADDED_TO_ENUM']);
  });
});
