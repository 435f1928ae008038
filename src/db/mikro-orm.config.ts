/**
 * Configuration for the MikroORM CLI (`npx mikro-orm … --context housing`). It reads the same
 * environment as the hub; the CLI needs a reachable database, so set DATABASE_URL (or a domain's
 * own URL), e.g. to the embedded PostgreSQL that `npm start` runs.
 */
import { DOMAINS, loadConfig } from '../config/environment';
import { ormOptionsFor } from './orm-options';

const config = loadConfig();
const urlFor = (domain: (typeof DOMAINS)[number]) =>
  config.domainDatabaseUrls[domain] ?? config.databaseUrl ?? `postgresql://postgres:postgres@127.0.0.1:${config.embeddedPostgresPort}/tsunagu`;

export default DOMAINS.map((domain) => ormOptionsFor(domain, urlFor(domain)));
