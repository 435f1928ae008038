import { DEMO_STAFF as STAFF } from '../../src/organisation/catalogue';
import { DEMO_RESIDENTS } from '../../src/synthetic/demo-cast';
export { DEMO_RESIDENTS };
/** The demo staff codes, which no metric label may carry. */
export const DEMO_STAFF = STAFF.map((s) => s.code);

/**
 * The demo resident numbers that `text` names as numbers of their own. A metric's float sample can
 * hold one by chance (`0.021000000007` holds `1000000007`), so a match must not touch another digit.
 */
export function residentsNamedIn(text: string): string[] {
  return Object.values(DEMO_RESIDENTS).filter((n) => new RegExp(`(?<!\\d)${n}(?!\\d)`).test(text));
}
