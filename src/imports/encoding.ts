import iconv from 'iconv-lite';
import { ImportFileError } from './rejection';

/** What the caller says the file is; 'auto' tells UTF-8 (with or without BOM) from Shift_JIS by the bytes. */
export type DeclaredEncoding = 'auto' | 'utf8' | 'shift_jis';
export type DetectedEncoding = 'utf8' | 'utf8-bom' | 'shift_jis';

export const ENCODING_NAMES: Readonly<Record<DetectedEncoding, string>> = {
  utf8: 'UTF-8',
  'utf8-bom': 'UTF-8 (BOM)',
  shift_jis: 'Shift_JIS (CP932)',
};

const REPLACEMENT = '\uFFFD';
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Line and column (1-based, in characters) of the first undecodable byte, found as the first U+FFFD. */
function position(decoded: string): { line: number; column: number } {
  const at = decoded.indexOf(REPLACEMENT);
  const before = decoded.slice(0, Math.max(at, 0));
  const line = before.split('\n').length;
  return { line, column: at - before.lastIndexOf('\n') };
}

function isUtf8(bytes: Buffer): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function invalidBytes(encoding: string, decoded: string, hint: { en: string; ja: string }): ImportFileError {
  const { line, column } = position(decoded);
  return new ImportFileError(
    {
      en: `The file is not valid ${encoding}: undecodable bytes at line ${line}, character ${column}. ${hint.en}`,
      ja: `ファイルが ${encoding} として正しくありません（${line}行目 ${column}文字目に読めないバイト）。${hint.ja}`,
    },
    line,
    column,
  );
}

/**
 * Decodes the file. Shift_JIS is read as CP932 (Windows' Shift_JIS, with NEC and IBM extensions
 * such as ① and ㈱), which is what departmental systems on Windows write. A file that is not valid in
 * the declared encoding is refused, never read with replacement characters.
 */
export function decode(bytes: Buffer, declared: DeclaredEncoding): { text: string; encoding: DetectedEncoding } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ImportFileError({
      en: 'The file is UTF-16 ("Unicode text"); save it as CSV in UTF-8 or Shift_JIS.',
      ja: 'ファイルが UTF-16（Unicode テキスト）です。UTF-8 または Shift_JIS の CSV で保存してください。',
    });
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (declared === 'utf8' || (declared === 'auto' && (bom || isUtf8(bytes)))) {
    const text = bytes.toString('utf8');
    if (!isUtf8(bytes)) {
      throw invalidBytes('UTF-8', text, {
        en: 'Is it Shift_JIS? Try --encoding shift_jis.',
        ja: 'Shift_JIS ではありませんか。--encoding shift_jis を指定してください。',
      });
    }
    return bom ? { text: text.slice(1), encoding: 'utf8-bom' } : { text, encoding: 'utf8' };
  }
  if (bom) {
    throw new ImportFileError({
      en: 'The file starts with a UTF-8 byte order mark but was declared Shift_JIS.',
      ja: 'ファイルは UTF-8（BOM 付き）ですが、Shift_JIS と指定されています。',
    });
  }
  const text = iconv.decode(bytes, 'cp932');
  if (text.includes(REPLACEMENT)) {
    throw invalidBytes(
      'Shift_JIS',
      text,
      declared === 'auto'
        ? { en: 'It is neither UTF-8 nor Shift_JIS.', ja: 'UTF-8 でも Shift_JIS でもありません。' }
        : looksLikeUtf8(bytes)
          ? UTF8_HINT
          : { en: 'Check the encoding the system exported.', ja: '出力元の文字コードを確認してください。' },
    );
  }
  return { text, encoding: 'shift_jis' };
}

export const UTF8_HINT = { en: 'The bytes read as UTF-8: is the file UTF-8? Try --encoding utf8.', ja: 'UTF-8 のファイルではありませんか。--encoding utf8 を指定してください。' };

/** Whether bytes declared Shift_JIS would read as UTF-8 with non-ASCII text (a hint when headers do not match). */
export function looksLikeUtf8(bytes: Buffer): boolean {
  return bytes.some((byte) => byte >= 0x80) && isUtf8(bytes);
}
