import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { buildSchema, parse, validate, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import manifest from '../../src/generated/persisted-documents.json';
import { QUERY_LIMITS } from '../../src/server/query-limits';

const ROOT = join(__dirname, '..', '..');
const schema = buildSchema(readFileSync(join(ROOT, 'schema', 'schema.graphql'), 'utf8'));
const consoleDocuments = Object.entries(manifest as Record<string, string>)
  .map(([id, text]) => ({ id, text, name: (parse(text).definitions[0] as OperationDefinitionNode).name?.value ?? '' }))
  .filter((d) => d.name.startsWith('Console'));

describe("the console's operations (schema/operations/console.graphql)", () => {
  it('are all in the trusted-documents manifest, and the console sends ids the manifest has', () => {
    const sent = JSON.parse(readFileSync(join(ROOT, 'src', 'console', 'generated', 'persisted-documents.json'), 'utf8')) as Record<string, string>;
    const consoleIds = Object.keys(sent).filter((id) => /(query|mutation) Console/.test(sent[id]));
    expect(consoleIds.length).toBeGreaterThan(15);
    for (const id of consoleIds) expect((manifest as Record<string, string>)[id], id).toBe(sent[id]);
    expect(consoleDocuments.map((d) => d.id).sort()).toEqual(consoleIds.sort());
  });

  it.each(consoleDocuments.map((d) => [d.name, d.text]))('%s is within the hub’s query-cost limit', (_name, text) => {
    let refusal: unknown;
    try {
      const errors = validate(schema, parse(text), [costLimitRule({ maxCost: QUERY_LIMITS.maxCost })]);
      refusal = errors[0];
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeUndefined();
  });
});
