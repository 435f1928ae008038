import { useContext, useMemo, useState } from 'react';
import { Provider, useQuery } from 'urql';
import { ConsoleMeDocument, type Purpose } from './generated/graphql';
import { CategoryNamesProvider } from './shell/categories';
import { createClient } from './shell/client';
import { PreferencesContext, useT, type Calendar, type Language } from './shell/i18n';
import { Link } from './shell/Link';
import { Problem } from './shell/Problem';
import { navigate, useRoute } from './shell/route';
import { storedToken, storeToken } from './shell/session';
import { SignInPage } from './shell/SignInPage';
import { AccessLogPage } from './auditor/AccessLogPage';
import { ReviewQueuePage } from './auditor/ReviewQueuePage';
import { ChainPage } from './auditor/ChainPage';
import { DisclosurePage } from './auditor/DisclosurePage';
import { PolicyPage } from './auditor/PolicyPage';
import { CaseloadPage } from './caseworker/CaseloadPage';
import { ResidentPage } from './caseworker/ResidentPage';
import { EmergencyPage } from './caseworker/EmergencyPage';
import { ReferralPage } from './caseworker/ReferralPage';
import { LookupPage } from './caseworker/LookupPage';

export function App() {
  const [language, setLanguage] = useState<Language>(() => (localStorage.getItem('tsunagu.console.language') as Language) ?? 'ja');
  const [calendar, setCalendar] = useState<Calendar>(() => (localStorage.getItem('tsunagu.console.calendar') as Calendar) ?? 'wareki');
  const [token, setToken] = useState(storedToken);
  const client = useMemo(() => createClient(token), [token]);
  const preferences = useMemo(() => ({ language, calendar }), [language, calendar]);
  document.documentElement.lang = language;

  const signIn = (next: string | null) => {
    storeToken(next);
    setToken(next);
    navigate('');
  };
  const choose = {
    language: (next: Language) => {
      localStorage.setItem('tsunagu.console.language', next);
      setLanguage(next);
    },
    calendar: (next: Calendar) => {
      localStorage.setItem('tsunagu.console.calendar', next);
      setCalendar(next);
    },
  };

  return (
    <PreferencesContext.Provider value={preferences}>
      <Provider value={client}>
        <Header onSignOut={token ? () => signIn(null) : undefined} choose={choose} />
        <main id="main">{token ? (
            <CategoryNamesProvider>
              <Pages />
            </CategoryNamesProvider>
          ) : (
            <SignInPage onSignIn={signIn} />
          )}</main>
      </Provider>
    </PreferencesContext.Provider>
  );
}

function Header({ onSignOut, choose }: { onSignOut?: () => void; choose: { language: (l: Language) => void; calendar: (c: Calendar) => void } }) {
  const t = useT();
  const { language, calendar } = useContext(PreferencesContext);
  return (
    <header className="top no-print">
      <span className="brand">{t('つなぐ コンソール', 'Tsunagu console')}</span>
      <div className="preferences">
        <label>
          {t('表示言語', 'Language')}{' '}
          <select value={language} onChange={(e) => choose.language(e.target.value as Language)}>
            <option value="ja">日本語</option>
            <option value="en">English</option>
          </select>
        </label>
        <label>
          {t('日付', 'Dates')}{' '}
          <select value={calendar} onChange={(e) => choose.calendar(e.target.value as Calendar)}>
            <option value="wareki">{t('和暦', 'Japanese era')}</option>
            <option value="western">{t('西暦', 'Western')}</option>
          </select>
        </label>
        {onSignOut && (
          <button type="button" onClick={onSignOut}>
            {t('サインアウト', 'Sign out')}
          </button>
        )}
      </div>
    </header>
  );
}

const AUDITOR_PAGES = [
  { path: 'log', ja: 'アクセス記録', en: 'Access log' },
  { path: 'review', ja: '事後確認', en: 'Review queue' },
  { path: 'chain', ja: '改ざん検証', en: 'Chain state' },
  { path: 'disclosure', ja: '本人開示', en: 'Disclosure report' },
  { path: 'policy', ja: '運用方針の版', en: 'Policy versions' },
];
const CASEWORKER_PAGES = [
  { path: 'caseload', ja: '担当ケース', en: 'Caseload' },
  { path: 'emergency', ja: '緊急時の利用', en: 'Emergency' },
  { path: 'referral', ja: '気になる事案', en: 'Refer a case' },
  { path: 'lookup', ja: '相談歴の照会', en: 'Minimal lookup' },
];

function Pages() {
  const t = useT();
  const [{ data, error, fetching }] = useQuery({ query: ConsoleMeDocument });
  const { page, params } = useRoute();
  if (fetching) return <p>{t('読み込み中…', 'Loading…')}</p>;
  if (!data) return <Problem error={error} />;
  const me = data.me;
  const auditor = me.role === 'PRIVACY_OFFICER';
  const pages = auditor ? AUDITOR_PAGES : CASEWORKER_PAGES;
  const current = page === '' ? pages[0].path : page.split('/')[0];
  const purpose = me.declarablePurposes[0] ?? 'AUDIT';
  return (
    <div className="layout">
      <nav aria-label={t('ページ', 'Pages')} className="no-print">
        <p className="who">
          {me.name}
          <br />
          <small>{me.code}</small>
        </p>
        <ul>
          {pages.map((p) => (
            <li key={p.path}>
              <Link to={p.path} current={current === p.path}>
                {t(p.ja, p.en)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="page">
        {auditor ? (
          <>
            {current === 'log' && <AccessLogPage initial={params} />}
            {current === 'review' && <ReviewQueuePage />}
            {current === 'chain' && <ChainPage />}
            {current === 'disclosure' && <DisclosurePage initialResident={params.get('resident') ?? ''} />}
            {current === 'policy' && <PolicyPage />}
          </>
        ) : (
          <>
            {current === 'caseload' && <CaseloadPage purpose={purpose} />}
            {current === 'resident' && <ResidentPage residentNumber={page.split('/')[1] ?? ''} purpose={(params.get('purpose') as Purpose | null) ?? purpose} purposes={me.declarablePurposes} />}
            {current === 'emergency' && <EmergencyPage initialResident={params.get('resident') ?? ''} />}
            {current === 'referral' && <ReferralPage purpose={purpose} initialResident={params.get('resident') ?? ''} />}
            {current === 'lookup' && <LookupPage purpose={purpose} />}
          </>
        )}
      </div>
    </div>
  );
}
