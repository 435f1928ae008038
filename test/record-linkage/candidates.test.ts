import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Databases } from '../../src/db/databases';
import { candidateQuery, findCandidates } from '../../src/record-linkage/candidates';
import { decide, rank } from '../../src/record-linkage/decide';
import { normalisePerson } from '../../src/record-linkage/described-person';
import { MatchStatus } from '../../src/record-linkage/enums';
import { kanaKey } from '../../src/record-linkage/kana';
import { DEFAULT_LINKAGE_OPTIONS } from '../../src/record-linkage/options';
import { scoreCandidate } from '../../src/record-linkage/score';
import { openDatabases, sql } from './support';

let databases: Databases;
beforeAll(async () => {
  databases = await openDatabases();
});
afterAll(() => databases?.close());

const CITIES = DEFAULT_LINKAGE_OPTIONS.cities;

interface RegisteredResident {
  resident_number: string;
  family_name: string;
  given_name: string;
  family_name_kana: string;
  given_name_kana: string;
  date_of_birth: string;
  address: string;
}

/** Half-width katakana, as utility billing systems print it. */
const halfWidth = (katakana: string) => {
  const map: Record<string, string> = {};
  const full = 'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンァィゥェォッャュョー';
  const half = 'ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｧｨｩｪｫｯｬｭｮｰ';
  [...full].forEach((c, i) => (map[c] = half[i]));
  return [...katakana.normalize('NFD')].map((c) => (c === '\u3099' ? 'ﾞ' : c === '\u309A' ? 'ﾟ' : (map[c] ?? c))).join('');
};

/** The register's address as a utility might write it: no prefecture or city, lots hyphenated. */
const hyphenated = (address: string) => address.replace(/^みなと県つなぐ市/, '').replace(/丁目|番地|番(?=\d)/g, '-').replace(/番|号(?!室|棟)/g, '');

describe('candidate search', () => {
  it('computes the kana key in SQL exactly as in JavaScript, for every resident and for the hard cases', async () => {
    const residents = await sql<{ kana: string; key: string }>(databases, `select family_name_kana || given_name_kana as kana, linkage.kana_key(family_name_kana || given_name_kana) as key from resident.resident`);
    expect(residents.length).toBeGreaterThan(1000);
    expect(residents.filter((row) => kanaKey(row.kana) !== row.key)).toEqual([]);
    const samples = ['ヴァイオリン', 'ヴィヴィアン', 'ヴラド', 'ヂヅ', 'ハットリ', 'サトー', 'サトオ', 'オオノ', 'キョウコ', 'ミカヅキ', 'ヲノ', 'ヱイジ', 'ヶ', 'ーアー', 'ユウウ'];
    const fromSql = await sql<{ key: string }>(databases, 'select linkage.kana_key(k) as key from unnest($1::text[]) with ordinality as t(k, n) order by n', [samples]);
    expect(fromSql.map((row) => row.key)).toEqual(samples.map(kanaKey));
  });

  it('reaches each block through its index', async () => {
    const person = normalisePerson({ name: '高橋正雄', nameKana: 'タカハシマサオ', dateOfBirth: '1958-02-14' }, CITIES);
    const query = candidateQuery(person, 200)!;
    const plan: { 'QUERY PLAN': string }[] = await databases.em('core').transactional(async (em) => {
      await em.execute('set local enable_seqscan = off');
      return em.execute(`explain ${query.sql}`, query.params);
    });
    const text = plan.map((row) => row['QUERY PLAN']).join('\n');
    for (const index of ['resident_date_of_birth_index', 'resident_kana_key_index', 'resident_full_name_index']) expect(text).toContain(index);
    expect(text).not.toMatch(/Seq Scan/);
  });

  it('finds residents described in other notations, and times the search on the test municipality', async () => {
    const sample = await sql<RegisteredResident>(
      databases,
      `select resident_number, family_name, given_name, family_name_kana, given_name_kana, date_of_birth, address
         from resident.resident where not dv_protection order by md5(resident_number) limit 300`,
    );
    const em = databases.em('core');
    const times: number[] = [];
    let found = 0;
    let best = 0;
    let automatic = 0;
    for (const resident of sample) {
      const person = normalisePerson(
        {
          name: `${resident.family_name} ${resident.given_name}`,
          nameKana: `${halfWidth(resident.family_name_kana)} ${halfWidth(resident.given_name_kana)}`,
          dateOfBirth: resident.date_of_birth.replace(/-/g, '/'),
          address: hyphenated(resident.address),
        },
        CITIES,
      );
      const started = performance.now();
      const candidates = await findCandidates(em, person, DEFAULT_LINKAGE_OPTIONS.blockLimit);
      const ranked = rank(candidates.map((candidate) => scoreCandidate(person, candidate, CITIES)));
      times.push(performance.now() - started);
      if (ranked.some((candidate) => candidate.residentNumber === resident.resident_number)) found++;
      if (ranked[0]?.residentNumber === resident.resident_number) best++;
      const decision = decide(ranked, DEFAULT_LINKAGE_OPTIONS);
      if (decision.status === MatchStatus.AUTO_MATCHED) {
        automatic++;
        expect(decision.best!.residentNumber).toBe(resident.resident_number);
      }
    }
    times.sort((a, b) => a - b);
    const at = (share: number) => times[Math.min(times.length - 1, Math.floor(share * times.length))];
    const [count] = await sql<{ n: number }>(databases, 'select count(*)::int as n from resident.resident');
    console.log(
      `candidate search + scoring over ${count.n} residents, ${times.length} searches: ` +
        `median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${times[times.length - 1].toFixed(2)} ms; ` +
        `found ${found}, ranked first ${best}, matched automatically ${automatic}`,
    );
    expect(found).toBe(sample.length);
    expect(best).toBe(sample.length);
    expect(automatic).toBeGreaterThanOrEqual(sample.length * 0.95);
    expect(at(0.95)).toBeLessThan(50);
  });
});
