import type { MatchRequest } from './propose';

/** What a reporting party may be told about its report: that it arrived. The same for every outcome. */
export interface ReporterReceipt {
  sourceKind: string;
  sourceId: string;
  received: true;
  message: { en: string; ja: string };
}

export function reporterReceipt(request: Pick<MatchRequest, 'sourceKind' | 'sourceId'>): ReporterReceipt {
  return {
    sourceKind: request.sourceKind,
    sourceId: request.sourceId,
    received: true,
    message: { en: 'The report was received.', ja: '情報提供を受け付けました。' },
  };
}
