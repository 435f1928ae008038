import { useState } from 'react';
import { useMutation } from 'urql';
import { ConsoleRecordIntakeConsentDocument, ConsoleRecordTaxConsentDocument, type ConsentMethod, type Purpose, type TaxConsentPurpose } from '../generated/graphql';
import { dayFromToday } from '../shell/dates';
import { useT } from '../shell/i18n';
import { Problem } from '../shell/Problem';

const CONTROLLERS = [
  { code: 'tsunagu-city', ja: 'つなぐ市', en: 'Tsunagu City' },
  { code: 'tsunagu-electric', ja: 'つなぐ電力', en: 'Tsunagu Electric' },
  { code: 'tsunagu-gas', ja: 'つなぐガス', en: 'Tsunagu Gas' },
  { code: 'tsunagu-waterworks', ja: 'つなぐ市水道局', en: 'Tsunagu Waterworks' },
];

const TAX_PURPOSES: { code: TaxConsentPurpose; ja: string; en: string }[] = [
  { code: 'ARREARS_RESOLUTION', ja: '滞納の解消', en: 'Resolving arrears' },
  { code: 'DEBT_RESOLUTION', ja: '債務の整理', en: 'Debt resolution' },
  { code: 'LIFE_REBUILDING', ja: '生活の再建', en: 'Rebuilding daily life' },
];

/** Recording consent from the standard forms: the intake form's consent box, and the tax-information consent form. */
export function ConsentForms({ residentNumber, purpose, onRecorded }: { residentNumber: string; purpose: Purpose; onRecorded: () => void }) {
  const t = useT();
  return (
    <section aria-labelledby="consent-heading" className="no-print">
      <h2 id="consent-heading">{t('同意を記録する', 'Record a consent')}</h2>
      <IntakeForm residentNumber={residentNumber} purpose={purpose} onRecorded={onRecorded} />
      <TaxForm residentNumber={residentNumber} purpose={purpose} onRecorded={onRecorded} />
      <p>{t('書面・電子の同意は証跡（書類番号など）が必要です。口頭の同意は通常の情報区分に限られ、職員の記録が必要です。', 'Written and electronic consent need a reference to the signed form; oral consent covers ordinary categories only and needs your attestation.')}</p>
    </section>
  );
}

function IntakeForm({ residentNumber, purpose, onRecorded }: { residentNumber: string; purpose: Purpose; onRecorded: () => void }) {
  const t = useT();
  const [method, setMethod] = useState<ConsentMethod>('WRITTEN');
  const [evidence, setEvidence] = useState('');
  const [attestation, setAttestation] = useState('');
  const [controllers, setControllers] = useState<string[]>(['tsunagu-city']);
  const [validUntil, setValidUntil] = useState(dayFromToday(365));
  const [state, record] = useMutation(ConsoleRecordIntakeConsentDocument);
  const [done, setDone] = useState(false);
  const oral = method === 'ORAL_IN_PERSON' || method === 'ORAL_BY_PHONE';
  return (
    <form
      className="card form"
      aria-labelledby="intake-heading"
      onSubmit={async (event) => {
        event.preventDefault();
        setDone(false);
        const result = await record({
          purpose,
          input: {
            residentNumber,
            method,
            validFrom: dayFromToday(0),
            validUntil: validUntil || undefined,
            evidenceReference: oral ? undefined : evidence.trim(),
            attestation: oral ? attestation.trim() : undefined,
            dataControllers: controllers,
          },
        });
        if (!result.error) {
          setDone(true);
          onRecorded();
        }
      }}
    >
      <h3 id="intake-heading">{t('相談受付・申込票の同意欄', 'Intake form: the consent box')}</h3>
      <label>
        {t('同意の方法', 'How consent was given')}
        <select name="method" value={method} onChange={(e) => setMethod(e.target.value as ConsentMethod)}>
          <option value="WRITTEN">{t('書面（署名・チェック）', 'Written (signed or ticked)')}</option>
          <option value="ELECTRONIC">{t('電子', 'Electronic')}</option>
          <option value="ORAL_IN_PERSON">{t('口頭（窓口）', 'Oral, at the counter')}</option>
          <option value="ORAL_BY_PHONE">{t('口頭（電話）', 'Oral, by phone')}</option>
        </select>
      </label>
      {oral ? (
        <label>
          {t('職員の記録（話した内容と本人確認の方法）', 'Your attestation (what was said, how identity was checked)')}
          <textarea name="attestation" value={attestation} onChange={(e) => setAttestation(e.target.value)} required rows={2} />
        </label>
      ) : (
        <label>
          {t('証跡（申込票の番号など）', 'Evidence (form number)')}
          <input name="evidence" value={evidence} onChange={(e) => setEvidence(e.target.value)} required placeholder="相談受付・申込票 No.0042" />
        </label>
      )}
      <fieldset>
        <legend>{t('申込票に記載された情報の提供元', 'Bodies named on the form')}</legend>
        {CONTROLLERS.map((c) => (
          <label key={c.code} className="inline">
            <input
              type="checkbox"
              name="controller"
              value={c.code}
              checked={controllers.includes(c.code)}
              onChange={(e) => setControllers(e.target.checked ? [...controllers, c.code] : controllers.filter((x) => x !== c.code))}
            />{' '}
            {t(c.ja, c.en)}
          </label>
        ))}
      </fieldset>
      <label>
        {t('有効期限', 'Valid until')}
        <input type="date" name="validUntil" value={validUntil} onChange={(e) => setValidUntil(e.target.value)} />
      </label>
      <button type="submit" disabled={state.fetching}>
        {t('同意を記録する', 'Record the consent')}
      </button>
      {done && <p role="status">{t('同意を記録しました。', 'Consent recorded.')}</p>}
      <Problem error={state.error} />
    </form>
  );
}

function TaxForm({ residentNumber, purpose, onRecorded }: { residentNumber: string; purpose: Purpose; onRecorded: () => void }) {
  const t = useT();
  const [evidence, setEvidence] = useState('');
  const [purposes, setPurposes] = useState<TaxConsentPurpose[]>(['ARREARS_RESOLUTION']);
  const [explained, setExplained] = useState(false);
  const [state, record] = useMutation(ConsoleRecordTaxConsentDocument);
  const [done, setDone] = useState(false);
  return (
    <form
      className="card form"
      aria-labelledby="tax-heading"
      onSubmit={async (event) => {
        event.preventDefault();
        setDone(false);
        const result = await record({
          purpose,
          input: { residentNumber, method: 'WRITTEN', evidenceReference: evidence.trim(), explanationGiven: explained, purposes, recipients: ['welfare.self-reliance'], validFrom: dayFromToday(0) },
        });
        if (!result.error) {
          setDone(true);
          onRecorded();
        }
      }}
    >
      <h3 id="tax-heading">{t('税情報の利用に関する同意書', 'Tax-information consent form')}</h3>
      <label>
        {t('証跡（同意書の番号など）', 'Evidence (form number)')}
        <input name="taxEvidence" value={evidence} onChange={(e) => setEvidence(e.target.value)} required />
      </label>
      <fieldset>
        <legend>{t('同意書で選ばれた目的', 'Purposes ticked on the form')}</legend>
        {TAX_PURPOSES.map((p) => (
          <label key={p.code} className="inline">
            <input type="checkbox" checked={purposes.includes(p.code)} onChange={(e) => setPurposes(e.target.checked ? [...purposes, p.code] : purposes.filter((x) => x !== p.code))} />{' '}
            {t(p.ja, p.en)}
          </label>
        ))}
      </fieldset>
      <label className="inline">
        <input type="checkbox" checked={explained} onChange={(e) => setExplained(e.target.checked)} />{' '}
        {t('目的外利用・提供について十分に説明した', 'The out-of-purpose use was fully explained')}
      </label>
      <button type="submit" disabled={state.fetching}>
        {t('税情報の同意を記録する', 'Record the tax consent')}
      </button>
      {done && <p role="status">{t('同意を記録しました。', 'Consent recorded.')}</p>}
      <Problem error={state.error} />
    </form>
  );
}
