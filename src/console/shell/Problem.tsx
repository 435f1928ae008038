import type { CombinedError } from 'urql';
import { useContext } from 'react';
import { PreferencesContext } from './i18n';

/** A request's error, in the reader's language when the hub gave both (its errors are bilingual). */
export function Problem({ error }: { error: CombinedError | undefined }) {
  const { language } = useContext(PreferencesContext);
  if (!error) return null;
  const messages = error.graphQLErrors.length > 0
    ? error.graphQLErrors.map((e) => {
        const ja = e.extensions?.messageJa as string | undefined;
        return `${language === 'ja' && ja ? ja : e.message}${e.extensions?.code ? ` (${String(e.extensions.code)})` : ''}`;
      })
    : [error.message];
  return (
    <div role="alert" className="problem">
      {messages.map((m, i) => (
        <p key={i}>{m}</p>
      ))}
    </div>
  );
}
