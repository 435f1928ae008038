import { describe, expect, it } from 'vitest';
import { loadMunicipality } from '../../src/synthetic/load';
import { generateMunicipality } from '../../src/synthetic/municipality';
import { connect, createTables, startTestDatabase } from './postgres';

/** Timing, not a check: SYNTHETIC_BENCH_RESIDENTS=100000 npx vitest run --root . test/synthetic/load-benchmark.test.ts */
const residents = Number(process.env.SYNTHETIC_BENCH_RESIDENTS ?? 0);
const batchSize = process.env.SYNTHETIC_BENCH_BATCH ? Number(process.env.SYNTHETIC_BENCH_BATCH) : undefined;

describe.skipIf(!residents)(`generating and loading ${residents} residents`, () => {
  it('reports how long generation and loading take', async () => {
    let started = performance.now();
    let rows = 0;
    for (const batch of generateMunicipality({ residents })) rows += batch.rows.length;
    const generationSeconds = (performance.now() - started) / 1000;

    const database = await startTestDatabase();
    const client = await connect(database.url);
    try {
      await createTables(client);
      started = performance.now();
      const { counts } = await loadMunicipality(client, { residents, batchSize });
      const loadSeconds = (performance.now() - started) / 1000;
      console.log(
        `${residents} residents, ${rows} rows: generation ${generationSeconds.toFixed(1)} s, ` +
          `generation + load ${loadSeconds.toFixed(1)} s (${Math.round(rows / loadSeconds)} rows/s)`,
      );
      expect(counts.resident).toBe(residents);
    } finally {
      await client.end();
      await database.stop();
    }
  }, 1_800_000);
});
