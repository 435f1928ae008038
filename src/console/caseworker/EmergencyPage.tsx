import { useState } from 'react';
import { useMutation } from 'urql';
import { ConsoleDeclareEmergencyDocument, type ConsentDifficulty, type Purpose } from '../generated/graphql';
import { useT } from '../shell/i18n';
import { Link } from '../shell/Link';
import { Problem } from '../shell/Problem';

const DIFFICULTIES: { code: ConsentDifficulty; ja: string; en: string }[] = [
  { code: 'UNREACHABLE', ja: '連絡が取れない', en: 'Cannot be reached' },
  { code: 'INCAPACITATED', ja: '意識不明・判断能力の低下', en: 'Unconscious or unable to decide' },
  { code: 'NO_TIME', ja: '同意を得る時間的余裕がない', en: 'No time to ask' },
  { code: 'REFUSED_WHILE_AT_RISK', ja: '拒否しているが生命等に危険', en: 'Refuses although life is at risk' },
];

const CATEGORIES = ['person.identity', 'person.address', 'housing.arrears', 'utility.arrears', 'utility.supply-stop', 'welfare.public-assistance'];

/** Declaring an emergency (人の生命・身体・財産の保護): reason, why consent is hard to get, categories, hours; the privacy officer reviews it afterwards. */
export function EmergencyPage({ initialResident }: { initialResident: string }) {
  const purpose: Purpose = 'PROTECTION_OF_LIFE_BODY_PROPERTY';
  const t = useT();
  const [resident, setResident] = useState(initialResident);
  const [reason, setReason] = useState('');
  const [difficulty, setDifficulty] = useState<ConsentDifficulty>('UNREACHABLE');
  const [difficultyNote, setDifficultyNote] = useState('');
  const [categories, setCategories] = useState<string[]>(['person.identity', 'person.address']);
  const [hours, setHours] = useState(24);
  const [state, declare] = useMutation(ConsoleDeclareEmergencyDocument);
  const [declared, setDeclared] = useState('');
  return (
    <section aria-labelledby="emergency-heading">
      <h1 id="emergency-heading">{t('緊急時の利用を宣言する', 'Declare an emergency')}</h1>
      <p>{t('人の生命、身体又は財産の保護のために必要で、本人の同意を得ることが困難な場合に限ります。すべての利用は事後に個人情報保護担当が確認します。', 'Only when needed to protect life, body or property and consent is hard to obtain. The privacy officer reviews every use afterwards.')}</p>
      <form
        className="card form"
        onSubmit={async (event) => {
          event.preventDefault();
          const result = await declare({ purpose, input: { residentNumber: resident.trim(), reason: reason.trim(), consentDifficulty: difficulty, consentDifficultyNote: difficultyNote.trim(), categories, hours } });
          if (result.data) setDeclared(result.data.declareEmergency.id ?? '');
        }}
      >
        <label>
          {t('住民（宛名番号）', 'Resident number')}
          <input name="resident" value={resident} onChange={(e) => setResident(e.target.value)} required inputMode="numeric" />
        </label>
        <label>
          {t('理由（具体的な危険）', 'Reason (the danger)')}
          <textarea name="reason" value={reason} onChange={(e) => setReason(e.target.value)} required rows={2} />
        </label>
        <label>
          {t('同意を得ることが困難な理由', 'Why consent is hard to obtain')}
          <select name="difficulty" value={difficulty} onChange={(e) => setDifficulty(e.target.value as ConsentDifficulty)}>
            {DIFFICULTIES.map((d) => (
              <option key={d.code} value={d.code}>
                {t(d.ja, d.en)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('その具体的な状況', 'What happened')}
          <textarea name="difficultyNote" value={difficultyNote} onChange={(e) => setDifficultyNote(e.target.value)} required rows={2} />
        </label>
        <fieldset>
          <legend>{t('必要な情報区分', 'Categories needed')}</legend>
          {CATEGORIES.map((c) => (
            <label key={c} className="inline">
              <input type="checkbox" checked={categories.includes(c)} onChange={(e) => setCategories(e.target.checked ? [...categories, c] : categories.filter((x) => x !== c))} /> {c}
            </label>
          ))}
        </fieldset>
        <label>
          {t('時間', 'Hours')}
          <input type="number" name="hours" min={1} max={72} value={hours} onChange={(e) => setHours(Number(e.target.value))} />
        </label>
        <button type="submit" disabled={state.fetching}>
          {t('宣言する', 'Declare')}
        </button>
        <Problem error={state.error} />
        {declared && (
          <p role="status">
            {t('宣言しました', 'Declared')} ({declared}). <Link to={`resident/${resident.trim()}?purpose=${purpose}`}>{t('住民のページへ', "To the resident's page")}</Link>
          </p>
        )}
      </form>
    </section>
  );
}
