import { GraphQLError, type SourceLocation } from 'graphql';
import { ErrorCode, type Bilingual } from '../errors';
import type { BasisFailure, Denied } from '../policy/decision';

/** Why an access was refused and what would make it lawful, as the response explains it once. */
export interface DenialExplanation {
  category: string;
  holder: string;
  failures: BasisFailure[];
  remedy: Bilingual;
  message: Bilingual;
}

/** A refused field's entry in the response's `errors`, as graphql-js would have written it. */
export interface FieldDenialError {
  message: string;
  locations?: readonly SourceLocation[];
  path: (string | number)[];
  extensions: Record<string, unknown>;
}

/**
 * The denials of one request, each explanation given once. A caseload of thousands of residents
 * refuses the same category for the same reasons thousands of times; so each refused field's error
 * names its explanation by id (`extensions.denial`), and the response carries every explanation
 * once, in `extensions.accessDenials`. The refused fields resolve to null and their errors are
 * collected here rather than thrown through graphql-js (an Error built and caught per field was
 * most of the cost of a large caseload); the request plugin (plugin.ts) adds both to the response.
 */
export class RequestDenials {
  private readonly idsByDecision = new WeakMap<Denied, string>();
  private readonly idsByContent = new Map<string, string>();
  private readonly explanations: Record<string, DenialExplanation> = {};
  /** Each explanation's field error text, built once: every field it refuses shares it. */
  private readonly messages = new Map<string, FieldDenialMessage>();
  private readonly fieldErrors: FieldDenialError[] = [];

  /** The id of the decision's explanation (`D1`, `D2` …), the same for the same reasons. */
  idOf(decision: Denied): string {
    let id = this.idsByDecision.get(decision);
    if (id) return id;
    const content = `${decision.category.code}\u0000${decision.holder}\u0000${decision.failures.map((f) => `${f.basis}\u0000${f.reason.en}`).join('\u0000')}\u0000${decision.remedy.en}`;
    id = this.idsByContent.get(content);
    if (!id) {
      id = `D${this.idsByContent.size + 1}`;
      this.idsByContent.set(content, id);
      this.explanations[id] = explain(decision);
      this.messages.set(id, denialMessage(decision, id));
    }
    this.idsByDecision.set(decision, id);
    return id;
  }

  /** The message and extensions of a field the decision refuses. */
  messageOf(decision: Denied): FieldDenialMessage {
    return this.messages.get(this.idOf(decision))!;
  }

  /** Records the refusal of the field at `path` (its error goes into the response); the field is null. */
  refuseField(decision: Denied, path: (string | number)[], locations: readonly SourceLocation[] | undefined): null {
    const { message, extensions } = this.messageOf(decision);
    this.fieldErrors.push({ message, locations, path, extensions });
    return null;
  }

  get size(): number {
    return this.idsByContent.size;
  }

  all(): Record<string, DenialExplanation> {
    return this.explanations;
  }

  errors(): readonly FieldDenialError[] {
    return this.fieldErrors;
  }
}

function explain(decision: Denied): DenialExplanation {
  const { category, failures } = decision;
  return {
    category: category.code,
    holder: decision.holder,
    failures,
    remedy: decision.remedy,
    message: {
      en: `Access to ${category.code} denied: ${failures.map((f) => f.reason.en).join(' ')}`,
      ja: `「${category.ja}」へのアクセスは認められません。${failures.map((f) => f.reason.ja).join('')}`,
    },
  };
}

/**
 * The error a denied field resolves to: which category, who holds it, and the id of the
 * explanation in the response's `extensions.accessDenials`. It never carries the value or says
 * whether a record exists.
 */
interface FieldDenialMessage {
  message: string;
  extensions: Record<string, unknown>;
}

function denialMessage(decision: Denied, id: string): FieldDenialMessage {
  const { category } = decision;
  return {
    message: `Access to ${category.code} held by ${decision.holder} denied; why, and what would make it lawful: extensions.accessDenials.${id} of this response.`,
    extensions: {
      code: ErrorCode.ACCESS_DENIED,
      category: category.code,
      holder: decision.holder,
      denial: id,
      messageJa: `「${category.ja}」へのアクセスは認められません（理由：accessDenials.${id}）。`,
    },
  };
}

export function denialError(decision: Denied, explanations: RequestDenials): GraphQLError {
  const { message, extensions } = explanations.messageOf(decision);
  return new GraphQLError(message, { extensions: { ...extensions, code: ErrorCode.ACCESS_DENIED } });
}
