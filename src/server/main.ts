/** `npm start`: embedded PostgreSQL (unless DATABASE_URL), migrations, demo municipality, GraphQL on :4000. */
import { loadConfig } from '../config/environment';
import { Databases } from '../db/databases';
import { hubRoleUrls } from '../db/hub-role';
import { prepareDatabase } from './prepare-database';
import { startHub } from './hub';
import { startTracing } from '../observability/tracing';
import { signingKey } from '../identity/signing-key';
import { readDemoCast } from '../synthetic/demo-accesses';

async function main() {
  const config = loadConfig();
  const stopTracing = config.tracing ? startTracing() : async () => undefined;
  console.log(config.databaseUrl ? 'Connecting to DATABASE_URL…' : `Starting embedded PostgreSQL in ${config.dataDir} …`);
  const databases = await Databases.open(config);
  const demoGenerated = await prepareDatabase(databases, config, { progress: true });
  // Embedded: the owner migrates, the hub logs in as a role that can only append to the access log.
  const hubDatabases = databases.embedded
    ? await Databases.open({ ...config, databaseUrl: undefined, domainDatabaseUrls: await hubRoleUrls(databases.urls, config.dataDir) })
    : databases;
  const requestLog = process.env.TSUNAGU_REQUEST_LOG === 'json' ? (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`) : undefined;
  const hub = await startHub(config, hubDatabases, { port: config.port, host: process.env.HOST ?? '127.0.0.1', requestLog });
  if (demoGenerated) await readDemoCast(hub.url, { key: signingKey(config), issuer: config.jwt.issuer, audience: config.jwt.audience });
  console.log(`\nTsunagu is serving GraphQL at ${hub.url}`);
  console.log(`The console: ${hub.url}console (pick a demo actor, e.g. the privacy officer)`);
  console.log(`Trusted documents: ${config.trustedDocuments}${config.trustedDocuments === 'require' ? ' (only the operations in src/generated/persisted-documents.json run)' : ''}`);
  console.log('Get a token for a demo actor with:  npm run token -- housing-officer');

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping…');
    try {
      await hub.stop();
      if (hubDatabases !== databases) await hubDatabases.close();
    } finally {
      await databases.close();
      await stopTracing().catch(() => undefined);
      process.exit(0);
    }
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : String(error ?? 'unknown error'));
  process.exit(1);
});
