import { useEffect, useState } from 'react';
import { useT } from './i18n';
import { demoActors, demoToken, type DemoActor } from './session';

/** Sign-in with a bearer token (as every client of the hub), or by picking a demo actor when the demo is on. */
export function SignInPage({ onSignIn }: { onSignIn: (token: string) => void }) {
  const t = useT();
  const [actors, setActors] = useState<DemoActor[]>([]);
  const [token, setToken] = useState('');
  const [problem, setProblem] = useState('');
  useEffect(() => {
    demoActors().then(setActors, () => setActors([]));
  }, []);
  const pick = async (actor: string) => {
    try {
      onSignIn(await demoToken(actor));
    } catch (error) {
      setProblem(String(error));
    }
  };
  return (
    <div className="sign-in">
      <h1>{t('サインイン', 'Sign in')}</h1>
      {actors.length > 0 && (
        <section aria-labelledby="demo-heading">
          <h2 id="demo-heading">{t('デモ利用者を選ぶ', 'Pick a demo actor')}</h2>
          <ul className="actors">
            {actors.map((actor) => (
              <li key={actor.code}>
                <button type="button" onClick={() => pick(actor.code)} data-actor={actor.code}>
                  <strong>{actor.name}</strong> <span>{actor.unitName}</span> <small>{actor.code}</small>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="token-heading">
        <h2 id="token-heading">{t('トークンでサインイン', 'Sign in with a token')}</h2>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (token.trim()) onSignIn(token.trim().replace(/^Bearer\s+/i, ''));
          }}
        >
          <label htmlFor="token">{t('ベアラートークン', 'Bearer token')}</label>
          <textarea id="token" rows={3} value={token} onChange={(e) => setToken(e.target.value)} />
          <button type="submit">{t('サインイン', 'Sign in')}</button>
        </form>
      </section>
      {problem && <p role="alert">{problem}</p>}
    </div>
  );
}
