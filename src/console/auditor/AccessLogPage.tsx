import { useContext, useState } from 'react';
import { useClient, useQuery } from 'urql';
import { ConsoleAccessLogDocument, type AccessLogFilter, type ConsoleAccessLogQuery, type LegalBasis } from '../generated/graphql';
import { formatDate } from '../shell/dates';
import { PreferencesContext, useT } from '../shell/i18n';
import { BASES, DECISIONS, PURPOSES, nameOf } from '../shell/labels';
import { Problem } from '../shell/Problem';
import { download, toCsv } from './csv';
import { useCategoryName } from '../shell/categories';

type Entry = ConsoleAccessLogQuery['accessLog']['entries'][number];

interface Form {
  resident: string;
  actor: string;
  unit: string;
  basis: string;
  decision: string;
  from: string;
  to: string;
}

const PAGE_SIZE = 50;

function daysAgo(days: number): string {
  return new Date(Date.now() + 9 * 3600_000 - days * 86_400_000).toISOString().slice(0, 10);
}

/** The form as the hub's filter; dates are days in Japan time, `to` inclusive. */
function filterOf(form: Form): AccessLogFilter {
  return {
    subject: form.resident.trim() || undefined,
    actorCode: form.actor.trim() || undefined,
    unitCode: form.unit.trim() || undefined,
    bases: form.basis ? [form.basis as LegalBasis] : undefined,
    decision: form.decision === 'ALLOWED' || form.decision === 'DENIED' ? form.decision : undefined,
    from: form.from ? new Date(`${form.from}T00:00:00+09:00`).toISOString() : undefined,
    to: form.to ? new Date(new Date(`${form.to}T00:00:00+09:00`).getTime() + 86_400_000).toISOString() : undefined,
  };
}

/** Access-log search (監査): who read which resident's data, when, for which purpose and on what basis. */
export function AccessLogPage({ initial }: { initial: URLSearchParams }) {
  const t = useT();
  const categoryName = useCategoryName();
  const { language, calendar } = useContext(PreferencesContext);
  const client = useClient();
  const [form, setForm] = useState<Form>({
    resident: initial.get('resident') ?? '',
    actor: initial.get('actor') ?? '',
    unit: '',
    basis: '',
    decision: '',
    from: daysAgo(7),
    to: daysAgo(0),
  });
  const [filter, setFilter] = useState<AccessLogFilter>(() => filterOf(form));
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [exporting, setExporting] = useState(false);
  const after = cursors[cursors.length - 1];
  const [{ data, error, fetching }] = useQuery({ query: ConsoleAccessLogDocument, variables: { filter, first: PAGE_SIZE, after } });
  const set = (key: keyof Form) => (event: { target: { value: string } }) => setForm({ ...form, [key]: event.target.value });

  const exportCsv = async () => {
    setExporting(true);
    const rows: Entry[] = [];
    let cursor: string | null = null;
    try {
      for (let page = 0; page < 200; page++) {
        const result = await client.query(ConsoleAccessLogDocument, { filter, first: PAGE_SIZE, after: cursor }).toPromise();
        if (!result.data) break;
        rows.push(...result.data.accessLog.entries);
        if (!result.data.accessLog.hasNextPage) break;
        cursor = result.data.accessLog.endCursor;
      }
      download(
        `access-log-${daysAgo(0)}.csv`,
        toCsv(
          ['seq', 'recordedAt', 'action', 'actorCode', 'actorRole', 'organisationCode', 'unitCode', 'purpose', 'subject', 'category', 'holder', 'decision', 'basis', 'basisRecordId', 'citation', 'reason'],
          rows.map((e) => [e.seq, e.recordedAt, e.action, e.actorCode, e.actorRole, e.organisationCode, e.unitCode, e.purpose, e.subject, e.category, e.holder, e.decision, e.basis, e.basisRecordId, e.citation, e.reason]),
        ),
      );
    } finally {
      setExporting(false);
    }
  };

  return (
    <section aria-labelledby="log-heading">
      <h1 id="log-heading">{t('アクセス記録の検索', 'Access-log search')}</h1>
      <form
        className="filters"
        onSubmit={(event) => {
          event.preventDefault();
          setFilter(filterOf(form));
          setCursors([null]);
        }}
      >
        <label>
          {t('住民（宛名番号）', 'Resident number')}
          <input name="resident" value={form.resident} onChange={set('resident')} inputMode="numeric" />
        </label>
        <label>
          {t('利用者（職員コード）', 'Actor (staff code)')}
          <input name="actor" value={form.actor} onChange={set('actor')} />
        </label>
        <label>
          {t('所属（課コード）', 'Unit code')}
          <input name="unit" value={form.unit} onChange={set('unit')} />
        </label>
        <label>
          {t('根拠', 'Basis')}
          <select name="basis" value={form.basis} onChange={set('basis')}>
            <option value="">{t('すべて', 'Any')}</option>
            {Object.keys(BASES).map((b) => (
              <option key={b} value={b}>
                {nameOf(BASES, b, language)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('判断', 'Decision')}
          <select name="decision" value={form.decision} onChange={set('decision')}>
            <option value="">{t('すべて', 'Any')}</option>
            <option value="ALLOWED">{nameOf(DECISIONS, 'ALLOWED', language)}</option>
            <option value="DENIED">{nameOf(DECISIONS, 'DENIED', language)}</option>
          </select>
        </label>
        <label>
          {t('期間（から）', 'From')}
          <input type="date" name="from" value={form.from} onChange={set('from')} />
        </label>
        <label>
          {t('期間（まで）', 'To')}
          <input type="date" name="to" value={form.to} onChange={set('to')} />
        </label>
        <div className="actions">
          <button type="submit">{t('検索', 'Search')}</button>
          <button type="button" onClick={exportCsv} disabled={exporting}>
            {exporting ? t('書き出し中…', 'Exporting…') : t('CSV 書き出し', 'Export CSV')}
          </button>
        </div>
      </form>
      <Problem error={error} />
      {data && (
        <>
          <p aria-live="polite" className="count">
            {t(`${data.accessLog.totalCount.toLocaleString()} 件`, `${data.accessLog.totalCount.toLocaleString()} entries`)}
          </p>
          <div className="table-wrap">
            <table className="log">
              <caption className="visually-hidden">{t('アクセス記録', 'Access-log entries')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('番号', 'No.')}</th>
                  <th scope="col">{t('日時', 'When')}</th>
                  <th scope="col">{t('利用者', 'Actor')}</th>
                  <th scope="col">{t('所属', 'Unit')}</th>
                  <th scope="col">{t('目的', 'Purpose')}</th>
                  <th scope="col">{t('住民', 'Resident')}</th>
                  <th scope="col">{t('情報区分', 'Category')}</th>
                  <th scope="col">{t('判断', 'Decision')}</th>
                  <th scope="col">{t('根拠', 'Basis')}</th>
                  <th scope="col">{t('条文', 'Article')}</th>
                  <th scope="col">{t('根拠記録', 'Basis record')}</th>
                </tr>
              </thead>
              <tbody>
                {data.accessLog.entries.map((e, i) => (
                  <tr key={`${e.seq}-${i}`} className={e.decision === 'DENIED' ? 'denied' : undefined}>
                    <td>{e.seq}</td>
                    <td>{formatDate(e.recordedAt, calendar, true)}</td>
                    <td>
                      {e.actorCode}
                      <br />
                      <small>{e.actorRole}</small>
                    </td>
                    <td>{e.unitCode}</td>
                    <td>{nameOf(PURPOSES, e.purpose, language)}</td>
                    <td>{e.subject}</td>
                    <td>
                      {categoryName(e.category)}
                      {e.category && categoryName(e.category) !== e.category && (
                        <>
                          <br />
                          <small>
                            <code>{e.category}</code>
                          </small>
                        </>
                      )}
                      {e.holder && (
                        <>
                          <br />
                          <small>{e.holder}</small>
                        </>
                      )}
                    </td>
                    <td>{nameOf(DECISIONS, e.decision, language) || e.action}</td>
                    <td>{nameOf(BASES, e.basis, language)}</td>
                    <td>{e.citation}</td>
                    <td>{e.basisRecordId}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="pager">
            <button type="button" disabled={cursors.length === 1 || fetching} onClick={() => setCursors(cursors.slice(0, -1))}>
              {t('前へ', 'Previous')}
            </button>
            <button type="button" disabled={!data.accessLog.hasNextPage || fetching} onClick={() => setCursors([...cursors, data.accessLog.endCursor])}>
              {t('次へ', 'Next')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
