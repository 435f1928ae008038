import { StaffRole } from '../organisation/roles';
import type { RequestScope } from '../request/scope';
import type { AuditTrail } from './audit-trail';
import { AccessDecision } from './entry';
import { auditRoleRequired } from './log-errors';

/**
 * Only the privacy officer reads the log. A refused attempt is itself logged, so that auditors see
 * who tried. Returns the request's trail for the auditor's own event.
 */
export function requireAuditor(scope: RequestScope, operation: string, subject?: string | null): AuditTrail {
  const trail = scope.trail;
  if (scope.actor.role !== StaffRole.PRIVACY_OFFICER) {
    trail.record({ action: 'ACCESS_LOG_REFUSED', decision: AccessDecision.DENIED, subject, note: operation });
    throw auditRoleRequired();
  }
  return trail;
}
