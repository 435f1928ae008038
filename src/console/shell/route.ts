import { useEffect, useState } from 'react';

/** The console's page, from the path under /console/ (History API; the hub answers every such path with the app). */
export function useRoute(): { page: string; params: URLSearchParams } {
  const [location, setLocation] = useState(() => window.location.pathname + window.location.search);
  useEffect(() => {
    const update = () => setLocation(window.location.pathname + window.location.search);
    window.addEventListener('popstate', update);
    return () => window.removeEventListener('popstate', update);
  }, []);
  const url = new URL(location, window.location.origin);
  return { page: url.pathname.replace(/^\/console\/?/, '').replace(/\/$/, ''), params: url.searchParams };
}

export function navigate(path: string) {
  window.history.pushState(null, '', `/console/${path}`);
  window.dispatchEvent(new PopStateEvent('popstate'));
}
