import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { Purpose } from '../policy/purposes';
import { ErrorCode, hubError } from '../errors';
import type { RequestScope } from '../request/scope';
import { requireAuditor } from './auditor-guard';
import { AccessLogEntry, AccessLogFilter, AccessLogPage } from './entry-types';
import { assertValidFilter, type EntryFilter } from './filter';
import { countEntries, searchEntries } from './search';
import { assertPageSize, MAX_PAGE } from './paging';
import { summarise } from './summary';
import { AccessSummaryRow } from './summary-types';

/** The auditors' view of the log: every call is itself logged (ACCESS_LOG_SEARCHED). */
@Resolver()
export class AccessLogResolver {
  @Query(() => AccessLogPage, { description: 'Access-log entries matching the filter, newest first, cursor-paged. Privacy officer only.' })
  async accessLog(
    @Arg('filter', () => AccessLogFilter, { nullable: true, description: 'Conditions; none for every entry.' }) filter: AccessLogFilter | undefined,
    @Arg('first', () => Int, { defaultValue: 50, description: `At most ${MAX_PAGE}.` }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' }) after: string | undefined,
    @Ctx() scope: RequestScope,
  ): Promise<AccessLogPage> {
    const trail = requireAuditor(scope, 'accessLog', filter?.subject);
    assertValidFilter(filter);
    assertPageSize(first);
    trail.record({ action: 'ACCESS_LOG_SEARCHED', subject: filter?.subject, purpose: Purpose.AUDIT, note: `accessLog ${describe(filter)}` });
    const page = await searchEntries(trail.log.auditors, filter, first, after);
    return { ...page, entries: page.entries as AccessLogEntry[], filter };
  }

  @Query(() => [AccessSummaryRow], {
    description: 'Who accessed which categories on which basis over a period (filter.from and filter.to required), grouped with counts. Privacy officer only.',
  })
  async accessLogSummary(
    @Arg('filter', () => AccessLogFilter, { description: 'The period (from, to) and any further conditions.' }) filter: AccessLogFilter,
    @Ctx() scope: RequestScope,
  ): Promise<AccessSummaryRow[]> {
    const trail = requireAuditor(scope, 'accessLogSummary', filter.subject);
    assertValidFilter(filter);
    if (!filter.from || !filter.to) {
      throw hubError(ErrorCode.BAD_USER_INPUT, { en: 'A summary needs a period: filter.from and filter.to.', ja: '集計には期間（filter.from と filter.to）が必要です。' });
    }
    trail.record({ action: 'ACCESS_LOG_SEARCHED', subject: filter.subject, purpose: Purpose.AUDIT, note: `accessLogSummary ${describe(filter)}` });
    const { names } = trail.log;
    return (await summarise(trail.log.auditors, filter)).map((row) => ({
      ...row,
      organisationName: names.organisation(row.organisationCode),
      unitName: names.unit(row.unitCode),
    })) as AccessSummaryRow[];
  }
}

@Resolver(() => AccessLogPage)
export class AccessLogPageResolver {
  @FieldResolver(() => Int, { description: 'Entries matching the filter in all pages (counted on request).' })
  totalCount(@Root() page: AccessLogPage, @Ctx() scope: RequestScope): Promise<number> {
    return countEntries(scope.trail.log.auditors, page.filter);
  }
}

function describe(filter: EntryFilter | undefined): string {
  return JSON.stringify(filter ?? {});
}
