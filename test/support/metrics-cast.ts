import { DEMO_STAFF as STAFF } from '../../src/organisation/catalogue';
export { DEMO_RESIDENTS } from '../../src/synthetic/demo-cast';
/** The demo staff codes, which no metric label may carry. */
export const DEMO_STAFF = STAFF.map((s) => s.code);
