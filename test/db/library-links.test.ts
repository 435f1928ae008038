import { mkdirSync, mkdtempSync, readlinkSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { restoreLibraryLinks } from '../../src/db/embedded/library-links';

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

describe('the PostgreSQL binaries’ library links (no install script needed)', () => {
  it('creates the links the package lists, relative, and leaves existing ones alone', () => {
    dir = mkdtempSync(join(tmpdir(), 'pg-package-'));
    mkdirSync(join(dir, 'native', 'lib'), { recursive: true });
    writeFileSync(join(dir, 'native', 'lib', 'libicuuc.so.60.2'), 'library');
    writeFileSync(
      join(dir, 'native', 'pg-symlinks.json'),
      JSON.stringify([
        { source: 'native/lib/libicuuc.so.60.2', target: 'native/lib/libicuuc.so.60' },
        { source: 'native/lib/libicuuc.so.60.2', target: 'native/lib/libicuuc.so' },
      ]),
    );
    restoreLibraryLinks(dir);
    expect(readlinkSync(join(dir, 'native', 'lib', 'libicuuc.so.60'))).toBe('libicuuc.so.60.2');
    expect(readFileSync(join(dir, 'native', 'lib', 'libicuuc.so'), 'utf8')).toBe('library');
    expect(() => restoreLibraryLinks(dir!)).not.toThrow();
  });

  it('does nothing for a package without a listing', () => {
    dir = mkdtempSync(join(tmpdir(), 'pg-package-'));
    expect(() => restoreLibraryLinks(dir!)).not.toThrow();
  });
});
