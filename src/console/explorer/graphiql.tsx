import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { demoActors, demoToken, storedToken, type DemoActor } from '../shell/session';

const EXAMPLE = `# Tsunagu — GraphiQL, bundled with the hub (no CDN). The console is at /console.
query HousingOfficersView {
  resident(residentNumber: "1000000001", purpose: PUBLIC_HOUSING_MANAGEMENT) {
    familyName givenName address
    rentArrears { monthsInArrears amountYen }
    taxArrears { amountYen }
  }
}
`;

/** GraphiQL with the Authorization header prefilled from the console's sign-in or the demo picker. */
function Explorer() {
  const [actors, setActors] = useState<DemoActor[]>([]);
  const [token, setToken] = useState<string | null>(storedToken());
  useEffect(() => {
    demoActors().then(setActors, () => setActors([]));
  }, []);
  const fetcher = useMemo(() => createGraphiQLFetcher({ url: '/' }), []);
  const headers = JSON.stringify(token ? { Authorization: `Bearer ${token}` } : {}, null, 2);
  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100vh' }}>
      {actors.length > 0 && (
        <label style={{ padding: '4px 8px', fontFamily: 'sans-serif', fontSize: 14 }}>
          Demo actor / デモ利用者{' '}
          <select onChange={(e) => e.target.value && demoToken(e.target.value).then(setToken)} defaultValue="">
            <option value="">—</option>
            {actors.map((a) => (
              <option key={a.code} value={a.code}>
                {a.code} ({a.unitName})
              </option>
            ))}
          </select>{' '}
          <a href="/console/">Console / コンソール</a>
        </label>
      )}
      <div style={{ flex: 1, minHeight: 0 }}>
        <GraphiQL key={headers} fetcher={fetcher} defaultQuery={EXAMPLE} headers={headers} isHeadersEditorEnabled shouldPersistHeaders={false} />
      </div>
    </div>
  );
}

createRoot(document.getElementById('graphiql')!).render(<Explorer />);
