import { useState } from 'react';
import { useClient } from 'urql';
import { ConsoleLookupDocument, type ConsoleLookupQuery, type Purpose } from '../generated/graphql';
import { useT } from '../shell/i18n';
import { Problem } from '../shell/Problem';

/** The minimal lookup (最小限の照会): has this person consulted a section? Yes, no, or not yours to know — nothing more. */
export function LookupPage({ purpose }: { purpose: Purpose }) {
  const t = useT();
  const client = useClient();
  const [kana, setKana] = useState({ family: '', given: '' });
  const [birth, setBirth] = useState('');
  const [answer, setAnswer] = useState<ConsoleLookupQuery['hasConsulted'] | null>(null);
  const [error, setError] = useState<Parameters<typeof Problem>[0]['error']>();
  return (
    <section aria-labelledby="lookup-heading">
      <h1 id="lookup-heading">{t('相談歴の最小限の照会', 'Minimal lookup')}</h1>
      <form
        className="card form"
        onSubmit={async (event) => {
          event.preventDefault();
          const result = await client
            .query(ConsoleLookupDocument, { purpose, person: { set: 'KANA_NAME_AND_BIRTH_DATE', familyNameKana: kana.family.trim(), givenNameKana: kana.given.trim(), dateOfBirth: birth } })
            .toPromise();
          setAnswer(result.data?.hasConsulted ?? null);
          setError(result.error);
        }}
      >
        <label>
          {t('姓（フリガナ）', 'Family name (katakana)')}
          <input name="familyNameKana" value={kana.family} onChange={(e) => setKana({ ...kana, family: e.target.value })} required />
        </label>
        <label>
          {t('名（フリガナ）', 'Given name (katakana)')}
          <input name="givenNameKana" value={kana.given} onChange={(e) => setKana({ ...kana, given: e.target.value })} required />
        </label>
        <label>
          {t('生年月日', 'Date of birth')}
          <input type="date" name="dateOfBirth" value={birth} onChange={(e) => setBirth(e.target.value)} required />
        </label>
        <button type="submit">{t('照会する', 'Look up')}</button>
      </form>
      {answer && (
        <ul>
          {answer.map((a, i) => (
            <li key={i}>
              {a.sectionName ?? a.section ?? t('（回答できない窓口）', '(a section you may not ask)')}: {a.consulted === null ? t('回答なし', 'no answer') : a.consulted ? t('相談あり', 'has consulted') : t('相談なし', 'has not consulted')}
            </li>
          ))}
        </ul>
      )}
      <Problem error={answer ? undefined : error} />
    </section>
  );
}
