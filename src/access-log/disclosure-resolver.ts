import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { Purpose } from '../policy/purposes';
import { residentNumberOf } from '../resident/validation';
import type { RequestScope } from '../request/scope';
import { requireAuditor } from './auditor-guard';
import { disclosureReport } from './disclosure-report';
import { DisclosureReport } from './disclosure-types';
import { assertPageSize } from './paging';

@Resolver()
export class DisclosureReportResolver {
  @Query(() => DisclosureReport, {
    description:
      "A resident's disclosure report (本人開示): which organisation's department looked at which categories of their data, when, for what purpose and on what basis; newest first; organisations and departments only, never staff; entries withheld from the subject left out. Prepared by the privacy officer.",
  })
  async disclosureReport(
    @Arg('residentNumber', () => ID, { description: 'The resident who asked (宛名番号).' }) residentNumber: string,
    @Arg('first', () => Int, { defaultValue: 50, description: 'Lines per page (at most 1000).' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' }) after: string | undefined,
    @Ctx() scope: RequestScope,
  ): Promise<DisclosureReport> {
    const trail = requireAuditor(scope, 'disclosureReport', residentNumber);
    residentNumber = residentNumberOf(residentNumber);
    assertPageSize(first);
    trail.record({ action: 'DISCLOSURE_REPORTED', subject: residentNumber, purpose: Purpose.AUDIT });
    const page = await disclosureReport(trail.log.auditors, trail.log.names, residentNumber, first, after);
    return { residentNumber, ...page };
  }
}
