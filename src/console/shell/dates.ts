import type { Calendar, Language } from './i18n';

const JAPANESE_ERA = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'Asia/Tokyo' });
const JAPANESE_ERA_TIME = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Tokyo' });

/** A date (`2026-12-05`) or instant as 和暦 (令和8年12月5日) or Western (2026-12-05), in Japan time. */
export function formatDate(value: string | null | undefined, calendar: Calendar, withTime = false): string {
  if (!value) return '';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00+09:00`) : new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  if (calendar === 'wareki') return (withTime ? JAPANESE_ERA_TIME : JAPANESE_ERA).format(date);
  const tokyo = new Date(date.getTime() + 9 * 3600_000).toISOString();
  return withTime ? `${tokyo.slice(0, 10)} ${tokyo.slice(11, 16)}` : tokyo.slice(0, 10);
}

export function formatYen(amount: number | null | undefined, language: Language): string {
  if (amount === null || amount === undefined) return '';
  return language === 'ja' ? `${amount.toLocaleString('ja-JP')}円` : `¥${amount.toLocaleString('en-US')}`;
}

/** `YYYY-MM-DD` of a day offset from today, in Japan time. */
export function dayFromToday(offset: number): string {
  return new Date(Date.now() + 9 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);
}
