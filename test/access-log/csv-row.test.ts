import { describe, expect, it } from 'vitest';
import { csvRow } from '../../src/access-log/csv';
import type { ChainedEntry } from '../../src/access-log/entry';

/** An entry whose `reason` is the text under test; every other column empty or fixed. */
function entryWithReason(reason: unknown): ChainedEntry {
  return { seq: 7, item: 0, recordedAt: new Date('2026-12-05T00:00:00Z'), fields: ['a', 'b'], withheldFromSubject: false, reason } as unknown as ChainedEntry;
}

describe('a CSV row of the log export', () => {
  it('writes numbers, dates, lists and booleans as text, missing values empty, CRLF at the end', () => {
    expect(csvRow(entryWithReason(null))).toBe(`7,0,2026-12-05T00:00:00.000Z,,,,,,,,,,,,a b,,,,,,,,false,,\r\n`);
  });

  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['cr\rx', '"cr\rx"'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+81', "'+81"],
    ['-1', "'-1"],
    ['@x', "'@x"],
    ['山田, 太郎', '"山田, 太郎"'],
  ])('quotes and defuses %j as %j', (reason, cell) => {
    const row = csvRow(entryWithReason(reason));
    expect(row).toContain(`,,${cell},,false,,\r\n`);
  });
});
