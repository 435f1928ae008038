/** Response header naming the request; its access-log entries carry the same id (`requestId`). */
export const REQUEST_ID_HEADER = 'x-request-id';

/** Request header that asks for the decisions behind a response (`x-tsunagu-decisions: include`). */
export const DECISIONS_HEADER = 'x-tsunagu-decisions';
