import type { TypedDocumentString } from '../generated/graphql';

/** One entry of a GraphQL response's `errors`; `extensions.code` is listed in the error catalogue. */
export interface HubError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; messageJa?: string; [key: string]: unknown };
}

/** A GraphQL response, typed by the document that asked for it. */
export interface HubResponse<TResult> {
  /** HTTP status: 200 for an executed operation, even with field errors; 4xx when nothing ran. */
  status: number;
  data?: TResult | null;
  errors?: HubError[];
}

/**
 * Variables typed by the document alone (NoInfer: an argument such as `{}` must not narrow them):
 * optional when none is required — operations without variables, or with only optional ones.
 */
type VariablesArgument<TVariables> = {} extends TVariables ? [variables?: TVariables] : [variables: TVariables];

export interface HubClient {
  execute<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, ...variables: VariablesArgument<NoInfer<TVariables>>): Promise<HubResponse<TResult>>;
}

/**
 * A minimal typed GraphQL-over-HTTP client on Node's fetch: POSTs a generated document with its
 * variables and the bearer token, and returns the typed response. Nothing more is needed to talk
 * to the hub; use any GraphQL client that understands TypedDocumentString instead if you prefer.
 *
 * It sends the document's id, not its text (`npm run codegen` puts the id, `sha256:<hex>`, in each
 * document's `__meta__.hash`), in Apollo's persisted-query form, so it works against a hub that
 * runs only trusted documents (TRUSTED_DOCUMENTS=require). A hub with trusted documents off answers
 * PERSISTED_QUERY_NOT_FOUND, and the client sends the text instead.
 */
export function hubClient(url: string, token: string, fetchFn: typeof fetch = fetch): HubClient {
  async function post(body: Record<string, unknown>): Promise<HubResponse<never>> {
    const response = await fetchFn(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        authorization: `Bearer ${token}`,
      },
      body: JSON.stringify(body),
    }).catch((error: unknown) => {
      const cause = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
      throw new Error(`Cannot reach the hub at ${url} (${cause}). Is it running (npm start)?`);
    });
    const type = response.headers.get('content-type') ?? '';
    if (!/application\/(graphql-response\+)?json/.test(type)) {
      throw new Error(`${url} answered ${response.status} with ${type || 'no content type'}, not a GraphQL response`);
    }
    const answer = (await response.json()) as Omit<HubResponse<never>, 'status'>;
    return { status: response.status, ...answer };
  }

  return {
    async execute(document, ...[variables]) {
      const id: unknown = document.__meta__?.hash;
      if (typeof id === 'string' && id.startsWith('sha256:')) {
        const byId = await post({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: id.slice('sha256:'.length) } } });
        if (!byId.errors?.some((e) => e.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND')) return byId;
      }
      return post({ query: document.toString(), variables });
    },
  };
}
