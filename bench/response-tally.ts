/** What the responses of one kind of request said: decisions (from `extensions.decisions`) and errors. */
export interface Tally {
  requests: number;
  /** Decisions the hub reported (`x-tsunagu-decisions: include`), each one access-log entry. */
  decisions: number;
  allowed: number;
  denied: number;
  /** HTTP status → responses, for every status other than 2xx. */
  non2xx: Record<string, number>;
  /** GraphQL error code → errors, in 2xx responses. */
  errorCodes: Record<string, number>;
  /** 2xx responses whose body was not a GraphQL result. */
  unreadable: number;
}

/** The one error code a request that reads personal data may lawfully get under load. */
export const EXPECTED_ERROR_CODES = new Set(['ACCESS_DENIED']);

export function emptyTally(): Tally {
  return { requests: 0, decisions: 0, allowed: 0, denied: 0, non2xx: {}, errorCodes: {}, unreadable: 0 };
}

export function addResponse(tally: Tally, status: number, body: string): void {
  tally.requests++;
  if (status < 200 || status >= 300) {
    tally.non2xx[status] = (tally.non2xx[status] ?? 0) + 1;
    return;
  }
  let result: { errors?: { extensions?: { code?: string } }[]; extensions?: { decisions?: { allowed: boolean }[] } };
  try {
    result = JSON.parse(body);
  } catch {
    tally.unreadable++;
    return;
  }
  for (const error of result.errors ?? []) {
    const code = String(error.extensions?.code ?? 'UNKNOWN');
    tally.errorCodes[code] = (tally.errorCodes[code] ?? 0) + 1;
  }
  for (const decision of result.extensions?.decisions ?? []) {
    tally.decisions++;
    if (decision.allowed) tally.allowed++;
    else tally.denied++;
  }
}

export function mergeTallies(tallies: Tally[]): Tally {
  const total = emptyTally();
  for (const t of tallies) {
    total.requests += t.requests;
    total.decisions += t.decisions;
    total.allowed += t.allowed;
    total.denied += t.denied;
    total.unreadable += t.unreadable;
    for (const [status, n] of Object.entries(t.non2xx)) total.non2xx[status] = (total.non2xx[status] ?? 0) + n;
    for (const [code, n] of Object.entries(t.errorCodes)) total.errorCodes[code] = (total.errorCodes[code] ?? 0) + n;
  }
  return total;
}

/** Responses that should not happen under load: non-2xx, unreadable bodies, errors other than ACCESS_DENIED. */
export function unexpectedErrors(tally: Tally): number {
  const non2xx = Object.values(tally.non2xx).reduce((a, b) => a + b, 0);
  const graphql = Object.entries(tally.errorCodes).reduce((n, [code, count]) => n + (EXPECTED_ERROR_CODES.has(code) ? 0 : count), 0);
  return non2xx + graphql + tally.unreadable;
}
