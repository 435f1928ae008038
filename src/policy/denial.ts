import { GraphQLError } from 'graphql';
import { ErrorCode, type Bilingual } from '../server/errors';
import type { BasisFailure, Denied } from './decision';

/** Why an access was refused and what would make it lawful, as the response explains it once. */
export interface DenialExplanation {
  category: string;
  holder: string;
  failures: BasisFailure[];
  remedy: Bilingual;
  message: Bilingual;
}

/**
 * The denials of one request, each explanation given once. A caseload of thousands of residents
 * refuses the same category for the same reasons thousands of times; so each refused field's error
 * names its explanation by id (`extensions.denial`), and the response carries every explanation
 * once, in `extensions.accessDenials` (added by denials-plugin.ts).
 */
export class DenialExplanations {
  private readonly idsByDecision = new WeakMap<Denied, string>();
  private readonly idsByContent = new Map<string, string>();
  private readonly explanations: Record<string, DenialExplanation> = {};

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
    }
    this.idsByDecision.set(decision, id);
    return id;
  }

  get size(): number {
    return this.idsByContent.size;
  }

  all(): Record<string, DenialExplanation> {
    return this.explanations;
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
export function denialMessage(decision: Denied, id: string): { message: string; extensions: Record<string, unknown> } {
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

export function denialError(decision: Denied, explanations: DenialExplanations): GraphQLError {
  const { message, extensions } = denialMessage(decision, explanations.idOf(decision));
  return new GraphQLError(message, { extensions: { ...extensions, code: ErrorCode.ACCESS_DENIED } });
}
