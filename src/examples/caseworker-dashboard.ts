/**
 * Example program: a self-reliance support caseworker's dashboard (自立相談支援機関) built on the
 * generated typed client (src/generated, from schema/operations/caseworker-dashboard.graphql).
 *
 *   npm start                                        # the demo hub, in another terminal
 *   TOKEN=$(npm run --silent token -- caseworker) npm run example:caseworker
 *
 * Environment: HUB_URL (default http://localhost:4000/), TOKEN (required), RESIDENTS (comma-separated
 * resident numbers; default: two residents of the demo cast). The client sends each operation's id
 * (hub-client.ts), so this also runs against a hub with TRUSTED_DOCUMENTS=require.
 */
import { AccessPreviewDocument, CaseloadDocument, CaseworkerIdentityDocument, ResidentConsentsDocument, type CaseloadQuery } from '../generated/graphql';
import { hubClient, type HubError, type HubResponse } from './hub-client';

/** The demo cast's single mother (a support case) and the man who falls between departments. */
const DEMO_CASELOAD = ['1000000002', '1000000001'];
const PURPOSE = 'SELF_RELIANCE_SUPPORT';

export interface DashboardEnvironment {
  HUB_URL?: string;
  TOKEN?: string;
  RESIDENTS?: string;
}

/** Runs the dashboard's operations and prints what a caseworker would see; returns the exit code. */
export async function runCaseworkerDashboard(env: DashboardEnvironment, print: (line: string) => void, fetchFn: typeof fetch = fetch): Promise<number> {
  const url = env.HUB_URL ?? 'http://localhost:4000/';
  if (!env.TOKEN) {
    print('Set TOKEN to a bearer token, e.g. TOKEN=$(npm run --silent token -- caseworker).');
    return 2;
  }
  const caseload = env.RESIDENTS ? env.RESIDENTS.split(',').map((n) => n.trim()).filter(Boolean) : DEMO_CASELOAD;
  const hub = hubClient(url, env.TOKEN, fetchFn);

  const identity = await hub.execute(CaseworkerIdentityDocument);
  if (!identity.data) return failed('me', identity, print);
  const me = identity.data.me;
  print(`Signed in as ${me.name} (${me.code}), ${me.role} at ${me.unitCode}; may declare ${me.declarablePurposes.join(', ')}.`);

  const residents = await hub.execute(CaseloadDocument, { residentNumbers: caseload, purpose: PURPOSE });
  if (!residents.data) return failed('residents', residents, print);
  print(`\nCaseload under ${PURPOSE} (${caseload.length} residents):`);
  residents.data.residents.forEach((resident, index) => {
    for (const line of describeResident(caseload[index], resident, errorsUnder(residents.errors, ['residents', index]))) print(line);
  });

  const first = caseload[0];
  const preview = await hub.execute(AccessPreviewDocument, { residentNumber: first, purpose: PURPOSE, categories: ['housing.arrears', 'tax.arrears'] });
  if (!preview.data) return failed('explainAccess', preview, print);
  print(`\nBefore asking about ${first}:`);
  for (const entry of preview.data.explainAccess) {
    const verdict = entry.allowed ? `allowed (${entry.basis}, ${entry.citation?.en})` : `not allowed; ${entry.remedy?.en ?? 'no lawful path'}`;
    print(`  ${entry.category} held by ${entry.holder}: ${verdict}`);
  }

  const consents = await hub.execute(ResidentConsentsDocument, { residentNumber: first, purpose: PURPOSE });
  if (!consents.data) return failed('consents', consents, print);
  print(`\nConsents your unit controls for ${first}: ${consents.data.consents.length}`);
  for (const consent of consents.data.consents) {
    print(`  ${consent.id}: ${consent.categories?.join(', ')} for ${consent.purposes?.join(', ')}, ${consent.method}, from ${consent.validFrom}${consent.withdrawnAt ? ', withdrawn' : ''}`);
  }
  return 0;
}

type CaseloadResident = CaseloadQuery['residents'][number];

function describeResident(residentNumber: string, resident: CaseloadResident, errors: HubError[]): string[] {
  if (!resident) return [`• ${residentNumber}: ${withheld(errors, [])}`];
  const name = resident.familyName ? `${resident.familyName} ${resident.givenName ?? ''}`.trim() : `(name ${withheld(errors, ['familyName'])})`;
  const lines = [`• ${residentNumber} ${name}`];
  const show = (label: string, field: string, values: string[] | undefined) => {
    if (values === undefined) lines.push(`    ${label}: ${withheld(errors, [field])}`);
    else if (values.length) lines.push(...values.map((v) => `    ${label}: ${v}`));
  };
  show('support case', 'selfRelianceCases', resident.selfRelianceCases?.map((c) => `${c.caseNumber} ${c.status}, intake ${c.intakeOn}, concerns ${c.mainConcerns?.join(' ')}`));
  show('housing security benefit', 'housingSecurityBenefits', resident.housingSecurityBenefits?.map((b) => `${b.status}, ¥${b.monthlyAmountYen}/month ${b.periodStart}–${b.periodEnd}`));
  show('rent arrears', 'rentArrears', resident.rentArrears?.map((a) => `${a.monthsInArrears} months, ¥${a.amountYen}`));
  show('tax arrears', 'taxArrears', resident.taxArrears?.map((a) => `${a.taxType} ${a.fiscalYear}: ¥${a.amountYen}`));
  show('gas', 'gas', resident.gas?.map((g) => `${g.providerUnit}: ${g.arrears?.map((a) => `${a.monthsInArrears} months in arrears`).join(', ') || 'no arrears'}`));
  return lines;
}

/** The errors at or below a path of the response. */
function errorsUnder(errors: HubError[] | undefined, prefix: (string | number)[]): HubError[] {
  return (errors ?? []).filter((e) => e.path && prefix.every((p, i) => e.path![i] === p)).map((e) => ({ ...e, path: e.path!.slice(prefix.length) }));
}

/** Why a value is missing: the error code and, for a denial, the data category (explainAccess says more). */
function withheld(errors: HubError[], path: string[]): string {
  const error = errors.find((e) => JSON.stringify(e.path?.slice(0, path.length)) === JSON.stringify(path));
  if (!error) return 'none';
  const { code, category } = error.extensions ?? {};
  return `withheld [${code}${category ? ` ${category}` : ''}]`;
}

function failed(operation: string, response: HubResponse<unknown>, print: (line: string) => void): number {
  for (const error of response.errors ?? []) print(`${operation} failed (HTTP ${response.status}): [${error.extensions?.code}] ${error.message}`);
  return 1;
}
