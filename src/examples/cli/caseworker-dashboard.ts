/** `npm run example:caseworker`: runs the caseworker dashboard example against HUB_URL with TOKEN. */
import { runCaseworkerDashboard } from '../caseworker-dashboard';

runCaseworkerDashboard(process.env, (line) => console.log(line)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);
