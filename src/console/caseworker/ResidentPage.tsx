import { useContext, type ReactNode } from 'react';
import { useQuery, type CombinedError } from 'urql';
import { ConsoleConsentsDocument, ConsoleExplainDocument, ConsoleResidentDocument, type Purpose } from '../generated/graphql';
import { formatDate, formatYen } from '../shell/dates';
import { PreferencesContext, useBilingual, useT } from '../shell/i18n';
import { BASES, PURPOSES, nameOf } from '../shell/labels';
import { navigate } from '../shell/route';
import { Link } from '../shell/Link';
import { Problem } from '../shell/Problem';
import { ConsentForms } from './ConsentForms';

interface Denial {
  category: string;
  holder: string;
  failures: { basis: string; reason: { ja: string; en: string } }[];
  remedy: { ja: string; en: string };
  message: { ja: string; en: string };
}

/** The refusal of each refused field, by the field's name under `resident` (the hub explains each once, in extensions.accessDenials). */
function refusals(error: CombinedError | undefined, extensions: Record<string, unknown> | undefined): Map<string, Denial> {
  const explanations = (extensions?.accessDenials ?? {}) as Record<string, Denial>;
  const byField = new Map<string, Denial>();
  for (const e of error?.graphQLErrors ?? []) {
    if (e.extensions?.code !== 'ACCESS_DENIED' || !e.path || e.path[0] !== 'resident') continue;
    const explanation = explanations[String(e.extensions.denial)];
    const field = String(e.path[1] ?? '');
    if (explanation && !byField.has(field)) byField.set(field, explanation);
  }
  return byField;
}

/** A resident as the caseworker may see them: each value shown, or why it is not and what would make it lawful. */
export function ResidentPage({ residentNumber, purpose, purposes }: { residentNumber: string; purpose: Purpose; purposes: Purpose[] }) {
  const t = useT();
  const { language, calendar } = useContext(PreferencesContext);
  const [resident, refetchResident] = useQuery({ query: ConsoleResidentDocument, variables: { residentNumber, purpose } });
  const [explained, refetchExplained] = useQuery({ query: ConsoleExplainDocument, variables: { residentNumber, purpose } });
  const [consents, refetchConsents] = useQuery({ query: ConsoleConsentsDocument, variables: { residentNumber, purpose } });
  const refresh = () => {
    refetchResident({ requestPolicy: 'network-only' });
    refetchExplained({ requestPolicy: 'network-only' });
    refetchConsents({ requestPolicy: 'network-only' });
  };
  const r = resident.data?.resident;
  const refused = refusals(resident.error, resident.extensions as Record<string, unknown> | undefined);
  const otherErrors = resident.error && resident.error.graphQLErrors.some((e) => e.extensions?.code !== 'ACCESS_DENIED') ? resident.error : undefined;
  const yen = (n: number | null) => formatYen(n, language);
  const date = (d: string | null | undefined) => formatDate(d, calendar);

  const field = (name: string, label: string, value: ReactNode, present: boolean) => (
    <Field key={name} name={name} label={label} refusal={refused.get(name)} present={present}>
      {value}
    </Field>
  );

  return (
    <section aria-labelledby="resident-heading">
      <h1 id="resident-heading">
        {t('住民', 'Resident')} {residentNumber}
        {r?.familyName && ` — ${r.familyName} ${r.givenName ?? ''}`}
      </h1>
      <label className="no-print">
        {t('利用目的', 'Purpose')}{' '}
        <select value={purpose} onChange={(e) => navigate(`resident/${residentNumber}?purpose=${e.target.value}`)}>
          {purposes.map((p) => (
            <option key={p} value={p}>
              {nameOf(PURPOSES, p, language)}
            </option>
          ))}
        </select>
      </label>
      <p className="links no-print">
        <Link to={`emergency?resident=${residentNumber}`}>{t('緊急時の利用を宣言する', 'Declare an emergency')}</Link>
        {' ・ '}
        <Link to={`referral?resident=${residentNumber}`}>{t('気になる事案として支援会議に提供する', 'Refer to the support meeting')}</Link>
      </p>
      <Problem error={otherErrors} />
      {resident.fetching && !r && <p>{t('読み込み中…', 'Loading…')}</p>}
      {refused.has('') && (
        <dl className="resident">
          <Field name="resident" label={t('この住民', 'This resident')} refusal={refused.get('')} present={false}>
            {null}
          </Field>
        </dl>
      )}
      {r && (
        <dl className="resident">
          {field('familyName', t('氏名', 'Name'), `${r?.familyName ?? ''} ${r?.givenName ?? ''}（${r?.familyNameKana ?? ''} ${r?.givenNameKana ?? ''}）`, !!r?.familyName)}
          {field('dateOfBirth', t('生年月日', 'Date of birth'), date(r?.dateOfBirth), !!r?.dateOfBirth)}
          {field('address', t('住所', 'Address'), r?.address, !!r?.address)}
          {field(
            'selfRelianceCases',
            t('自立相談支援', 'Self-reliance support'),
            r?.selfRelianceCases?.map((c) => `${c.caseNumber} ${c.status} ${date(c.intakeOn)} ${(c.mainConcerns ?? []).join('・')}`).join(' / ') || t('なし', 'none'),
            !!r?.selfRelianceCases,
          )}
          {field(
            'housingSecurityBenefits',
            t('住居確保給付金', 'Housing security benefit'),
            r?.housingSecurityBenefits?.map((b) => `${b.status} ${yen(b.monthlyAmountYen)}/${t('月', 'month')} ${date(b.periodStart)}–${date(b.periodEnd)}`).join(' / ') || t('なし', 'none'),
            !!r?.housingSecurityBenefits,
          )}
          {field(
            'publicHousingTenancies',
            t('市営住宅', 'Public housing'),
            r?.publicHousingTenancies?.map((h) => `${h.estateName} ${h.building} ${h.unitNumber} ${t('家賃', 'rent')} ${yen(h.monthlyRentYen)}`).join(' / ') || t('なし', 'none'),
            !!r?.publicHousingTenancies,
          )}
          {field(
            'rentArrears',
            t('家賃の滞納', 'Rent arrears'),
            r?.rentArrears?.map((a) => `${a.monthsInArrears}${t('か月', ' months')} ${yen(a.amountYen)}（${date(a.since)}${t('から', ' on')}）`).join(' / ') || t('なし', 'none'),
            !!r?.rentArrears,
          )}
          {field('taxArrears', t('税の滞納', 'Tax arrears'), r?.taxArrears?.map((a) => `${a.taxType} ${a.fiscalYear} ${yen(a.amountYen)}`).join(' / ') || t('なし', 'none'), !!r?.taxArrears)}
          {field('nhiArrears', t('国保税（料）の滞納', 'NHI arrears'), r?.nhiArrears?.map((a) => `${a.fiscalYear} ${yen(a.amountYen)}`).join(' / ') || t('なし', 'none'), !!r?.nhiArrears)}
          {field(
            'electricity',
            t('電気', 'Electricity'),
            r?.electricity?.map((u) => [...(u.arrears ?? []).map((a) => `${t('滞納', 'arrears')} ${a.monthsInArrears}${t('か月', ' months')} ${yen(a.amountYen)}`), ...(u.supplyStopNotices ?? []).map((s) => `${t('供給停止予定', 'stop on')} ${date(s.scheduledStopOn)}`)].join('、')).join(' / ') || t('なし', 'none'),
            !!r?.electricity,
          )}
          {field(
            'gas',
            t('ガス', 'Gas'),
            r?.gas?.map((u) => [...(u.arrears ?? []).map((a) => `${t('滞納', 'arrears')} ${a.monthsInArrears}${t('か月', ' months')} ${yen(a.amountYen)}`), ...(u.supplyStopNotices ?? []).map((s) => `${t('供給停止予定', 'stop on')} ${date(s.scheduledStopOn)}`)].join('、')).join(' / ') || t('なし', 'none'),
            !!r?.gas,
          )}
        </dl>
      )}

      <h2>{t('閲覧できる情報と根拠', 'What may be seen, and on what basis')}</h2>
      <Problem error={explained.error} />
      {explained.data && (
        <details>
          <summary>
            {t('情報区分ごとの可否', 'Each category')}: {t('可', 'may see')} {explained.data.explainAccess.filter((e) => e.allowed).length} / {t('不可', 'may not')}{' '}
            {explained.data.explainAccess.filter((e) => !e.allowed).length}
          </summary>
        <table className="explain">
          <thead>
            <tr>
              <th scope="col">{t('情報区分', 'Category')}</th>
              <th scope="col">{t('保有部署', 'Held by')}</th>
              <th scope="col">{t('可否', 'May see')}</th>
              <th scope="col">{t('根拠・条文', 'Basis and article')}</th>
            </tr>
          </thead>
          <tbody>
            {explained.data.explainAccess.map((e) => (
              <tr key={`${e.category}/${e.holder}`} className={e.allowed ? undefined : 'denied'}>
                <td>{e.category}</td>
                <td>{e.holder}</td>
                <td>{e.allowed ? t('可', 'yes') : t('不可', 'no')}</td>
                <td>
                  {e.allowed ? `${nameOf(BASES, e.basis, language)} — ${e.citation?.[language] ?? ''}` : e.remedy?.[language]}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        </details>
      )}

      <ConsentForms residentNumber={residentNumber} purpose={purpose} onRecorded={refresh} />

      <h2>{t('この住民の同意と履歴', "This resident's consents and their history")}</h2>
      <Problem error={consents.error} />
      {consents.data?.consents.length === 0 && <p>{t('同意の記録はありません。', 'No consent recorded.')}</p>}
      <ul className="consents">
        {consents.data?.consents.map((c) => (
          <li key={c.id} className="card">
            <strong>{c.form}</strong> {c.method} {c.evidenceReference} — {date(c.validFrom)}–{date(c.validUntil)}
            {c.withdrawnAt && ` (${t('撤回', 'withdrawn')} ${formatDate(c.withdrawnAt, calendar)})`}
            <br />
            <small>{c.categories?.join(', ')}</small>
            <ol className="history">
              {c.history?.map((h, i) => (
                <li key={i}>
                  {formatDate(h.at, calendar, true)} {h.kind} {h.by} {h.note}
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Field({ name, label, refusal, present, children }: { name: string; label: string; refusal?: Denial; present: boolean; children: ReactNode }) {
  const t = useT();
  const b = useBilingual();
  const { language } = useContext(PreferencesContext);
  return (
    <div className={refusal ? 'field refused' : 'field'} data-field={name}>
      <dt>{label}</dt>
      <dd>
        {refusal ? (
          <div className="refusal">
            <p>
              <strong>{t('この情報は表示できません。', 'You may not see this information.')}</strong>
            </p>
            <p className="remedy">
              {t('閲覧するには', 'To see it')}: {b(refusal.remedy)}
            </p>
            <details>
              <summary>{t('理由の詳細', 'Why, in detail')}</summary>
              <p>{b(refusal.message)}</p>
              <ul>
                {refusal.failures.map((f) => (
                  <li key={f.basis}>
                    {nameOf(BASES, f.basis, language)}: {b(f.reason)}
                  </li>
                ))}
              </ul>
            </details>
          </div>
        ) : present ? (
          children
        ) : (
          t('なし', 'none')
        )}
      </dd>
    </div>
  );
}
