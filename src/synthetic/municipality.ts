import { BatchQueue, type Batch } from './batches';
import { demoCast } from './demo-cast';
import { RowEmitter } from './emit';
import { RegisterNumbers } from './identifiers';
import { Random } from './random';
import { randomHousehold } from './random-household';

export interface MunicipalityOptions {
  /** Residents to generate. The demo cast (12 residents) is always generated, even for a smaller number. */
  residents: number;
  seed?: string | number;
  /** ISO date the data describes ('the day the extract was taken'); every date in it is on or before it. */
  asOf?: string;
  /** Rows per batch and table (default 5,000). */
  batchSize?: number;
}

export const DEFAULT_SEED = 'tsunagu';
export const DEFAULT_AS_OF = '2026-10-01';
export const DEFAULT_BATCH_SIZE = 5_000;

/**
 * Generates a synthetic municipality household by household and yields its rows in batches per table
 * (rows in the column order of TABLES). Every batch comes after the batches holding the rows it refers
 * to, so loading them in order satisfies foreign keys. Memory stays bounded whatever the size, and the
 * same options always give the same rows.
 */
export function* generateMunicipality(options: MunicipalityOptions): Generator<Batch> {
  const asOf = options.asOf ?? DEFAULT_AS_OF;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new Error(`asOf must be an ISO date (YYYY-MM-DD), got ${asOf}`);
  const rng = new Random(options.seed ?? DEFAULT_SEED);
  const numbers = new RegisterNumbers();
  const queue = new BatchQueue(options.batchSize ?? DEFAULT_BATCH_SIZE);
  const emitter = new RowEmitter((table, row) => queue.add(table, row));

  let residents = 0;
  for (const plan of demoCast(numbers, asOf)) {
    emitter.emit(plan);
    residents += plan.residents.length;
  }
  while (residents < options.residents) {
    const plan = randomHousehold(rng, asOf, numbers, options.residents - residents);
    emitter.emit(plan);
    residents += plan.residents.length;
    yield* queue.takeFull();
  }
  yield* queue.takeAll();
}
