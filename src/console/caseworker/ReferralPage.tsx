import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { ConsoleReferCaseDocument, ConsoleSupportMeetingsDocument, type Purpose } from '../generated/graphql';
import { useT } from '../shell/i18n';
import { Problem } from '../shell/Problem';

/** 気になる事案: a unit tells the support meeting's secretariat what it saw (生活困窮者自立支援法 §9), within the meeting's scope. */
export function ReferralPage({ purpose, initialResident }: { purpose: Purpose; initialResident: string }) {
  const t = useT();
  const [meetings] = useQuery({ query: ConsoleSupportMeetingsDocument });
  const [resident, setResident] = useState(initialResident);
  const [meetingId, setMeetingId] = useState('');
  const [category, setCategory] = useState('');
  const [summary, setSummary] = useState('');
  const [state, refer] = useMutation(ConsoleReferCaseDocument);
  const [sent, setSent] = useState('');
  const meeting = meetings.data?.supportMeetings.find((m) => m.id === meetingId) ?? meetings.data?.supportMeetings[0];
  return (
    <section aria-labelledby="referral-heading">
      <h1 id="referral-heading">{t('気になる事案を支援会議に提供する', 'Refer a case to the support meeting')}</h1>
      <Problem error={meetings.error} />
      <form
        className="card form"
        onSubmit={async (event) => {
          event.preventDefault();
          if (!meeting) return;
          const result = await refer({ purpose, input: { residentNumber: resident.trim(), meetingId: meeting.id, facts: [{ category: category || meeting.scopeCategories[0], summary: summary.trim() }] } });
          if (result.data) setSent(result.data.referConcerningCase.id);
        }}
      >
        <label>
          {t('住民（宛名番号）', 'Resident number')}
          <input name="resident" value={resident} onChange={(e) => setResident(e.target.value)} required inputMode="numeric" />
        </label>
        <label>
          {t('支援会議', 'Support meeting')}
          <select name="meeting" value={meeting?.id ?? ''} onChange={(e) => setMeetingId(e.target.value)}>
            {meetings.data?.supportMeetings.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('情報区分（会議の範囲内）', 'Category (within the meeting’s scope)')}
          <select name="category" value={category} onChange={(e) => setCategory(e.target.value)}>
            {meeting?.scopeCategories.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('気になった事実（必要最小限）', 'What you saw (no more than needed)')}
          <textarea name="summary" value={summary} onChange={(e) => setSummary(e.target.value)} required rows={3} />
        </label>
        <button type="submit" disabled={state.fetching || !meeting}>
          {t('提供する', 'Refer')}
        </button>
        <Problem error={state.error} />
        {sent && <p role="status">{t(`提供しました（${sent}）。`, `Referred (${sent}).`)}</p>}
      </form>
    </section>
  );
}
