/** POSTs one GraphQL request; throws on an HTTP error or a request-level error (no `data`). */
export async function post(url: string, token: string, body: string): Promise<{ data?: any; errors?: { message: string; extensions?: any }[] }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
  const result = (await response.json()) as { data?: any; errors?: { message: string; extensions?: any }[] };
  if (!response.ok || !result.data) throw new Error(`HTTP ${response.status}: ${JSON.stringify(result.errors ?? result).slice(0, 500)}`);
  return result;
}

/** How many errors of each code a response carries (denials are ACCESS_DENIED). */
export function errorCodes(result: { errors?: { extensions?: any }[] }): Record<string, number> {
  const codes: Record<string, number> = {};
  for (const error of result.errors ?? []) {
    const code = String(error.extensions?.code ?? 'UNKNOWN');
    codes[code] = (codes[code] ?? 0) + 1;
  }
  return codes;
}

/** Non-null leaf values in a response's data. */
export function countLeaves(value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + countLeaves(v), 0);
  if (typeof value === 'object') return Object.values(value).reduce((n: number, v) => n + countLeaves(v), 0);
  return 1;
}
