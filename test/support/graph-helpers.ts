import { expect } from 'vitest';
import type { GraphQLResponse, TestHub } from './test-hub';

const EXPLAIN = `query($n: ID!, $p: Purpose!, $c: [String!]) {
  explainAccess(residentNumber: $n, purpose: $p, categories: $c) {
    category holder allowed basis basisRecordId citation { en ja } failures { basis reason { en ja } } remedy { en ja }
  }
}`;

export interface Explanation {
  category: string;
  holder: string;
  allowed: boolean;
  basis: string | null;
  basisRecordId: string | null;
  citation: { en: string; ja: string } | null;
  failures: { basis: string; reason: { en: string; ja: string } }[];
  remedy: { en: string; ja: string } | null;
}

/** Asks the hub whether `actor` may see `category` (held by `holder`) of a resident now. */
export async function explain(hub: TestHub, actor: string, residentNumber: string, purpose: string, category: string, holder?: string): Promise<Explanation> {
  const response = await hub.query(actor, EXPLAIN, { n: residentNumber, p: purpose, c: [category] });
  expect(response.errors).toBeUndefined();
  const entries: Explanation[] = response.data.explainAccess;
  const entry = holder ? entries.find((e) => e.holder === holder) : entries[0];
  if (!entry) throw new Error(`no explanation for ${category} held by ${holder}`);
  return entry;
}

/** Runs a mutation and returns its single root field, failing the test on any error. */
export async function mutate(hub: TestHub, actor: string, query: string, variables: Record<string, unknown>): Promise<any> {
  const response = await hub.query(actor, query, variables);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return Object.values(response.data)[0];
}

export function reasonsOf(entry: Explanation, basis: string): string {
  return entry.failures.find((f) => f.basis === basis)?.reason.en ?? '';
}

/**
 * The explanation of a refused field: its error names it (`extensions.denial`), the response's
 * `extensions.accessDenials` holds it once.
 */
export function denialOf(response: GraphQLResponse, error: { extensions?: Record<string, any> } | undefined): Explanation & { message: { en: string; ja: string } } {
  expect(error?.extensions?.code).toBe('ACCESS_DENIED');
  const explanation = response.extensions?.accessDenials?.[error!.extensions!.denial];
  expect(explanation, `no explanation ${error!.extensions!.denial} in the response`).toBeDefined();
  return explanation;
}
