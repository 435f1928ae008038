import { ErrorCode, hubError } from '../errors';

export const MAX_PAGE = 1000;

export function assertPageSize(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
    throw hubError(ErrorCode.BAD_USER_INPUT, { en: `first must be 1–${MAX_PAGE}.`, ja: `first は1〜${MAX_PAGE}です。` });
  }
}
