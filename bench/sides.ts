import type { HubHandle } from './hub-handle';
import type { HubSide } from './hub-process';
import type { PgStatements, StatementCount } from './pg-statements';

export const SIDES: readonly HubSide[] = ['on', 'bare', 'off', 'floor'];

export type BySide<T> = Record<HubSide, T>;

/** One fresh value per side. */
export function bySide<T>(make: (side: HubSide) => T): BySide<T> {
  return Object.fromEntries(SIDES.map((side) => [side, make(side)])) as BySide<T>;
}
export type Hubs = BySide<HubHandle>;

/**
 * The order of the sides in round `round`, a Williams design: over any SIDES.length consecutive
 * rounds each side runs once in every place, and (for an even number of sides) follows every other
 * side once — so what one side leaves behind in PostgreSQL (WAL, dirty pages, the log's pending
 * list) falls on each of the others alike, not always on the same neighbour, as a plain rotation
 * would have it.
 */
export function roundOrder(round: number, sides: readonly HubSide[] = SIDES): HubSide[] {
  const n = sides.length;
  // 0, 1, n-1, 2, n-2, …: the first row; each round shifts every entry by one.
  const first = Array.from({ length: n }, (_, i) => (i === 0 ? 0 : i % 2 ? (i + 1) / 2 : n - i / 2));
  return first.map((k) => sides[(k + round) % n]);
}

/** Runs `work` with PostgreSQL's statement counter reset before it; the statements it caused. */
export async function counted<T>(statements: PgStatements, work: () => Promise<T>): Promise<{ result: T; statements: StatementCount }> {
  await statements.reset();
  const result = await work();
  return { result, statements: await statements.count() };
}

/** A ratio per round, its median and spread. */
export interface RatioSummary {
  rounds: number[];
  median: number;
  min: number;
  max: number;
}

export function ratioSummary(rounds: number[]): RatioSummary {
  const sorted = [...rounds].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { rounds, median, min: sorted[0], max: sorted[sorted.length - 1] };
}
