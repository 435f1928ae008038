import { describe, expect, it } from 'vitest';
import type { HubSide } from '../../bench/hub-process';
import { roundOrder, SIDES } from '../../bench/sides';

/** Pairs (before, after) of neighbours in each round's order. */
const neighbours = (orders: HubSide[][]) => orders.flatMap((order) => order.slice(1).map((side, i) => `${order[i]}→${side}`));

describe("the benchmark's order of sides", () => {
  const orders = SIDES.map((_, round) => roundOrder(round));

  it('runs every side in every round', () => {
    for (const order of orders) expect([...order].sort()).toEqual([...SIDES].sort());
  });

  it('puts each side once in every place over as many rounds as there are sides', () => {
    for (let place = 0; place < SIDES.length; place++) expect(new Set(orders.map((order) => order[place])).size).toBe(SIDES.length);
  });

  it('has each side follow every other side exactly once over those rounds, so no side always inherits the same one’s leftovers', () => {
    const pairs = neighbours(orders);
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(pairs.length).toBe(SIDES.length * (SIDES.length - 1));
  });

  it('repeats after as many rounds as there are sides', () => {
    expect(roundOrder(SIDES.length + 1)).toEqual(roundOrder(1));
  });
});
