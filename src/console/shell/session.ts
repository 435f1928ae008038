/** The signed-in actor's bearer token, kept for this browser tab only. */
const KEY = 'tsunagu.console.token';

export function storedToken(): string | null {
  return sessionStorage.getItem(KEY);
}

export function storeToken(token: string | null) {
  if (token) sessionStorage.setItem(KEY, token);
  else sessionStorage.removeItem(KEY);
}

export interface DemoActor {
  code: string;
  name: string;
  role: string;
  unitName: string;
}

/** The demo actors, or none when the hub's demo sign-in is off. */
export async function demoActors(): Promise<DemoActor[]> {
  const response = await fetch('/console/demo-actors');
  if (!response.ok) return [];
  return ((await response.json()) as { actors: DemoActor[] }).actors;
}

export async function demoToken(actor: string): Promise<string> {
  const response = await fetch(`/console/demo-token?actor=${encodeURIComponent(actor)}`, { method: 'POST' });
  if (!response.ok) throw new Error(`demo sign-in refused (${response.status})`);
  return ((await response.json()) as { token: string }).token;
}
