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

/** The order of the sides in round `round`: each side goes first, second, third and last in turn. */
export function roundOrder(round: number): HubSide[] {
  return SIDES.map((_, i) => SIDES[(i + round) % SIDES.length]);
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
