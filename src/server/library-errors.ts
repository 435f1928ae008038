import { type GraphQLFormattedError, type GraphQLSchema, isEnumType } from 'graphql';
import { ErrorCode } from '../errors';

/**
 * Errors raised by the libraries around the hub (graphql-js, Apollo Server, graphql-armor) come in
 * English only and sometimes with suggestions ("Did you mean the enum value …?") that would let a
 * caller map what it is not shown. This formatter gives each one the hub's shape: a stable code, the
 * English text without suggestions, `extensions.messageJa`, and what helps — the valid values of an
 * enum, the limit a document is over. The hub's own errors (with `messageJa`) pass through untouched.
 */
export function translateLibraryErrors(schema: GraphQLSchema) {
  return (formatted: GraphQLFormattedError): GraphQLFormattedError => {
    if (formatted.extensions?.messageJa || formatted.extensions?.code === 'INTERNAL_SERVER_ERROR') return formatted;
    const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : undefined;
    const message = withoutSuggestions(formatted.message);
    const translated = queryLimit(message) ?? unknownEnumValue(schema, message) ?? known(message) ?? byCode(code, message);
    if (!translated) return { ...formatted, message };
    return {
      ...formatted,
      message: translated.en,
      extensions: { ...formatted.extensions, ...(translated.code ? { code: translated.code } : {}), messageJa: translated.ja, ...translated.extra },
    };
  };
}

interface Translation {
  en: string;
  ja: string;
  code?: string;
  extra?: Record<string, unknown>;
}

export function withoutSuggestions(message: string): string {
  return message
    .replace(/\s*Did you mean [^?]*\?/g, '')
    .replace(/\s*\[Suggestion hidden\]\??/g, '')
    .trim();
}

const LIMITS: { pattern: RegExp; limit: string; en: string; ja: string }[] = [
  { pattern: /Query depth limit of (\d+) exceeded, found (\d+)/, limit: 'depth', en: 'nested deeper', ja: '入れ子の深さ' },
  { pattern: /Aliases limit of (\d+) exceeded, found (\d+)/, limit: 'aliases', en: 'with more aliases', ja: '別名の数' },
  { pattern: /Directives limit of (\d+) exceeded, found (\d+)/, limit: 'directives', en: 'with more directives', ja: 'ディレクティブの数' },
  { pattern: /Document contains more th(?:an|at) (\d+) tokens/, limit: 'tokens', en: 'with more tokens', ja: 'トークン数' },
];

/** graphql-armor's limits and the parser's token limit: QUERY_LIMIT_EXCEEDED, like the cost limit. */
function queryLimit(message: string): Translation | undefined {
  for (const { pattern, limit, en, ja } of LIMITS) {
    const match = pattern.exec(message);
    if (!match) continue;
    const max = Number(match[1]);
    const found = match[2] === undefined ? undefined : Number(match[2]);
    return {
      code: ErrorCode.QUERY_LIMIT_EXCEEDED,
      en: `The document is ${en} than the hub allows (${limit}: at most ${max}${found === undefined ? '' : `, found ${found}`}). Split it into smaller requests. Nothing was run.`,
      ja: `文書の${ja}がハブの上限（${limit}：最大${max}${found === undefined ? '' : `、この文書は${found}`}）を超えています。要求を分けてください。何も実行されていません。`,
      extra: { limit, max, ...(found === undefined ? {} : { found }) },
    };
  }
  return undefined;
}

/** An unknown enum value, as a literal or in a variable: the valid values, never a guess among them. */
function unknownEnumValue(schema: GraphQLSchema, message: string): Translation | undefined {
  const match = /Value "(.*?)" does not exist in "(\w+)" enum|Enum "(\w+)" cannot represent non-(?:enum|string) value: (.*?)\.?$/.exec(message);
  if (!match) return undefined;
  const value = match[1] ?? match[4];
  const typeName = match[2] ?? match[3];
  const type = schema.getType(typeName);
  if (!isEnumType(type)) return undefined;
  const validValues = type.getValues().map((v) => v.name);
  const variable = /^Variable "\$(\w+)"/.exec(message)?.[1];
  const where = variable ? ` (variable $${variable})` : '';
  const whereJa = variable ? `（変数 $${variable}）` : '';
  return {
    en: `${value} is not a value of ${typeName}${where}. Valid values: ${validValues.join(', ')}.`,
    ja: `${value} は ${typeName} の値ではありません${whereJa}。有効な値：${validValues.join('、')}。`,
    extra: { enumType: typeName, validValues, ...(variable ? { variable } : {}) },
  };
}

/** The messages a dashboard developer meets most, translated one by one. */
const KNOWN: { pattern: RegExp; ja: (m: RegExpExecArray) => string }[] = [
  { pattern: /^Cannot query field "(\w+)" on type "(\w+)"/, ja: (m) => `型「${m[2]}」に項目「${m[1]}」はありません。` },
  { pattern: /^Field "(\w+)" argument "(\w+)" of type "(.+?)" is required, but it was not provided/, ja: (m) => `項目「${m[1]}」には必須の引数「${m[2]}」（${m[3]}）が必要です。` },
  { pattern: /^Unknown argument "(\w+)" on field "(.+?)"/, ja: (m) => `項目「${m[2]}」に引数「${m[1]}」はありません。` },
  { pattern: /^Variable "\$(\w+)" is never used/, ja: (m) => `変数「$${m[1]}」が使われていません。` },
  { pattern: /^Variable "\$(\w+)" is not defined/, ja: (m) => `変数「$${m[1]}」が宣言されていません。` },
  { pattern: /^Variable "\$(\w+)" of required type "(.+?)" was not provided/, ja: (m) => `必須の変数「$${m[1]}」（${m[2]}）が指定されていません。` },
  { pattern: /^Variable "\$(\w+)" got invalid value/, ja: (m) => `変数「$${m[1]}」の値を宣言された型に変換できません。` },
  { pattern: /^Field "(\w+)" of type "(.+?)" must have a selection of subfields/, ja: (m) => `項目「${m[1]}」（${m[2]}）には下位項目の選択が必要です。` },
  { pattern: /^Field "(\w+)" must not have a selection since type "(.+?)" has no subfields/, ja: (m) => `項目「${m[1]}」（${m[2]}）には下位項目がありません。` },
  { pattern: /^Syntax Error: (.*)/, ja: () => '文書が GraphQL の構文として正しくありません。' },
  { pattern: /^Unknown type "(\w+)"/, ja: (m) => `型「${m[1]}」はありません。` },
  { pattern: /^Expected value of type "(.+?)", found (.+?);?/, ja: (m) => `型「${m[1]}」の値が必要ですが、${m[2]} が指定されました。` },
];

function known(message: string): Translation | undefined {
  for (const { pattern, ja } of KNOWN) {
    const match = pattern.exec(message);
    if (match) return { en: message, ja: `${ja(match)}（詳細：${message}）` };
  }
  return undefined;
}

/** Anything else a library raises, said in Japanese by what its code means, with the English detail. */
const BY_CODE: Record<string, string> = {
  GRAPHQL_PARSE_FAILED: '文書が GraphQL の構文として正しくありません。',
  GRAPHQL_VALIDATION_FAILED: '文書がスキーマに合いません。',
  BAD_USER_INPUT: '引数または変数の値が正しくありません。',
  BAD_REQUEST: 'ハブが受け付ける GraphQL 要求ではありません。',
  OPERATION_RESOLUTION_FAILURE: '実行する操作を特定できません（`operationName` を確認してください）。',
  PERSISTED_QUERY_NOT_FOUND: 'ハブはこの永続化クエリを保持していません。`query` 全文を付けて再送してください。',
  PERSISTED_QUERY_NOT_SUPPORTED: 'このハブは永続化クエリに対応していません。',
};

function byCode(code: string | undefined, message: string): Translation | undefined {
  const ja = code ? BY_CODE[code] : undefined;
  return ja ? { en: message, ja: `${ja}（詳細：${message}）` } : undefined;
}
