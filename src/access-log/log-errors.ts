import { ErrorCode, hubError } from '../errors';

export function accessLogUnavailable() {
  return hubError(
    ErrorCode.ACCESS_LOG_UNAVAILABLE,
    {
      en: 'The access log could not be written, so no data is returned. Try again later; if it persists, tell the system administrator.',
      ja: 'アクセス記録を書き込めなかったため、データは返却されません。時間をおいて再度お試しください。続く場合はシステム管理者に連絡してください。',
    },
    {},
    503,
  );
}

export function auditRoleRequired() {
  return hubError(ErrorCode.AUDIT_ROLE_REQUIRED, {
    en: 'Only the privacy officer (PRIVACY_OFFICER) reads the access log.',
    ja: 'アクセス記録を参照できるのは個人情報保護担当（PRIVACY_OFFICER）のみです。',
  });
}
