import type { Bilingual } from '../errors';

/** Who raises a code: the hub itself (`ErrorCode` in errors.ts) or Apollo Server around execution. */
export type ErrorSource = 'hub' | 'apollo';

/**
 * Where an error appears. `request`: nothing ran, the response has no `data` and an HTTP error
 * status. `field`: the operation ran, the field (or root field) at `path` is null and the HTTP
 * status is 200; the rest of the response is served.
 */
export type ErrorScope = 'request' | 'field';

export interface DocumentedError {
  code: string;
  raisedBy: readonly ErrorSource[];
  /** Each way it appears: the HTTP status of the response, and whether it refused the request or one field. */
  where: readonly { status: number; scope: ErrorScope }[];
  meaning: Bilingual;
  whatToDo: Bilingual;
}

/**
 * Every `extensions.code` the API returns, what it means and what a client should do: the one
 * place they are documented (the README's table is rendered from it). A test checks that this list
 * is exactly the set of codes the code can emit. Hub errors also carry `extensions.messageJa`.
 */
export const ERROR_CATALOGUE: readonly DocumentedError[] = [
  {
    code: 'UNAUTHENTICATED',
    raisedBy: ['hub'],
    where: [{ status: 401, scope: 'request' }, { status: 200, scope: 'field' }],
    meaning: {
      en: 'The bearer token is malformed, badly signed, expired, for another issuer/audience, lives longer than JWT_MAX_LIFETIME_SECONDS, lacks `iat`, or has a claim of the wrong type — e.g. a `sub` that is not a string (401, nothing ran); or a field that needs a token was asked without one (200, that field is null).',
      ja: '認証トークンが不正・署名不一致・期限切れ・発行者/対象の不一致・有効期間が JWT_MAX_LIFETIME_SECONDS 超・`iat` なし・クレームの型の誤り（例：文字列でない `sub`）のいずれかです（401、処理なし）。またはトークンなしで認証が必要な項目を要求しました（200、その項目は null）。',
    },
    whatToDo: {
      en: 'Send `Authorization: Bearer <token>` with a current token (demo: `npm run token -- <actor>`); get a new one when it expires.',
      ja: '有効なトークンを `Authorization: Bearer <トークン>` で送ってください（デモ：`npm run token -- <actor>`）。期限切れなら再発行してください。',
    },
  },
  {
    code: 'IDENTITY_PROVIDER_UNAVAILABLE',
    raisedBy: ['hub'],
    where: [{ status: 503, scope: 'request' }],
    meaning: {
      en: "The token was signed by the city's identity provider (RS256/ES256), and its signing keys (OIDC_JWKS_URL) could not be fetched, so the token could not be checked. Nothing ran.",
      ja: '市の認証基盤（IdP）が署名したトークン（RS256/ES256）ですが、署名鍵（OIDC_JWKS_URL）を取得できず、トークンを検証できませんでした。何も実行されていません。',
    },
    whatToDo: {
      en: 'Retry after a few seconds; if it persists, the system administrator checks that the hub reaches the JWKS URL (or configures OIDC_JWKS_FILE on a closed network).',
      ja: '数秒後に再試行してください。続く場合は、ハブから JWKS の URL に接続できるかをシステム管理者が確認してください（閉域網では OIDC_JWKS_FILE を設定します）。',
    },
  },
  {
    code: 'UNKNOWN_ACTOR',
    raisedBy: ['hub'],
    where: [{ status: 401, scope: 'request' }],
    meaning: { en: 'The token is valid but names no registered staff member.', ja: 'トークンは有効ですが、登録されていない利用者を指しています。' },
    whatToDo: { en: 'Ask the administrator to register the staff member, or use a token issued for a registered one.', ja: '管理者に職員の登録を依頼するか、登録済み職員のトークンを使ってください。' },
  },
  {
    code: 'ACTOR_DISABLED',
    raisedBy: ['hub'],
    where: [{ status: 401, scope: 'request' }],
    meaning: { en: 'The staff member named by the token has been disabled (moved or left); every request is refused.', ja: 'トークンの職員は無効化されています（異動・退職）。すべての要求が拒否されます。' },
    whatToDo: { en: 'Nothing to retry: the administrator re-enables the account if this is a mistake.', ja: '再試行しても結果は変わりません。誤りであれば管理者が有効化します。' },
  },
  {
    code: 'PURPOSE_NOT_PERMITTED',
    raisedBy: ['hub'],
    where: [{ status: 200, scope: 'field' }],
    meaning: { en: "The declared purpose (利用目的) is not one the actor's unit may declare.", ja: '申告した利用目的は、所属部署が申告できるものではありません。' },
    whatToDo: { en: 'Declare one of the purposes listed in `me { declarablePurposes }`.', ja: '`me { declarablePurposes }` に含まれる利用目的を申告してください。' },
  },
  {
    code: 'PURPOSE_CONFLICT',
    raisedBy: ['hub'],
    where: [{ status: 200, scope: 'field' }],
    meaning: { en: 'Two root fields of one request declared different purposes; one request serves one purpose.', ja: '一つの要求の中で異なる利用目的が申告されました。一つの要求は一つの目的のためにのみ処理されます。' },
    whatToDo: { en: 'Send one request per purpose.', ja: '利用目的ごとに要求を分けてください。' },
  },
  {
    code: 'BAD_USER_INPUT',
    raisedBy: ['hub', 'apollo'],
    where: [{ status: 200, scope: 'field' }, { status: 400, scope: 'request' }],
    meaning: {
      en: 'An argument failed the hub’s checks — `extensions.argument` names it; nothing was changed (200) — or a variable could not be coerced to its declared type, e.g. an unknown enum value, whose valid values `extensions.validValues` lists (400, nothing ran).',
      ja: '引数が検査に合格しませんでした（`extensions.argument` が引数名、変更なし、200）。または変数を宣言された型に変換できませんでした（例：未知の列挙値。有効な値は `extensions.validValues`、400、処理なし）。',
    },
    whatToDo: { en: 'Correct the named argument or variable and send again; the message says what is expected.', ja: 'メッセージに従って引数または変数を修正し、再送してください。' },
  },
  {
    code: 'RESIDENT_NOT_FOUND',
    raisedBy: ['hub'],
    where: [{ status: 200, scope: 'field' }],
    meaning: {
      en: 'No resident has this resident number (宛名番号). Said only to actors who may look residents up; others get the same ACCESS_DENIED whether or not the resident exists.',
      ja: 'この宛名番号の住民は登録されていません。住民を照会できる利用者にのみ返されます（それ以外の利用者には存否にかかわらず ACCESS_DENIED）。',
    },
    whatToDo: { en: 'Check the number with the person or the resident register.', ja: '本人または住民記録で番号を確認してください。' },
  },
  {
    code: 'RECORD_LISTING_FORBIDDEN',
    raisedBy: ['hub'],
    where: [{ status: 200, scope: 'field' }],
    meaning: { en: "A department's register (e.g. the tenancy register) is listed only to that department's own staff.", ja: '台帳（例：入居者台帳）の一覧は、その台帳を保有する部署の職員にのみ提供されます。' },
    whatToDo: { en: 'Look residents up one by one with `resident`/`residents`, under a lawful basis.', ja: '法的根拠のもとで `resident`/`residents` により個別に照会してください。' },
  },
  {
    code: 'ACCESS_DENIED',
    raisedBy: ['hub'],
    where: [{ status: 200, scope: 'field' }],
    meaning: {
      en: "No lawful basis lets this actor see this value for the declared purpose. On a personal-data field, `extensions` carry the data category, its holder and `denial`, the id of the explanation in the response's `extensions.accessDenials`: why each basis failed (`failures`) and what would make the access lawful (`remedy`), in English and Japanese — given once however many fields it refused.",
      ja: '申告した利用目的で、この利用者がこの値を見る法的根拠がありません。個人データ項目では `extensions` にデータ区分、保有者、`denial`（応答の `extensions.accessDenials` 内の説明の ID）が含まれます。説明には各根拠が成り立たない理由（`failures`）と適法にする方法（`remedy`）が日英で、拒否した項目の数によらず一度だけ記載されます。',
    },
    whatToDo: {
      en: 'Show the field as withheld. Follow `remedy` (record the person’s consent, table the case at the support meeting, or declare an emergency) — or ask `explainAccess` before asking for data.',
      ja: '項目を「非開示」と表示してください。`remedy` に従う（本人同意の記録、支援会議への付議、緊急時の申告）か、事前に `explainAccess` で確認してください。',
    },
  },
  {
    code: 'UNCATEGORISED_FIELD',
    raisedBy: ['hub'],
    where: [{ status: 200, scope: 'field' }],
    meaning: { en: 'A field of a personal record declares no data category, so it is never served (deny by default). A defect of the hub, not of the request.', ja: '個人記録の項目にデータ区分が定義されていないため、提供されません（既定は拒否）。要求ではなくハブ側の不具合です。' },
    whatToDo: { en: 'Report it to the hub’s maintainers with the field path.', ja: '項目のパスを添えてハブの保守担当に報告してください。' },
  },
  {
    code: 'ACCESS_LOG_UNAVAILABLE',
    raisedBy: ['hub'],
    where: [{ status: 503, scope: 'request' }],
    meaning: {
      en: 'The access log could not be written, so no data is returned (fail closed). For a mutation, the change may already stand.',
      ja: 'アクセス記録を書き込めなかったため、データは返されません（フェイルクローズ）。更新系の操作では、変更自体は反映済みの場合があります。',
    },
    whatToDo: {
      en: 'Retry later; after a mutation, read the record back before repeating it. Tell the system administrator if it persists.',
      ja: '時間をおいて再試行してください。更新系の操作の後は、繰り返す前に記録を照会して確認してください。続く場合はシステム管理者に連絡してください。',
    },
  },
  {
    code: 'AUDIT_ROLE_REQUIRED',
    raisedBy: ['hub'],
    where: [{ status: 200, scope: 'field' }],
    meaning: { en: 'Only the privacy officer (PRIVACY_OFFICER) reads the access log, its review queue and disclosure reports.', ja: 'アクセス記録・確認待ち一覧・本人開示報告を参照できるのは個人情報保護担当のみです。' },
    whatToDo: { en: "Use a privacy officer's token, or ask the privacy officer.", ja: '個人情報保護担当のトークンを使うか、担当者に依頼してください。' },
  },
  {
    code: 'REVIEW_ITEM_NOT_FOUND',
    raisedBy: ['hub'],
    where: [{ status: 200, scope: 'field' }],
    meaning: { en: 'No emergency access has this review key.', ja: 'この確認キーの緊急アクセスはありません。' },
    whatToDo: { en: 'Take review keys from `emergencyReviewQueue`.', ja: '確認キーは `emergencyReviewQueue` から取得してください。' },
  },
  {
    code: 'ROLE_NOT_PERMITTED',
    raisedBy: ['hub'],
    where: [{ status: 200, scope: 'field' }],
    meaning: {
      en: "The actor's role or unit may not perform this operation (e.g. only the privacy officer changes the policy; only a support-meeting secretariat manages meetings and referrals; only the system administrator keeps the directory of organisations, units, contracts, memberships and staff).",
      ja: '利用者の役割・所属ではこの操作を行えません（例：方針の変更は個人情報保護担当のみ、会議と通知の管理は支援会議事務局のみ、組織・部署・委託契約・構成員・職員の台帳の管理はシステム管理者のみ）。',
    },
    whatToDo: { en: 'Ask the unit responsible for it.', ja: '担当部署に依頼してください。' },
  },
  {
    code: 'POLICY_FIXED_BY_LAW',
    raisedBy: ['hub'],
    where: [{ status: 200, scope: 'field' }],
    meaning: {
      en: 'A policy change would switch off what the law fixes — open tax data beyond tax purposes (地方税法 §22), widen special-care data’s purposes (APPI 2(3)), open the DV flag (APPI 69(2) proviso), or name a non-tax field in a minimal tax set. `extensions.settings` names each offending setting; the refusal is logged and nothing changed.',
      ja: '方針の変更が法令で定められた事項を変更しようとしています（税務情報の目的外への開放（地方税法第22条）、要配慮個人情報の目的の拡大（個人情報保護法第2条第3項）、DV等支援措置の対象情報の開放（同法第69条第2項ただし書）、税務以外の項目の指定）。`extensions.settings` が該当する設定を示します。拒否は記録され、何も変更されていません。',
    },
    whatToDo: {
      en: 'Change only what the municipality may choose (purposes of ordinary categories, NHI levy, tax in a meeting’s scope by ordinance, emergency windows); the rest needs the person’s documented consent, not a policy.',
      ja: '市が選択できる事項（通常のデータ区分の目的、国保の賦課方式、条例による支援会議での税務情報の扱い、緊急対応の期間）のみを変更してください。それ以外は方針ではなく、書面等による本人同意が必要です。',
    },
  },
  {
    code: 'NOT_RECORD_CONTROLLER',
    raisedBy: ['hub'],
    where: [{ status: 200, scope: 'field' }],
    meaning: { en: 'Only the meeting’s own secretariat manages a meeting (its members and cases).', ja: '会議（構成員・事案）を管理できるのは当該会議の事務局のみです。' },
    whatToDo: { en: 'Ask the controlling unit to make the change.', ja: '記録を管理する部署に変更を依頼してください。' },
  },
  {
    code: 'RECORD_NOT_FOUND',
    raisedBy: ['hub'],
    where: [{ status: 200, scope: 'field' }],
    meaning: { en: 'The id names no record of that kind (consent, meeting, member, case, emergency, referral) that your unit may change — another unit’s consent or emergency is answered the same as an id that names nothing.', ja: 'その ID の記録（同意・会議・構成員・事案・緊急対応・通知）で貴所属が変更できるものはありません（他部署の同意・緊急対応も、存在しない ID と同じ応答になります）。' },
    whatToDo: { en: 'Check the id; take ids from the hub’s own answers.', ja: 'ID を確認してください。ID はハブの応答から取得してください。' },
  },
  {
    code: 'REFERRER_HOLDS_NOTHING',
    raisedBy: ['hub'],
    where: [{ status: 200, scope: 'field' }],
    meaning: { en: 'A referral (気になる事案の通知) must rest on facts in the referring unit’s own records, and this unit holds none about the resident.', ja: '気になる事案の通知は自部署が保有する記録に基づく必要がありますが、この住民に関する記録を保有していません。' },
    whatToDo: { en: 'Refer only residents your unit holds records about; otherwise suggest the person consult the self-reliance agency.', ja: '自部署が記録を保有する住民についてのみ通知してください。それ以外は本人に自立相談支援機関への相談を勧めてください。' },
  },
  {
    code: 'RATE_LIMITED',
    raisedBy: ['hub'],
    where: [{ status: 200, scope: 'field' }],
    meaning: {
      en: 'More lookups by identifiers (the consultation lookup, the counter search) in one minute than one staff member may make (TSUNAGU_LOOKUPS_PER_MINUTE, default 30). The refusal is logged. `extensions.retryAfterSeconds` says when the next minute starts.',
      ja: '1分間に職員一人が行える識別情報による照会（相談歴の照会、窓口での検索）の上限（TSUNAGU_LOOKUPS_PER_MINUTE、既定30件）を超えました。拒否は記録されます。`extensions.retryAfterSeconds` が次の1分が始まるまでの秒数です。',
    },
    whatToDo: { en: 'Wait for the next minute; if your work needs more, ask the administrator to raise the limit.', ja: '次の1分を待ってください。業務上さらに必要な場合は管理者に上限の引上げを依頼してください。' },
  },
  {
    code: 'DOCUMENT_NOT_TRUSTED',
    raisedBy: ['hub'],
    where: [{ status: 403, scope: 'request' }],
    meaning: {
      en: 'The hub runs only trusted documents (`TRUSTED_DOCUMENTS=require`: the operations in src/generated/persisted-documents.json), whoever asks, and this request’s document is not one of them: an ad-hoc or changed document (a single character counts), an id the manifest lacks, or an id and a text that disagree. Nothing was parsed or run. With `allow`, only a `documentId` the manifest lacks.',
      ja: 'このハブは信頼済み文書（`TRUSTED_DOCUMENTS=require`：src/generated/persisted-documents.json の操作）のみを、利用者を問わず実行します。この要求の文書はそのいずれでもありません（任意の文書、一文字でも変更された文書、一覧にない ID、ID と本文の不一致）。解析・実行は行われていません。`allow` では一覧にない `documentId` の場合のみ。',
    },
    whatToDo: {
      en: 'Send the id of a shipped operation (`documentId: "sha256:…"`, or `extensions.persistedQuery.sha256Hash`) from a client generated by `npm run codegen` for this hub’s version. A new query becomes trusted by adding it to schema/operations and shipping the regenerated manifest.',
      ja: 'このハブの版に合わせて `npm run codegen` で生成したクライアントから、配布済み操作の ID（`documentId: "sha256:…"` または `extensions.persistedQuery.sha256Hash`）を送ってください。新しい照会は schema/operations に追加し、再生成した一覧を配布すると信頼済みになります。',
    },
  },
  {
    code: 'GRAPHQL_PARSE_FAILED',
    raisedBy: ['apollo'],
    where: [{ status: 400, scope: 'request' }],
    meaning: { en: 'The document is not valid GraphQL syntax.', ja: '文書が GraphQL の構文として正しくありません。' },
    whatToDo: { en: 'Fix the document; documents generated by `npm run codegen` are checked at generation time.', ja: '文書を修正してください。`npm run codegen` で生成した文書は生成時に検査されます。' },
  },
  {
    code: 'GRAPHQL_VALIDATION_FAILED',
    raisedBy: ['apollo'],
    where: [{ status: 400, scope: 'request' }],
    meaning: {
      en: 'The document does not match the schema (an unknown field, a missing required argument such as `purpose`, an unused variable, an unknown enum value: `extensions.validValues` lists the valid ones). No suggestion of a name is ever given. Checked before anything is loaded.',
      ja: '文書がスキーマに合いません（未知の項目、`purpose` などの必須引数の欠落、未使用の変数、未知の列挙値：有効な値は `extensions.validValues`）。名前の候補は示しません。データの読込み前に判定されます。',
    },
    whatToDo: {
      en: 'Regenerate the client from the current `schema/schema.graphql` and fix what the compiler reports.',
      ja: '最新の `schema/schema.graphql` からクライアントを再生成し、コンパイラの指摘を修正してください。',
    },
  },
  {
    code: 'QUERY_LIMIT_EXCEEDED',
    raisedBy: ['hub'],
    where: [{ status: 400, scope: 'request' }],
    meaning: {
      en: 'The document is over a query limit (src/server/query-limits.ts): 3,000 tokens, depth 10, 15 aliases, 20 directives, or a cost of 30,000 (TSUNAGU_MAX_QUERY_COST), where lists count by their size — the resident numbers of `residents`, `first`, `limit`, as literals or variables — so that three aliased lists cost three times one. `extensions.limit` names the limit, `max` and `found` the figures. Refused before anything is run or loaded, and nothing is logged.',
      ja: '文書が照会の上限（src/server/query-limits.ts）を超えています：トークン3,000、深さ10、別名15、ディレクティブ20、コスト30,000（TSUNAGU_MAX_QUERY_COST）。一覧は件数（`residents` の宛名番号、`first`、`limit`。リテラル・変数とも）で数えるため、別名で三つ並べた一覧のコストは一つの三倍です。`extensions.limit` が上限の種類、`max` と `found` が値です。実行・読込みの前に拒否され、何も記録されません。',
    },
    whatToDo: {
      en: 'Split the query: fewer residents per request (a dashboard caseload of about 150 residents fits), fewer nested lists, smaller pages.',
      ja: '照会を分けてください（一要求あたりの住民を減らす（ダッシュボードの担当一覧なら約150人まで）、入れ子の一覧を減らす、ページを小さくする）。',
    },
  },
  {
    code: 'OPERATION_RESOLUTION_FAILURE',
    raisedBy: ['apollo'],
    where: [{ status: 400, scope: 'request' }],
    meaning: { en: 'The document holds several operations and `operationName` is missing, or names none of them.', ja: '文書に複数の操作があるのに `operationName` が指定されていないか、どの操作とも一致しません。' },
    whatToDo: { en: 'Send `operationName` matching one operation of the document.', ja: '文書内の操作名と一致する `operationName` を送ってください。' },
  },
  {
    code: 'BAD_REQUEST',
    raisedBy: ['apollo'],
    where: [
      { status: 400, scope: 'request' },
      { status: 405, scope: 'request' },
      { status: 413, scope: 'request' },
      { status: 415, scope: 'request' },
    ],
    meaning: {
      en: 'Not a GraphQL request the hub accepts: no `query`, a body that is not a JSON object (a batch, an array of operations, included), a method other than GET/POST (405), a mutation over GET (405), a body over 5 MB (413) or not in UTF-8 (415), or a request blocked by CSRF prevention (a GET or simple POST without a preflight header).',
      ja: 'ハブが受け付ける GraphQL 要求ではありません（`query` なし、本文が JSON オブジェクトでない（複数操作の一括送信を含む）、GET/POST 以外のメソッド（405）、GET での更新操作（405）、5 MB を超える本文（413）、UTF-8 以外の文字コード（415）、CSRF 対策による遮断（プリフライト用ヘッダーのない GET や単純 POST））。',
    },
    whatToDo: {
      en: 'POST JSON with `content-type: application/json`; for GET, add the header `apollo-require-preflight: true` and send queries only.',
      ja: '`content-type: application/json` の JSON を POST してください。GET では `apollo-require-preflight: true` ヘッダーを付け、照会のみを送ってください。',
    },
  },
  {
    code: 'PERSISTED_QUERY_NOT_FOUND',
    raisedBy: ['apollo'],
    where: [{ status: 200, scope: 'request' }],
    meaning: { en: 'An automatic persisted query sent only its hash, and the hub does not have it (yet, or any more).', ja: '自動永続化クエリ（APQ）でハッシュのみが送られましたが、ハブはそのクエリを保持していません。' },
    whatToDo: { en: 'Send the same request again with the full `query`; APQ-aware clients do this by themselves.', ja: '`query` 全文を付けて再送してください。APQ 対応クライアントは自動で再送します。' },
  },
  {
    code: 'DATABASE_UNAVAILABLE',
    raisedBy: ['hub'],
    where: [{ status: 503, scope: 'request' }, { status: 200, scope: 'field' }],
    meaning: {
      en: 'A database the hub needs did not answer (restarting, refusing connections, or the connection was cut): for the whole request (503, e.g. while identifying the caller) or at a field (200). Temporary; nothing about the request was wrong. `extensions.incident` names the server-log entry.',
      ja: 'ハブが使うデータベースが応答しませんでした（再起動中、接続拒否、接続断）。要求全体（503、例：利用者の確認中）または項目単位（200）で返されます。一時的なもので、要求自体に誤りはありません。`extensions.incident` がサーバーログの該当記録を示します。',
    },
    whatToDo: {
      en: 'Retry after a few seconds; after a mutation, read the record back before repeating it. Tell the system administrator if it persists (`/health` says which database).',
      ja: '数秒後に再試行してください。更新系の操作の後は、繰り返す前に記録を照会して確認してください。続く場合はシステム管理者に連絡してください（`/health` がどのデータベースかを示します）。',
    },
  },
  {
    code: 'INTERNAL_SERVER_ERROR',
    raisedBy: ['apollo'],
    where: [{ status: 200, scope: 'field' }, { status: 500, scope: 'request' }],
    meaning: {
      en: 'An unexpected failure in the hub: at a field (200) or for the whole request (500). The message never carries the cause; `extensions.incident` names the server-log entry that does.',
      ja: 'ハブ内部の予期しない障害です。項目単位（200）または要求全体（500）で返されます。原因は応答に含まれず、`extensions.incident` がサーバーログの該当記録を示します。',
    },
    whatToDo: {
      en: 'Retry later; if it persists, give the `incident` id to the system administrator.',
      ja: '時間をおいて再試行してください。続く場合は `incident` の ID をシステム管理者に伝えてください。',
    },
  },
];

/**
 * Apollo Server codes the hub never returns, and why; with the catalogue above they account for
 * every value of Apollo's `ApolloServerErrorCode`.
 */
export const APOLLO_CODES_NOT_RETURNED: Readonly<Record<string, string>> = {
  PERSISTED_QUERY_NOT_SUPPORTED: 'Automatic persisted queries are enabled (Apollo’s default), so the hub answers PERSISTED_QUERY_NOT_FOUND instead.',
};

const SCOPE_TEXT: Record<ErrorScope, string> = { request: 'request refused', field: 'at a field' };

/** The catalogue as the Markdown table in the README (`npm run errors:docs` rewrites it there). */
export function renderErrorCatalogue(catalogue: readonly DocumentedError[] = ERROR_CATALOGUE): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const rows = catalogue.map((e) => {
    const where = e.where.map((w) => `${w.status} ${SCOPE_TEXT[w.scope]}`).join('; ');
    const by = e.raisedBy.join(', ');
    return `| \`${e.code}\` | ${where} (${by}) | ${cell(e.meaning.en)}<br>${cell(e.meaning.ja)} | ${cell(e.whatToDo.en)}<br>${cell(e.whatToDo.ja)} |`;
  });
  return ['| code | HTTP status, where (raised by) | what it means | what to do |', '| --- | --- | --- | --- |', ...rows].join('\n') + '\n';
}
