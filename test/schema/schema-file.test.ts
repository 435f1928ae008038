import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printHubSchema } from '../../src/server/schema';

describe('schema/schema.graphql', () => {
  it('is the SDL the code emits (run `npm run schema:emit` after changing the schema)', () => {
    expect(readFileSync('schema/schema.graphql', 'utf8')).toBe(printHubSchema());
  });
});
