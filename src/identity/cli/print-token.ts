/** Prints a bearer token for a demo actor: `npm run token -- housing-officer`. */
import { loadConfig } from '../../config/environment';
import { DEMO_STAFF } from '../../organisation/catalogue';
import { signingKey } from '../signing-key';
import { issueToken } from '../token';

async function main() {
  const actor = process.argv[2];
  const known = DEMO_STAFF.map((s) => `  ${s.code.padEnd(24)} ${s.role}${s.active === false ? ' (disabled)' : ''}`).join('\n');
  const usage = `Usage: npm run token -- <actor>\n\nPrints a bearer token for a demo actor. Demo actors:\n${known}`;
  if (actor === '--help' || actor === '-h') {
    console.log(usage);
    return;
  }
  if (!actor) {
    console.error(usage);
    process.exit(2);
  }
  if (!DEMO_STAFF.some((s) => s.code === actor)) {
    console.error(`Unknown actor "${actor}" / 不明な職員コード「${actor}」. Demo actors:\n${known}`);
    process.exit(2);
  }
  const config = loadConfig();
  if (!config.hubTokens) {
    console.error(
      "This hub accepts only the city's identity provider's tokens (OIDC_ISSUER is set, TSUNAGU_HUB_TOKENS is not on): a token printed here would be refused. " +
        '市の認証基盤（OIDC_ISSUER）が設定され TSUNAGU_HUB_TOKENS が on ではないため、ここで発行するトークンは受け付けられません。',
    );
    process.exit(2);
  }
  console.log(await issueToken({ key: signingKey(config), issuer: config.jwt.issuer, audience: config.jwt.audience }, actor));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
