import { describe, expect, it } from 'vitest';
import { getNamedType, GraphQLObjectType, type GraphQLField } from 'graphql';
import { buildHubSchema } from '../../src/server/schema';
import { findCategory, type DataCategory } from '../../src/policy/categories';
import { CATEGORY_EXTENSION, PERSONAL_RECORD_EXTENSION } from '../../src/policy/personal-field';
import { isGuarded } from '../../src/request/field-guard';

/**
 * Issue #13, class 3: every field that carries personal data, on any type reachable from any root
 * field or mutation payload, names its category and goes through the guard — reports, referrals,
 * match candidates, consent records, explanations — and a field that tells where someone lives is in
 * a category the address protection knows. The walk starts at Query and Mutation and follows every
 * field; a type reached without passing a guarded field must be a personal record itself, or one of
 * the types below, each with the reason it carries no one's personal data to an unentitled asker.
 */
const NOT_PERSONAL: Record<string, string> = {
  Me: 'the caller’s own staff record',
  DataCategory: 'the category catalogue',
  PolicySettings: 'the municipality’s policy', CategoryPurposes: 'the municipality’s policy', PurposeFields: 'the municipality’s policy',
  SupportMeeting: 'a meeting body: its name, scope and secretariat, no resident', MeetingMember: 'a member unit of a meeting, no resident',
  ReferralReceipt: 'says that a referral arrived: an id and a time', UtilityReportReceipt: 'says that a report arrived, the same whatever the city knows',
  AccessExplanation: 'whether the asker could see a category, explained only with what the asker may know (explanations-reveal-nothing.test.ts)',
  BasisFailureView: 'part of AccessExplanation', BilingualText: 'text',
  DeclarableGround: 'a purpose the caller may declare and its legal ground',
  OrganisationView: 'an organisation of the directory', UnitView: 'a unit of the directory', RefusedPurposeView: 'part of UnitView',
  ContractView: 'a contract between organisations', MembershipView: 'a unit’s seat in a body', StaffView: 'a staff record, served only to the system administrator who saved it',
};

/** The privacy officer's own records: served only to PRIVACY_OFFICER (AUDIT_ROLE_REQUIRED otherwise, test/access-log/roles.test.ts), each read logged. */
const AUDITOR_ONLY = [
  'AccessLogPage', 'AccessLogEntry', 'AccessSummaryRow', 'DisclosureReport', 'DisclosureLine', 'DisclosedCategory', 'AccessLogVerification', 'ChainFault',
  'AccessLogCheckpoint', 'EmergencyReviewItem', 'ConsentReviewItem', 'EmergencyReview',
];

const ADDRESS_LIKE = /address|postal|estate|building|unitNumber|whereabouts|location|room/i;

const schema = buildHubSchema();
const isPersonalRecord = (type: unknown) => type instanceof GraphQLObjectType && type.extensions[PERSONAL_RECORD_EXTENSION] === true;
const categoryOf = (field: GraphQLField<unknown, unknown>) => findCategory(field.extensions[CATEGORY_EXTENSION] as string);

interface Reached {
  type: GraphQLObjectType;
  via: string;
  /** The category of the guarded field the walk passed last, if any. */
  guardedBy?: DataCategory;
}

function walk(): Reached[] {
  const reached: Reached[] = [];
  const seen = new Set<string>();
  const queue: Reached[] = [{ type: schema.getQueryType()!, via: 'Query' }, { type: schema.getMutationType()!, via: 'Mutation' }];
  while (queue.length) {
    const here = queue.shift()!;
    for (const field of Object.values(here.type.getFields())) {
      const type = getNamedType(field.type);
      if (!(type instanceof GraphQLObjectType)) continue;
      const key = `${type.name}<${categoryOf(field)?.code ?? here.guardedBy?.code ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const next = { type, via: `${here.type.name}.${field.name}`, guardedBy: categoryOf(field) ?? here.guardedBy };
      reached.push(next);
      queue.push(next);
    }
  }
  return reached;
}

describe('the whole graph, walked from every root field and mutation payload', () => {
  const reached = walk();

  it('reaches no type carrying personal data except through the guard', () => {
    const problems = reached
      .filter(({ type, guardedBy }) => !guardedBy && !isPersonalRecord(type) && !(type.name in NOT_PERSONAL) && !AUDITOR_ONLY.includes(type.name))
      .map(({ type, via }) => `${type.name} (via ${via}) is neither a personal record nor known to carry no personal data`);
    expect(problems).toEqual([]);
  });

  it('guards every field of every personal record reached, whatever the type', () => {
    const problems = reached
      .filter(({ type }) => isPersonalRecord(type))
      .flatMap(({ type }) => Object.values(type.getFields()).filter((f) => !categoryOf(f) || !isGuarded(f.resolve)).map((f) => `${type.name}.${f.name}`));
    expect(problems).toEqual([]);
    expect(reached.filter(({ type }) => isPersonalRecord(type)).map(({ type }) => type.name)).toEqual(
      expect.arrayContaining(['UtilityReport', 'ReportedPerson', 'ConcerningCaseReferral', 'Consent', 'ConsentEvent', 'Emergency', 'MeetingCase', 'ConsultationAnswer']),
    );
  });

  it('puts every field that tells where someone lives in a category the address protection knows', () => {
    const problems = reached
      .filter(({ type }) => !AUDITOR_ONLY.includes(type.name))
      .flatMap(({ type, guardedBy }) =>
        Object.values(type.getFields())
          .filter((f) => ADDRESS_LIKE.test(f.name))
          .filter((f) => !(categoryOf(f) ?? guardedBy)?.revealsAddress)
          .map((f) => `${type.name}.${f.name} is in ${(categoryOf(f) ?? guardedBy)?.code ?? 'no category'}`),
      );
    expect(problems).toEqual([]);
  });
});
