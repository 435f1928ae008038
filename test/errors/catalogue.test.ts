import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { describe, expect, it } from 'vitest';
import { APOLLO_CODES_NOT_RETURNED, ERROR_CATALOGUE, renderErrorCatalogue } from '../../src/server/error-catalogue';
import { ErrorCode } from '../../src/errors';
import { README_ERROR_TABLE } from '../../src/server/error-docs';

const DEFINITIONS = ['src/errors.ts', 'src/server/error-catalogue.ts'];

function sources(dir = 'src'): { file: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === 'src/generated' ? [] : sources(path);
    return entry.name.endsWith('.ts') ? [{ file: path, text: readFileSync(path, 'utf8') }] : [];
  });
}

const code = sources().filter((s) => !DEFINITIONS.includes(s.file));
const documented = (source: 'hub' | 'apollo') => ERROR_CATALOGUE.filter((e) => e.raisedBy.includes(source)).map((e) => e.code).sort();

describe('the error catalogue (src/server/error-catalogue.ts)', () => {
  it('documents each code once, in both languages, with where it appears', () => {
    const codes = ERROR_CATALOGUE.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const entry of ERROR_CATALOGUE) {
      for (const text of [entry.meaning.en, entry.meaning.ja, entry.whatToDo.en, entry.whatToDo.ja]) expect(text.trim(), entry.code).not.toBe('');
      expect(entry.where.length, entry.code).toBeGreaterThan(0);
      expect(entry.raisedBy.length, entry.code).toBeGreaterThan(0);
    }
  });

  it("documents exactly the hub's codes that the source emits", () => {
    const emitted = new Set(code.flatMap((s) => [...s.text.matchAll(/\bErrorCode\.([A-Z][A-Z0-9_]*)\b/g)].map((m) => m[1])));
    const declared = Object.keys(ErrorCode).sort();
    expect(Object.entries(ErrorCode).filter(([k, v]) => k !== v)).toEqual([]);
    expect([...emitted].sort(), 'ErrorCode members the source never uses (remove them) or uses without declaring').toEqual(declared);
    expect(documented('hub'), 'hub codes missing from, or stale in, the catalogue').toEqual(declared);
  });

  it('finds no error raised with a code spelled out instead of an ErrorCode member', () => {
    const problems: string[] = [];
    for (const { file, text } of code) {
      for (const m of text.matchAll(/\bcode:\s*['"`]([A-Z][A-Z0-9_]+)['"`]/g)) problems.push(`${file}: code '${m[1]}'`);
      for (const m of text.matchAll(/\bhubError\(\s*['"`]/g)) problems.push(`${file}@${m.index}: hubError with a string code`);
      const constructions = [...text.matchAll(/new GraphQLError\(/g)].map((m) => m.index!);
      for (const [i, at] of constructions.entries()) {
        const call = text.slice(at, Math.min(constructions[i + 1] ?? Infinity, at + 800));
        if (!/\bcode:\s*ErrorCode\.[A-Z_]+/.test(call)) problems.push(`${file}@${at}: GraphQLError without code: ErrorCode.X`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("accounts for every Apollo Server code: documented, or listed as never returned with the reason", () => {
    const apollo = Object.values(ApolloServerErrorCode).sort();
    const notReturned = Object.keys(APOLLO_CODES_NOT_RETURNED);
    expect(notReturned.filter((c) => documented('apollo').includes(c))).toEqual([]);
    expect([...documented('apollo'), ...notReturned].sort()).toEqual(apollo);
  });

  it('is the table in the README (run `npm run errors:docs`)', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(README_ERROR_TABLE.extract(readme)).toBe(renderErrorCatalogue());
  });
});
