import { createHash, randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import { openAuditPool } from '../access-log/access-log';
import { appendRecords } from '../access-log/append';
import { eventItem } from '../access-log/audit-trail';
import { AccessDecision, type RecordDraft } from '../access-log/entry';
import { loadAccessLogSettings } from '../access-log/settings';
import type { HubConfig } from '../config/environment';
import type { Databases } from '../db/databases';
import { Staff } from '../organisation/entities';

/** Who runs an import: a registered, active staff member (`--operator`), or else the operating-system user. */
export interface Operator {
  actorCode: string;
  actorRole: string;
  unitCode: string | null;
  organisationCode: string | null;
}

export async function operatorOf(databases: Databases, staffCode: string | undefined): Promise<Operator> {
  if (!staffCode) return { actorCode: `os:${userInfo().username}`, actorRole: 'OPERATOR', unitCode: null, organisationCode: null };
  const staff = await databases.em('core').findOne(Staff, { code: staffCode }, { populate: ['unit', 'unit.organisation'] });
  if (!staff || !staff.active) throw new Error(`--operator ${staffCode}: no active staff member has this code.`);
  return { actorCode: staff.code, actorRole: staff.role, unitCode: staff.unit.code, organisationCode: staff.unit.organisation.code };
}

/**
 * Writes one import to the access log: who fed which extract (its SHA-256) into the hub, and the
 * outcome. An extract is written only after its entry is (the import refuses to write unlogged).
 */
export async function logImport(
  databases: Databases,
  config: HubConfig,
  operator: Operator,
  what: { action: 'EXTRACT_IMPORTED' | 'EXTRACT_CHECKED' | 'EXTRACT_REJECTED'; kind: string; fileName: string; bytes: Buffer; rows: number; note?: string },
): Promise<void> {
  const settings = loadAccessLogSettings(config, process.env, { createKey: true });
  const pool = openAuditPool(databases.urls.audit, 1);
  const sha256 = createHash('sha256').update(what.bytes).digest('hex');
  const draft: RecordDraft = {
    requestId: randomUUID(),
    action: what.action,
    operation: `import --kind ${what.kind}`,
    ...operator,
    purpose: null,
    subject: null,
    withheldFromSubject: false,
    items: [
      eventItem({
        action: what.action,
        decision: what.action === 'EXTRACT_REJECTED' ? AccessDecision.DENIED : AccessDecision.ALLOWED,
        note: `${what.kind}: ${what.fileName} (sha256:${sha256}), ${what.rows} rows${what.note ? `; ${what.note}` : ''}`,
      }),
    ],
  };
  try {
    await appendRecords(pool, [draft], settings.signer, settings.checkpointEvery);
  } finally {
    await pool.end();
  }
}

/** Why this operator may not import this kind (a directory kind needs the system administrator), or undefined. */
export function operatorRefusal(format: { kind: string; operatorRole?: string }, operator: Operator): string | undefined {
  if (!format.operatorRole || operator.actorRole === format.operatorRole) return undefined;
  return `--kind ${format.kind} is imported only by a staff member with the role ${format.operatorRole} (--operator <staff code>); ${operator.actorCode} is ${operator.actorRole}.`;
}
