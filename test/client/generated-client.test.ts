import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';

const GENERATED = 'src/generated';
const MANIFEST = `${GENERATED}/persisted-documents.json`;

/** What `graphql-codegen --config codegen.yml` would write now, from the committed schema and operations. */
async function regenerate(): Promise<Map<string, string>> {
  const { config } = await loadCodegenConfig({ configFilePath: 'codegen.yml' });
  const outputs = await generate({ ...config, cwd: process.cwd(), silent: true, verbose: false }, false);
  return new Map(outputs.map((o) => [relative(process.cwd(), resolve(o.filename)), o.content]));
}

describe(`the typed client in ${GENERATED}/`, () => {
  it('is what codegen.yml generates from schema/schema.graphql and schema/operations, trusted-documents manifest included (run `npm run codegen`)', async () => {
    const expected = await regenerate();
    expect([...expected.keys()].every((file) => file.startsWith(`${GENERATED}/`))).toBe(true);
    expect(expected.has(MANIFEST)).toBe(true);
    const committed = new Map(readdirSync(GENERATED).map((name) => [`${GENERATED}/${name}`, readFileSync(`${GENERATED}/${name}`, 'utf8')]));
    expect([...committed.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [file, content] of expected) expect(committed.get(file), `${file} is stale`).toBe(content);
  });

  it('types the operations of every dashboard the repository ships', async () => {
    const graphql = readFileSync(`${GENERATED}/graphql.ts`, 'utf8');
    const operations = readdirSync('schema/operations').flatMap((file) =>
      [...readFileSync(`schema/operations/${file}`, 'utf8').matchAll(/^(?:query|mutation) (\w+)/gm)].map((m) => m[1]),
    );
    expect(operations).toEqual(expect.arrayContaining(['Caseload', 'TenantFile', 'AccessLogSearch', 'EmergencyReviewQueue', 'DisclosureReport']));
    for (const name of operations) expect(graphql).toContain(`export const ${name}Document = new TypedDocumentString(`);
  });

  it('lists every shipped operation in the manifest, under the sha256 of its text, which the client knows as its id', async () => {
    const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, string>;
    for (const [id, text] of Object.entries(manifest)) expect(id).toBe(`sha256:${createHash('sha256').update(text).digest('hex')}`);
    const generated = await import('../../src/generated/graphql');
    const documents = Object.entries(generated).filter(([name]) => name.endsWith('Document'));
    expect(documents.map(([name]) => name).sort()).toEqual(Object.values(manifest).map((text) => `${/^(?:query|mutation) (\w+)/.exec(text)![1]}Document`).sort());
    for (const [name, document] of documents) expect(manifest, name).toHaveProperty([(document as { __meta__: { hash: string } }).__meta__.hash]);
  });
});
