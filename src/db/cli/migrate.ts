/**
 * `npm run migration:up`: applies every domain's pending migrations to the hub's databases (the
 * running hub's embedded server, one started for the command, or DATABASE_URL / <DOMAIN>_DATABASE_URL),
 * then grants the hub's role the new tables. `npm start` does the same before it serves.
 */
import { loadConfig } from '../../config/environment';
import { Databases } from '../databases';
import { hubRoleUrls } from '../hub-role';

export const MIGRATE_USAGE = `Usage: npm run migration:up

Applies the pending migrations of every domain (migrations/<domain>/, listed in migrations/index.ts)
to the databases the hub uses: DATABASE_URL or <DOMAIN>_DATABASE_URL, else the embedded PostgreSQL
in TSUNAGU_DATA_DIR (the running hub's, or one started for the command and stopped after it).
The hub need not be stopped; npm start applies them too.
`;

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(MIGRATE_USAGE);
    return 0;
  }
  if (argv.length > 0) {
    process.stderr.write(MIGRATE_USAGE);
    return 2;
  }
  const config = loadConfig();
  const databases = await Databases.open(config);
  try {
    await databases.migrate();
    if (databases.embedded) await hubRoleUrls(databases.urls, config.dataDir);
    console.log('Migrations applied.');
    return 0;
  } finally {
    await databases.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
