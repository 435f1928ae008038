import { Client, fetchExchange } from 'urql';
import { persistedExchange } from '@urql/exchange-persisted';
import type { DocumentNode } from 'graphql';

/**
 * The console's GraphQL client: it sends each document's manifest id only (Apollo's persisted-query
 * extension), never its text, so it runs against a hub with TRUSTED_DOCUMENTS=require. No cache:
 * personal data is asked for afresh each time, and every read is logged by the hub.
 */
export function createClient(token: string | null): Client {
  return new Client({
    url: '/',
    requestPolicy: 'network-only',
    preferGetMethod: false,
    exchanges: [
      persistedExchange({
        enforcePersistedQueries: true,
        enableForMutation: true,
        preferGetForPersistedQueries: false,
        generateHash: async (_text, document) => manifestId(document),
      }),
      fetchExchange,
    ],
    fetchOptions: (): RequestInit => ({ headers: token ? { authorization: `Bearer ${token}` } : ({} as Record<string, string>) }),
  });
}

/** The sha256 hex of the document's manifest id, which codegen put in `__meta__.hash` (`sha256:<hex>`). */
function manifestId(document: DocumentNode): string {
  const hash = (document as DocumentNode & { __meta__?: { hash?: string } }).__meta__?.hash;
  if (!hash) throw new Error('This document is not in the trusted-documents manifest (run npm run codegen).');
  return hash.replace(/^sha256:/, '');
}
