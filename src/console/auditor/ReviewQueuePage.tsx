import { useContext, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import {
  ConsoleConsentHistoryDocument,
  ConsoleConsentQueueDocument,
  ConsoleEmergencyQueueDocument,
  ConsoleReviewConsentDocument,
  ConsoleReviewEmergencyDocument,
  type ReviewOutcome,
  type ReviewStatus,
} from '../generated/graphql';
import { formatDate } from '../shell/dates';
import { PreferencesContext, useT } from '../shell/i18n';
import { REVIEW_STATUSES, nameOf } from '../shell/labels';
import { Problem } from '../shell/Problem';
import { useCategoryName } from '../shell/categories';

interface Item {
  reviewKey: string;
  status: string;
  overdue: boolean;
  dueAt: string;
  accesses: number;
  subjects: string[];
  categories: string[];
  actors: string[];
  organisations: string[];
  firstAt: string;
  lastAt: string;
  reviews: { outcome: string; note: string; reviewedAt: string; reviewerCode: string }[];
}

/** 事後確認: emergency accesses (個人情報保護法 §69(2)(iv) and §27(1)(ii)) and consents, signed off with a required comment. */
export function ReviewQueuePage() {
  const t = useT();
  const [statuses, setStatuses] = useState<ReviewStatus[]>(['PENDING']);
  const [emergencies, refetchEmergencies] = useQuery({ query: ConsoleEmergencyQueueDocument, variables: { statuses } });
  const [consents, refetchConsents] = useQuery({ query: ConsoleConsentQueueDocument, variables: { statuses } });
  const [, reviewEmergency] = useMutation(ConsoleReviewEmergencyDocument);
  const [, reviewConsent] = useMutation(ConsoleReviewConsentDocument);
  const emergencyItems: Item[] = (emergencies.data?.emergencyReviewQueue ?? []).map((i) => ({ ...i, reviews: i.lastReview ? [i.lastReview] : [] }));
  const consentItems: Item[] = consents.data?.consentReviewQueue ?? [];

  return (
    <section aria-labelledby="review-heading">
      <h1 id="review-heading">{t('事後確認', 'Review queue')}</h1>
      <label>
        {t('表示する状態', 'Show')}{' '}
        <select value={statuses.join(',')} onChange={(e) => setStatuses(e.target.value.split(',') as ReviewStatus[])}>
          <option value="PENDING">{t('確認待ち', 'Pending')}</option>
          <option value="PENDING,FLAGGED,SIGNED_OFF">{t('すべて', 'All')}</option>
        </select>
      </label>
      <h2>{t('緊急時の利用', 'Emergency accesses')}</h2>
      <Problem error={emergencies.error} />
      <Queue
        items={emergencyItems}
        kind="emergency"
        review={async (key, outcome, note) => {
          const result = await reviewEmergency({ reviewKey: key, outcome, note });
          refetchEmergencies({ requestPolicy: 'network-only' });
          return result.error;
        }}
      />
      <h2>{t('本人同意', 'Consents')}</h2>
      <Problem error={consents.error} />
      <Queue
        items={consentItems}
        kind="consent"
        review={async (key, outcome, note) => {
          const result = await reviewConsent({ reviewKey: key, outcome, note });
          refetchConsents({ requestPolicy: 'network-only' });
          return result.error;
        }}
      />
    </section>
  );
}

function Queue({ items, kind, review }: { items: Item[]; kind: string; review: (key: string, outcome: ReviewOutcome, note: string) => Promise<unknown> }) {
  const t = useT();
  if (items.length === 0) return <p>{t('該当なし', 'Nothing to review')}</p>;
  return (
    <ul className="queue">
      {items.map((item) => (
        <QueueItem key={item.reviewKey} item={item} kind={kind} review={review} />
      ))}
    </ul>
  );
}

function QueueItem({ item, kind, review }: { item: Item; kind: string; review: (key: string, outcome: ReviewOutcome, note: string) => Promise<unknown> }) {
  const t = useT();
  const { language, calendar } = useContext(PreferencesContext);
  const categoryName = useCategoryName();
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<unknown>();
  const [tried, setTried] = useState(false);
  const noteId = `note-${kind}-${item.reviewKey}`;
  const submit = async (outcome: ReviewOutcome) => {
    setTried(true);
    if (!note.trim()) return;
    setProblem(await review(item.reviewKey, outcome, note.trim()));
  };
  return (
    <li className={`card${item.overdue ? ' overdue' : ''}`} data-review-key={item.reviewKey}>
      <h3>
        {nameOf(REVIEW_STATUSES, item.status, language)} — <code>{item.reviewKey}</code>
        {item.overdue && <span className="badge">{t('期限超過', 'Overdue')}</span>}
      </h3>
      <dl>
        <dt>{t('期限', 'Due')}</dt>
        <dd>{formatDate(item.dueAt, calendar, true)}</dd>
        <dt>{t('利用', 'Accesses')}</dt>
        <dd>
          {item.accesses} ({formatDate(item.firstAt, calendar, true)} – {formatDate(item.lastAt, calendar, true)})
        </dd>
        <dt>{t('住民', 'Residents')}</dt>
        <dd>{item.subjects.join(', ')}</dd>
        <dt>{t('情報区分', 'Categories')}</dt>
        <dd>{item.categories.map(categoryName).join('、')}</dd>
        <dt>{t('利用者', 'Actors')}</dt>
        <dd>{item.actors.join(', ')}</dd>
      </dl>
      {kind === 'consent' && <ConsentHistory consentId={item.reviewKey} />}
      {item.reviews.length > 0 && (
        <ol className="history" aria-label={t('確認の履歴', 'Review history')}>
          {item.reviews.map((r, i) => (
            <li key={i}>
              {formatDate(r.reviewedAt, calendar, true)} {r.reviewerCode}: {nameOf(REVIEW_STATUSES, r.outcome, language)} — {r.note}
            </li>
          ))}
        </ol>
      )}
      {item.status !== 'SIGNED_OFF' && (
        <div className="review-form">
          <label htmlFor={noteId}>{t('確認コメント（必須）', 'Comment (required)')}</label>
          <textarea id={noteId} required aria-invalid={tried && !note.trim()} value={note} onChange={(e) => setNote(e.target.value)} rows={2} />
          {tried && !note.trim() && <p role="alert">{t('コメントを入力してください。', 'Write a comment.')}</p>}
          <button type="button" onClick={() => submit('SIGN_OFF')}>
            {t('確認済みにする', 'Sign off')}
          </button>{' '}
          <button type="button" onClick={() => submit('FLAG')}>
            {t('要調査とする', 'Flag')}
          </button>
          {problem ? <Problem error={problem as never} /> : null}
        </div>
      )}
    </li>
  );
}

const CONSENT_EVENTS: Record<string, { ja: string; en: string }> = {
  CONSENT_RECORDED: { ja: '同意の記録', en: 'Recorded' },
  CONSENT_CONFIRMED: { ja: '確認', en: 'Confirmed' },
  CONSENT_RENEWED: { ja: '更新', en: 'Renewed' },
  CONSENT_WITHDRAWN: { ja: '撤回', en: 'Withdrawn' },
};

/** The consent's events from the access log, read when the officer opens them (the search is itself logged). */
function ConsentHistory({ consentId }: { consentId: string }) {
  const t = useT();
  const { language, calendar } = useContext(PreferencesContext);
  const [open, setOpen] = useState(false);
  const [history] = useQuery({ query: ConsoleConsentHistoryDocument, variables: { basisRecordId: consentId }, pause: !open });
  // A request's entries share a seq: one event per seq and action.
  const events = [...new Map((history.data?.accessLog.entries ?? []).map((e) => [`${e.seq}:${e.action}`, e])).values()].sort((a, b) => a.seq - b.seq);
  return (
    <details className="consent-history" onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>{t('同意の履歴', 'Consent history')}</summary>
      <Problem error={history.error} />
      {open && !history.fetching && events.length === 0 && <p>{t('履歴はありません', 'No events')}</p>}
      <ol aria-label={t('同意の履歴', 'Consent history')}>
        {events.map((e) => (
          <li key={`${e.seq}:${e.action}`}>
            {formatDate(e.recordedAt, calendar, true)} {CONSENT_EVENTS[e.action]?.[language] ?? e.action} — {e.actorCode} ({e.unitCode})
            {(language === 'ja' ? e.reasonJa ?? e.reason : e.reason) ? `: ${language === 'ja' ? e.reasonJa ?? e.reason : e.reason}` : ''}
          </li>
        ))}
      </ol>
    </details>
  );
}
