import { useContext, useState } from 'react';
import { useQuery } from 'urql';
import { ConsoleCaseloadDocument, type Purpose } from '../generated/graphql';
import { formatDate } from '../shell/dates';
import { PreferencesContext, useT } from '../shell/i18n';
import { Link } from '../shell/Link';
import { Problem } from '../shell/Problem';

const KEY = 'tsunagu.console.caseload';
const DEMO_CASELOAD = ['1000000001', '1000000002', '1000000005'];

/** The caseload: the residents the caseworker follows (kept in this browser), each as the hub lets them be seen. */
export function CaseloadPage({ purpose }: { purpose: Purpose }) {
  const t = useT();
  const { calendar } = useContext(PreferencesContext);
  const [numbers, setNumbers] = useState<string[]>(() => JSON.parse(localStorage.getItem(KEY) ?? 'null') ?? DEMO_CASELOAD);
  const [adding, setAdding] = useState('');
  const [{ data, error }] = useQuery({ query: ConsoleCaseloadDocument, variables: { residentNumbers: numbers, purpose } });
  const save = (next: string[]) => {
    localStorage.setItem(KEY, JSON.stringify(next));
    setNumbers(next);
  };
  const deniedAt = new Set((error?.graphQLErrors ?? []).filter((e) => e.extensions?.code === 'ACCESS_DENIED').map((e) => `${e.path?.[1]}/${e.path?.[2]}`));
  return (
    <section aria-labelledby="caseload-heading">
      <h1 id="caseload-heading">{t('担当ケース', 'Caseload')}</h1>
      <form
        className="filters"
        onSubmit={(event) => {
          event.preventDefault();
          const n = adding.trim();
          if (n && !numbers.includes(n)) save([...numbers, n]);
          setAdding('');
        }}
      >
        <label>
          {t('宛名番号を追加', 'Add a resident number')}
          <input name="add" value={adding} onChange={(e) => setAdding(e.target.value)} inputMode="numeric" />
        </label>
        <div className="actions">
          <button type="submit">{t('追加', 'Add')}</button>
        </div>
      </form>
      <Problem error={error && !data ? error : undefined} />
      <table>
        <thead>
          <tr>
            <th scope="col">{t('宛名番号', 'Resident number')}</th>
            <th scope="col">{t('氏名', 'Name')}</th>
            <th scope="col">{t('生年月日', 'Date of birth')}</th>
            <th scope="col">{t('自立相談支援', 'Self-reliance support')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('操作', 'Actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {numbers.map((n, i) => {
            const r = data?.residents[i];
            const refused = (field: string) => (deniedAt.has(`${i}/${field}`) ? t('（閲覧不可）', '(not visible)') : '');
            return (
              <tr key={n}>
                <td>
                  <Link to={`resident/${n}`}>{n}</Link>
                </td>
                <td>{r?.familyName ? `${r.familyName} ${r.givenName ?? ''}` : refused('familyName')}</td>
                <td>{r?.dateOfBirth ? formatDate(r.dateOfBirth, calendar) : refused('dateOfBirth')}</td>
                <td>{r?.selfRelianceCases ? r.selfRelianceCases.map((c) => `${c.status} ${formatDate(c.intakeOn, calendar)}`).join(' / ') || t('なし', 'none') : refused('selfRelianceCases')}</td>
                <td>
                  <button type="button" onClick={() => save(numbers.filter((x) => x !== n))}>
                    {t('外す', 'Remove')}
                    <span className="visually-hidden"> {n}</span>
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
