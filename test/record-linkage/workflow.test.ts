import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Databases } from '../../src/db/databases';
import {
  confirmMatch,
  LinkageInputError,
  linkedResident,
  matchesFor,
  matchEvents,
  MatchStateError,
  MatchStatus,
  proposeMatch,
  rejectMatch,
  reporterReceipt,
  undoMatch,
} from '../../src/record-linkage';
import { DEMO_RESIDENTS } from '../../src/synthetic/demo-cast';
import { openDatabases, sql } from './support';

let databases: Databases;
/** 高橋正雄 as the register holds him. */
let takahashi: { date_of_birth: string; address: string };

beforeAll(async () => {
  databases = await openDatabases();
  [takahashi] = await sql(databases, 'select date_of_birth, address from resident.resident where resident_number = $1', [DEMO_RESIDENTS.fallingBetween]);
});
afterAll(() => databases?.close());

const em = () => databases.em('core');
const ELECTRICITY = 'utility.electricity/customer';

async function refused<T extends Error>(run: Promise<unknown>, type: new (...args: any[]) => T): Promise<T> {
  const error = await run.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(type);
  return error as T;
}

/** 昭和 notation of an ISO date of birth (the demo cast is born in 昭和). */
const showa = (iso: string) => `昭和${+iso.slice(0, 4) - 1925}年${+iso.slice(5, 7)}月${+iso.slice(8, 10)}日`;

describe('a record described in another notation', () => {
  it('is matched automatically to the resident: 高橋正雄 with half-width kana, 和暦 and a hyphenated address', async () => {
    expect(takahashi.address).toBe('みなと県つなぐ市港町5丁目3番 市営港南団地3号棟204号室');
    const request = { sourceKind: ELECTRICITY, sourceId: 'E0000000001', person: { name: '高橋 正雄', nameKana: 'ﾀｶﾊｼ ﾏｻｵ', dateOfBirth: showa(takahashi.date_of_birth), address: '港町5-3-3-204' } };
    const match = await proposeMatch(em(), request);
    expect(match).toMatchObject({ status: MatchStatus.AUTO_MATCHED, residentNumber: DEMO_RESIDENTS.fallingBetween, score: 1, decidedBy: 'system', threshold: 0.85 });
    expect(match.described).toEqual({
      name: { family: '高橋', given: '正雄', full: '高橋正雄' },
      kana: { family: 'タカハシ', given: 'マサオ', full: 'タカハシマサオ' },
      dateOfBirth: takahashi.date_of_birth,
      address: { text: '港町5-3-3-204', town: '港町', lot: [5, 3, 3, 204], building: [] },
      sex: null,
    });
    expect(match.candidates[0]).toMatchObject({ residentNumber: DEMO_RESIDENTS.fallingBetween, score: 1 });
    expect(await linkedResident(em(), ELECTRICITY, 'E0000000001')).toBe(DEMO_RESIDENTS.fallingBetween);
    expect((await matchEvents(em(), match.id)).map((e) => [e.kind, e.by, e.residentNumber, e.note])).toEqual([['AUTO_MATCHED', 'system', '1000000001', 'UNAMBIGUOUS']]);

    // Proposing the same record again returns the open match; the reporter is told the same either way.
    expect((await proposeMatch(em(), request)).id).toBe(match.id);
    expect(reporterReceipt(request)).toEqual(reporterReceipt({ sourceKind: ELECTRICITY, sourceId: 'E0000000001' }));
    expect(Object.keys(reporterReceipt(request)).sort()).toEqual(['message', 'received', 'sourceId', 'sourceKind']);
  });

  it('a wrong match is undone with its reason; the trace stays and a new proposal waits for a person', async () => {
    const [linked] = await matchesFor(em(), ELECTRICITY, 'E0000000001');
    const undone = await undoMatch(em(), linked.id, 'caseworker', '契約者は同名の別人（息子）と判明');
    expect(undone).toMatchObject({ status: MatchStatus.UNDONE, residentNumber: DEMO_RESIDENTS.fallingBetween, decidedBy: 'caseworker' });
    expect(await linkedResident(em(), ELECTRICITY, 'E0000000001')).toBeNull();
    expect((await matchEvents(em(), linked.id)).map((e) => [e.kind, e.by, e.residentNumber, e.note])).toEqual([
      ['AUTO_MATCHED', 'system', '1000000001', 'UNAMBIGUOUS'],
      ['UNDONE', 'caseworker', '1000000001', '契約者は同名の別人（息子）と判明'],
    ]);

    const again = await proposeMatch(em(), { sourceKind: ELECTRICITY, sourceId: 'E0000000001', person: { name: '高橋正雄', nameKana: 'タカハシマサオ', dateOfBirth: takahashi.date_of_birth } });
    expect(again).toMatchObject({ status: MatchStatus.PENDING_REVIEW, residentNumber: null });
    expect(again.candidates.map((c) => c.residentNumber)).toContain(DEMO_RESIDENTS.fallingBetween);
    expect((await matchEvents(em(), again.id)).map((e) => [e.kind, e.note])).toEqual([['QUEUED_FOR_REVIEW', 'PREVIOUSLY_REFUSED']]);
    expect((await matchesFor(em(), ELECTRICITY, 'E0000000001')).map((m) => m.status)).toEqual([MatchStatus.UNDONE, MatchStatus.PENDING_REVIEW]);

    // A staff member who checked decides it is him after all.
    const confirmed = await confirmMatch(em(), again.id, DEMO_RESIDENTS.fallingBetween, 'caseworker');
    expect(confirmed).toMatchObject({ status: MatchStatus.CONFIRMED, residentNumber: DEMO_RESIDENTS.fallingBetween, decidedBy: 'caseworker' });
    expect(confirmed.decidedAt).toBeInstanceOf(Date);
    expect(await linkedResident(em(), ELECTRICITY, 'E0000000001')).toBe(DEMO_RESIDENTS.fallingBetween);
  });

  it('below the threshold it waits; a rejection keeps its note, and a reviewer may link someone the search did not find', async () => {
    const [sasaki] = await sql(databases, 'select family_name_kana, given_name_kana, address from resident.resident where resident_number = $1', [DEMO_RESIDENTS.singleMother]);
    const request = { sourceKind: 'utility.gas/customer', sourceId: 'G0000000002', person: { nameKana: `${sasaki.family_name_kana} ${sasaki.given_name_kana}`, address: sasaki.address } };
    const pending = await proposeMatch(em(), request);
    expect(pending).toMatchObject({ status: MatchStatus.PENDING_REVIEW, residentNumber: null, score: null, decidedBy: null });
    expect(pending.candidates[0]).toMatchObject({ residentNumber: DEMO_RESIDENTS.singleMother });
    expect(pending.candidates[0].agreements.map((a) => `${a.attribute}:${a.outcome}`)).toEqual(['familyNameKana:AGREE', 'givenNameKana:AGREE', 'address:AGREE']);

    expect((await refused(rejectMatch(em(), pending.id, 'caseworker', '  '), LinkageInputError)).messageJa).toBe('理由を記入してください。');
    const rejected = await rejectMatch(em(), pending.id, 'caseworker', '本人確認の結果、候補者はいずれも別人');
    expect(rejected.status).toBe(MatchStatus.REJECTED);
    await refused(confirmMatch(em(), pending.id, DEMO_RESIDENTS.singleMother, 'caseworker'), MatchStateError);

    const next = await proposeMatch(em(), request);
    expect(next.status).toBe(MatchStatus.PENDING_REVIEW);
    const confirmed = await confirmMatch(em(), next.id, DEMO_RESIDENTS.ordinaryTaxpayer, 'caseworker');
    expect(confirmed).toMatchObject({ status: MatchStatus.CONFIRMED, residentNumber: DEMO_RESIDENTS.ordinaryTaxpayer, score: null });
  });

  it('refuses decisions the status or the input does not allow', async () => {
    const match = await proposeMatch(em(), { sourceKind: ELECTRICITY, sourceId: 'E-unknown', person: { name: '存在 しない', dateOfBirth: '1901-01-01' } });
    expect(match).toMatchObject({ status: MatchStatus.PENDING_REVIEW, candidates: [] });
    expect((await refused(undoMatch(em(), match.id, 'caseworker', 'x'), MatchStateError)).message).toBe('A match in status PENDING_REVIEW cannot be undone.');
    await refused(confirmMatch(em(), match.id, '1999999999', 'caseworker'), LinkageInputError);
    await refused(confirmMatch(em(), match.id, DEMO_RESIDENTS.fallingBetween, 'nobody'), LinkageInputError);
    await refused(confirmMatch(em(), match.id, DEMO_RESIDENTS.fallingBetween, 'former-housing-officer'), LinkageInputError);
    await refused(confirmMatch(em(), 'not-a-match', DEMO_RESIDENTS.fallingBetween, 'caseworker'), LinkageInputError);
    await refused(proposeMatch(em(), { sourceKind: ELECTRICITY, sourceId: '', person: { name: '高橋正雄' } }), LinkageInputError);
    expect((await matchesFor(em(), ELECTRICITY, 'E-unknown')).map((m) => m.status)).toEqual([MatchStatus.PENDING_REVIEW]);

    const automatic = await proposeMatch(em(), { sourceKind: ELECTRICITY, sourceId: 'E-auto', person: { name: '高橋正雄', nameKana: 'タカハシ マサオ', dateOfBirth: takahashi.date_of_birth, address: takahashi.address } });
    expect(automatic.status).toBe(MatchStatus.AUTO_MATCHED);
    await refused(confirmMatch(em(), automatic.id, DEMO_RESIDENTS.singleMother, 'caseworker'), MatchStateError);
    await refused(rejectMatch(em(), automatic.id, 'caseworker', 'no'), MatchStateError);
    expect((await confirmMatch(em(), automatic.id, DEMO_RESIDENTS.fallingBetween, 'caseworker')).status).toBe(MatchStatus.CONFIRMED);
  });

  it('keeps the trail append-only in the database', async () => {
    const [event] = await sql(databases, 'select id from linkage.match_event limit 1');
    await expect(sql(databases, `update linkage.match_event set note = 'rewritten' where id = $1`, [event.id])).rejects.toThrow(/append-only: UPDATE refused/);
    await expect(sql(databases, 'delete from linkage.match_event where id = $1', [event.id])).rejects.toThrow(/append-only: DELETE refused/);
    await expect(sql(databases, 'truncate linkage.match_event')).rejects.toThrow(/append-only: TRUNCATE refused/);
  });

  it('leaves namesakes born the same day for a person, with both as candidates', async () => {
    await sql(
      databases,
      `insert into resident.resident (resident_number, household_number, relationship_to_head, family_name, given_name, family_name_kana, given_name_kana, date_of_birth, sex, postal_code, address, dv_protection, registered_on)
       values ('1000099999', '2000099999', 'HEAD', '高橋', '正雄', 'タカハシ', 'マサオ', $1, 'MALE', '389-0002', 'みなと県つなぐ市栄町2丁目1番1号', false, '2020-01-01')`,
      [takahashi.date_of_birth],
    );
    const match = await proposeMatch(em(), { sourceKind: ELECTRICITY, sourceId: 'E-namesake', person: { name: '高橋正雄', nameKana: 'ﾀｶﾊｼﾏｻｵ', dateOfBirth: takahashi.date_of_birth } });
    expect(match.status).toBe(MatchStatus.PENDING_REVIEW);
    expect(match.candidates.slice(0, 2).map((c) => [c.residentNumber, c.score])).toEqual([
      ['1000000001', 0.9],
      ['1000099999', 0.9],
    ]);
    expect((await matchEvents(em(), match.id))[0].note).toBe('AMBIGUOUS');
  });

  it('keeps one open match per source record, even when proposals race', async () => {
    const request = { sourceKind: ELECTRICITY, sourceId: 'E-race', person: { name: '高橋正雄', nameKana: 'ﾀｶﾊｼ ﾏｻｵ', dateOfBirth: '1958-02-14', address: '港町5-3' } };
    const matches = await Promise.all(Array.from({ length: 5 }, () => proposeMatch(em(), request)));
    expect(new Set(matches.map((m) => m.id)).size).toBe(1);
    expect(await matchesFor(em(), ELECTRICITY, 'E-race')).toHaveLength(1);
  });
});
