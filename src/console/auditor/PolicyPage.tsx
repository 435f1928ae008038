import { useContext, useState } from 'react';
import { useQuery } from 'urql';
import { ConsolePolicyHistoryDocument, type ConsolePolicyHistoryQuery } from '../generated/graphql';
import { formatDate } from '../shell/dates';
import { PreferencesContext, useT } from '../shell/i18n';
import { Problem } from '../shell/Problem';

type Version = ConsolePolicyHistoryQuery['policyHistory'][number];

const ROWS: { ja: string; en: string; value: (v: Version) => string }[] = [
  { ja: '緊急時の利用の上限（時間）', en: 'Emergency: longest (hours)', value: (v) => String(v.emergencyMaxHours) },
  { ja: '緊急時の事後確認期限（日）', en: 'Emergency: review within (days)', value: (v) => String(v.emergencyReviewDays) },
  { ja: '国保の賦課方式', en: 'NHI levied as', value: (v) => v.nhiLevy },
  { ja: '公的機関の生命等保護', en: 'Public organs: protection of life', value: (v) => String(v.publicOrganLifeProtection) },
  { ja: '緊急時の税情報', en: 'Tax data in an emergency', value: (v) => String(v.taxInEmergency) },
  { ja: '支援会議での税情報', en: 'Tax data via a support meeting', value: (v) => String(v.taxViaSupportMeeting) },
  { ja: '情報区分ごとの利用目的', en: 'Purposes by category', value: (v) => v.categoryPurposes.map((c) => `${c.category}: ${c.purposes.join(', ')}`).join('\n') },
  { ja: '目的ごとの税情報の項目', en: 'Tax fields by purpose', value: (v) => v.taxFieldsByPurpose.map((p) => `${p.purpose}: ${p.fields.join(', ')}`).join('\n') },
  { ja: '変更理由', en: 'Reason', value: (v) => v.reason ?? '' },
  { ja: '変更者', en: 'Changed by', value: (v) => v.changedBy ?? '' },
];

/** The municipality's policy versions, two side by side, differences marked. */
export function PolicyPage() {
  const t = useT();
  const { calendar } = useContext(PreferencesContext);
  const [{ data, error }] = useQuery({ query: ConsolePolicyHistoryDocument });
  const versions = [...(data?.policyHistory ?? [])].sort((a, b) => a.version - b.version);
  const [picked, setPicked] = useState<[number, number] | null>(null);
  if (!data) return <Problem error={error} />;
  if (versions.length === 0)
    return (
      <section aria-labelledby="policy-heading">
        <h1 id="policy-heading">{t('運用方針の版の比較', 'Policy versions side by side')}</h1>
        <p>{t('運用方針はまだ変更されていません（法令どおりの既定の方針）。', 'The policy has not been changed yet: the defaults the law sets apply.')}</p>
      </section>
    );
  const [left, right] = picked ?? [versions[Math.max(0, versions.length - 2)]?.version ?? 0, versions[versions.length - 1]?.version ?? 0];
  const a = versions.find((v) => v.version === left);
  const b = versions.find((v) => v.version === right);
  const chooser = (value: number, onChange: (n: number) => void, label: string) => (
    <label>
      {label}{' '}
      <select value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {versions.map((v) => (
          <option key={v.version} value={v.version}>
            {t(`第${v.version}版`, `Version ${v.version}`)} {formatDate(v.changedAt, calendar)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section aria-labelledby="policy-heading">
      <h1 id="policy-heading">{t('運用方針の版の比較', 'Policy versions side by side')}</h1>
      <div className="filters">
        {chooser(left, (n) => setPicked([n, right]), t('左', 'Left'))}
        {chooser(right, (n) => setPicked([left, n]), t('右', 'Right'))}
      </div>
      {a && b && (
        <table className="compare">
          <thead>
            <tr>
              <th scope="col">{t('項目', 'Setting')}</th>
              <th scope="col">{t(`第${a.version}版`, `Version ${a.version}`)}</th>
              <th scope="col">{t(`第${b.version}版`, `Version ${b.version}`)}</th>
            </tr>
          </thead>
          <tbody>
            {ROWS.map((row) => {
              const [x, y] = [row.value(a), row.value(b)];
              return (
                <tr key={row.en} className={x !== y ? 'changed' : undefined}>
                  <th scope="row">
                    {t(row.ja, row.en)}
                    {x !== y && <span className="badge">{t('変更', 'changed')}</span>}
                  </th>
                  <td className="pre">{x}</td>
                  <td className="pre">{y}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
