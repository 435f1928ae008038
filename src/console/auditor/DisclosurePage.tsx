import { useContext, useEffect, useState } from 'react';
import { useClient, type CombinedError, type OperationResult } from 'urql';
import { ConsoleDisclosureReportDocument, type ConsoleDisclosureReportQuery } from '../generated/graphql';
import { formatDate } from '../shell/dates';
import { PreferencesContext, useBilingual, useT } from '../shell/i18n';
import { Problem } from '../shell/Problem';

/** 本人開示: a resident's record of who used their information, as a page to print (or save as PDF from the print dialog). */
export function DisclosurePage({ initialResident }: { initialResident: string }) {
  const t = useT();
  const [resident, setResident] = useState(initialResident);
  const [asked, setAsked] = useState(initialResident);
  return (
    <section aria-labelledby="disclosure-heading">
      <h1 id="disclosure-heading" className="no-print">
        {t('本人開示（利用記録の開示）', 'Disclosure report (本人開示)')}
      </h1>
      <form
        className="filters no-print"
        onSubmit={(event) => {
          event.preventDefault();
          setAsked(resident.trim());
        }}
      >
        <label>
          {t('住民（宛名番号）', 'Resident number')}
          <input name="resident" value={resident} onChange={(e) => setResident(e.target.value)} inputMode="numeric" />
        </label>
        <div className="actions">
          <button type="submit">{t('作成', 'Prepare')}</button>
        </div>
      </form>
      {asked && <Report residentNumber={asked} />}
    </section>
  );
}

type Lines = ConsoleDisclosureReportQuery['disclosureReport']['lines'];

/** Every line of the report, page after page: the printed report has them all. */
function useWholeReport(residentNumber: string): { lines: Lines | null; error?: CombinedError } {
  const client = useClient();
  const [state, setState] = useState<{ lines: Lines | null; error?: CombinedError }>({ lines: null });
  useEffect(() => {
    let cancelled = false;
    (async () => {
      const lines: Lines = [];
      let after = null as string | null;
      for (let page = 0; page < 100; page++) {
        const result: OperationResult<ConsoleDisclosureReportQuery> = await client.query(ConsoleDisclosureReportDocument, { residentNumber, after }).toPromise();
        if (!result.data) return !cancelled && setState({ lines: null, error: result.error });
        lines.push(...result.data.disclosureReport.lines);
        if (!result.data.disclosureReport.hasNextPage) break;
        after = result.data.disclosureReport.endCursor;
      }
      if (!cancelled) setState({ lines });
    })();
    return () => {
      cancelled = true;
    };
  }, [client, residentNumber]);
  return state;
}

function Report({ residentNumber }: { residentNumber: string }) {
  const t = useT();
  const b = useBilingual();
  const { calendar } = useContext(PreferencesContext);
  const { lines, error } = useWholeReport(residentNumber);
  if (!lines) return error ? <Problem error={error} /> : <p>{t('作成中…', 'Preparing…')}</p>;
  const report = { residentNumber, lines };
  return (
    <article className="disclosure">
      <button type="button" className="no-print" onClick={() => window.print()}>
        {t('印刷する', 'Print')}
      </button>
      <h2>{t('あなたの個人情報の利用状況について', 'How your personal information was used')}</h2>
      <p>
        {t('宛名番号', 'Resident number')}: {report.residentNumber}
        <br />
        {t('作成日', 'Prepared on')}: {formatDate(new Date().toISOString(), calendar)}
      </p>
      <p>
        {t(
          'つなぐ市の各機関があなたの個人情報を利用した記録です（個人情報保護法第76条に基づく開示）。',
          "The record of each use of your personal information by Tsunagu City's bodies (disclosure under APPI art. 76).",
        )}
      </p>
      {report.lines.length === 0 ? (
        <p>{t('記録はありません。', 'No use recorded.')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('日時', 'When')}</th>
              <th scope="col">{t('機関・部署', 'Body and unit')}</th>
              <th scope="col">{t('利用目的', 'Purpose')}</th>
              <th scope="col">{t('根拠', 'Basis')}</th>
              <th scope="col">{t('情報の種類', 'Information')}</th>
              <th scope="col">{t('説明', 'Description')}</th>
            </tr>
          </thead>
          <tbody>
            {report.lines.map((line, i) => (
              <tr key={i}>
                <td>{formatDate(line.accessedAt, calendar, true)}</td>
                <td>
                  {line.organisationName} {line.unitName}
                </td>
                <td>{b(line.purposeName)}</td>
                <td>{b(line.basisName)}</td>
                <td>{line.categories.map((c) => b(c.name)).join('、')}</td>
                <td>{b(line.description)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}
