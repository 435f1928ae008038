import { createHash } from 'node:crypto';
import type { ApolloServerPlugin, GraphQLRequest } from '@apollo/server';
import type { TrustedDocumentsMode } from '../config/environment';
import manifest from '../generated/persisted-documents.json';
import { ErrorCode, hubError, type Bilingual } from '../errors';

/**
 * The trusted documents: the dashboards' operations (schema/operations), keyed by document id —
 * `sha256:<hex>` of the document's text, as `npm run codegen` writes them.
 */
export const TRUSTED_DOCUMENTS: ReadonlyMap<string, string> = new Map(Object.entries(manifest as Record<string, string>));

export function documentIdOf(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

/**
 * What a refused request runs instead of its own document, so that the refusal can be raised where
 * Apollo answers it properly (didResolveOperation, with its HTTP status) while the document the
 * client sent is never parsed or validated. Harmless even if it ran: no data, no SQL.
 */
const REFUSED = 'query DocumentNotTrusted { __typename }';

const REASONS = {
  unknownId: {
    en: 'The document id names no trusted document.',
    ja: 'この文書 ID に該当する信頼済み文書はありません。',
  },
  idsDisagree: {
    en: 'The request names more than one document (its ids, or its id and its text, disagree).',
    ja: '要求が複数の文書を指しています（ID 同士、または ID と本文が一致しません）。',
  },
  notInManifest: {
    en: 'The hub runs only its trusted documents, and this document is not one of them (changed, even by a character, or never shipped).',
    ja: 'このハブは信頼済み文書のみを実行します。この文書はそのいずれでもありません（一文字でも変更されたか、配布されていない文書です）。',
  },
} satisfies Record<string, Bilingual>;

type Verdict = { run: 'as sent' } | { run: 'manifest'; text: string } | { refuse: Bilingual };

/**
 * Trusted documents (TRUSTED_DOCUMENTS, README "Trusted documents"). With `allow` or `require`, a
 * client may send a trusted document's id instead of its text: `documentId` (GraphQL over HTTP,
 * persisted documents), or Apollo's `extensions.persistedQuery.sha256Hash`. The text a request
 * runs is then the manifest's. With `require`, any other document — unknown, changed, or an id
 * the manifest lacks — is refused with DOCUMENT_NOT_TRUSTED (403) whoever asks, before it is parsed
 * or validated and before any resolver runs.
 */
export function trustedDocumentsPlugin(mode: Exclude<TrustedDocumentsMode, 'off'>, documents: ReadonlyMap<string, string> = TRUSTED_DOCUMENTS): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      const verdict = judge(request, mode, documents);
      if ('run' in verdict) {
        if (verdict.run === 'manifest') {
          request.query = verdict.text;
          withoutPersistedQuery(request);
        }
        return;
      }
      const refusal = hubError(ErrorCode.DOCUMENT_NOT_TRUSTED, verdict.refuse, {}, 403);
      request.query = REFUSED;
      request.operationName = undefined;
      request.variables = undefined;
      withoutPersistedQuery(request);
      return {
        async didResolveOperation() {
          throw refusal;
        },
      };
    },
  };
}

function judge(request: GraphQLRequest, mode: 'allow' | 'require', documents: ReadonlyMap<string, string>): Verdict {
  const { documentId, apqHash } = idsOf(request);
  const text = typeof request.query === 'string' && request.query !== '' ? request.query : undefined;

  if (documentId === undefined && apqHash === undefined) {
    if (text === undefined || mode === 'allow' || documents.has(documentIdOf(text))) return { run: 'as sent' };
    return { refuse: REASONS.notInManifest };
  }
  // With `allow`, an automatic persisted query (Apollo's APQ) the manifest lacks is left to Apollo.
  if (mode === 'allow' && documentId === undefined && !documents.has(`sha256:${apqHash}`)) return { run: 'as sent' };
  if (documentId !== undefined && typeof documentId !== 'string') return { refuse: REASONS.unknownId };
  const ids = new Set<string>();
  if (documentId !== undefined) ids.add(documentId);
  if (apqHash !== undefined) ids.add(`sha256:${apqHash}`);
  if (text !== undefined) ids.add(documentIdOf(text));
  if (ids.size > 1) return { refuse: REASONS.idsDisagree };
  const trusted = documents.get([...ids][0]);
  if (trusted !== undefined) return { run: 'manifest', text: trusted };
  return { refuse: text === undefined ? REASONS.unknownId : REASONS.notInManifest };
}

/** `documentId` from a POST body or a GET query string; the hash of Apollo's persisted-query extension. */
function idsOf(request: GraphQLRequest): { documentId?: unknown; apqHash?: string } {
  const http = request.http;
  let documentId: unknown;
  if (http?.method === 'POST' && typeof http.body === 'object' && http.body !== null) documentId = (http.body as Record<string, unknown>).documentId ?? undefined;
  else if (http?.method === 'GET') documentId = new URLSearchParams(http.search).get('documentId') ?? undefined;
  const persisted = request.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined;
  const apqHash = typeof persisted?.sha256Hash === 'string' ? persisted.sha256Hash : undefined;
  return { documentId, apqHash };
}

/** Once the hub has chosen the text, Apollo must not look the hash up in, or add it to, its APQ cache. */
function withoutPersistedQuery(request: GraphQLRequest) {
  if (!request.extensions?.persistedQuery) return;
  const { persistedQuery: _, ...rest } = request.extensions;
  request.extensions = rest;
}
