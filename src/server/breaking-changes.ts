import { buildSchema, findBreakingChanges, findDangerousChanges } from 'graphql';

/** Where the last released schema and the acknowledged breaking changes since it are kept. */
export const RELEASED_SCHEMA = 'schema/released/schema.graphql';
export const ACKNOWLEDGEMENTS = 'schema/released/acknowledged-breaking-changes.json';

/** A breaking change someone decided to ship, with the reason (and, in the reason, who is told how). */
export interface Acknowledgement {
  type: string;
  description: string;
  reason: string;
}

export interface SchemaChange {
  type: string;
  description: string;
}

export interface ComparisonWithRelease {
  /** Breaking changes nobody acknowledged: these fail the check. */
  unacknowledged: SchemaChange[];
  /** Breaking changes acknowledged in the file. */
  acknowledged: Acknowledgement[];
  /** Acknowledgements that match no change (the change was undone, or misspelt): these fail too. */
  stale: Acknowledgement[];
  /** Acknowledgements without a reason: these fail too. */
  unexplained: Acknowledgement[];
  /** Changes that are not breaking but may change how an existing client behaves (warnings). */
  dangerous: SchemaChange[];
}

const key = (change: SchemaChange) => `${change.type}\u0000${change.description}`;

/** Compares the current SDL with the released one (graphql-js's findBreakingChanges). */
export function compareWithRelease(releasedSdl: string, currentSdl: string, acknowledgements: readonly Acknowledgement[]): ComparisonWithRelease {
  const released = buildSchema(releasedSdl);
  const current = buildSchema(currentSdl);
  const breaking = findBreakingChanges(released, current).map(({ type, description }) => ({ type: String(type), description }));
  const byKey = new Map(acknowledgements.map((a) => [key(a), a]));
  const occurring = new Set(breaking.map(key));
  return {
    unacknowledged: breaking.filter((c) => !byKey.has(key(c))),
    acknowledged: acknowledgements.filter((a) => occurring.has(key(a))),
    stale: acknowledgements.filter((a) => !occurring.has(key(a))),
    unexplained: acknowledgements.filter((a) => !a.reason?.trim()),
    dangerous: findDangerousChanges(released, current).map(({ type, description }) => ({ type: String(type), description })),
  };
}

export function passes(comparison: ComparisonWithRelease): boolean {
  return comparison.unacknowledged.length === 0 && comparison.stale.length === 0 && comparison.unexplained.length === 0;
}

/** The acknowledgements file's content. */
export function parseAcknowledgements(json: string): Acknowledgement[] {
  const parsed = JSON.parse(json) as { acknowledged?: Acknowledgement[] };
  if (!Array.isArray(parsed.acknowledged)) throw new Error(`${ACKNOWLEDGEMENTS} must be { "acknowledged": [ { "type", "description", "reason" } ] }`);
  return parsed.acknowledged;
}

/** A report for the command line. */
export function describeComparison(comparison: ComparisonWithRelease): string[] {
  const lines: string[] = [];
  const list = (title: string, changes: SchemaChange[]) => {
    if (changes.length) lines.push(title, ...changes.map((c) => `  ${c.type}: ${c.description}`));
  };
  list('Breaking changes not acknowledged:', comparison.unacknowledged);
  list(`Acknowledged in ${ACKNOWLEDGEMENTS} but not found (remove them):`, comparison.stale);
  list('Acknowledged without a reason:', comparison.unexplained);
  list('Acknowledged breaking changes:', comparison.acknowledged);
  list('Dangerous changes (not breaking; check the clients):', comparison.dangerous);
  if (comparison.unacknowledged.length) {
    lines.push(
      '',
      `Keep the schema compatible, or acknowledge each change in ${ACKNOWLEDGEMENTS}:`,
      ...comparison.unacknowledged.map((c) => `  ${JSON.stringify({ type: c.type, description: c.description, reason: '…' })}`),
    );
  }
  return lines;
}
