import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { DOMAIN_MODEL } from './domain-entities';
import { DOMAINS, type Domain } from '../config/environment';

const ROLE = 'tsunagu_hub';

/**
 * The embedded database's owner (a superuser) runs migrations; the hub itself logs in as a role that
 * owns nothing, so that it can append to the access log but never change or delete an entry
 * (DESIGN.md §4). With DATABASE_URL, give the hub such a role the same way (see README).
 * Returns each domain's URL for the hub role.
 */
export async function hubRoleUrls(ownerUrls: Record<Domain, string>, dataDir: string): Promise<Record<Domain, string>> {
  const password = hubPassword(dataDir);
  const urls = {} as Record<Domain, string>;
  for (const url of new Set(Object.values(ownerUrls))) await grantHubRole(url, password);
  for (const domain of DOMAINS) {
    const url = new URL(ownerUrls[domain]);
    url.username = ROLE;
    url.password = password;
    urls[domain] = url.toString();
  }
  return urls;
}

async function grantHubRole(ownerUrl: string, password: string): Promise<void> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const database = (await client.query<{ db: string }>('SELECT current_database() AS db')).rows[0].db;
    await client.query(`DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${ROLE}') THEN CREATE ROLE ${ROLE} LOGIN; END IF;
      END $$`);
    await client.query(`ALTER ROLE ${ROLE} WITH LOGIN NOSUPERUSER NOCREATEROLE NOCREATEDB PASSWORD '${password}'`);
    await client.query(`GRANT CONNECT ON DATABASE "${database}" TO ${ROLE}`);
    await client.query(`GRANT tsunagu_audit_writer TO ${ROLE}`);
    const ownSchemas = Object.entries(DOMAIN_MODEL)
      .filter(([domain]) => domain !== 'audit')
      .flatMap(([, model]) => model.schemas);
    const present = (await client.query<{ nspname: string }>('SELECT nspname FROM pg_namespace WHERE nspname = ANY($1)', [ownSchemas])).rows;
    for (const { nspname } of present) {
      await client.query(`GRANT USAGE ON SCHEMA "${nspname}" TO ${ROLE}`);
      await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "${nspname}" TO ${ROLE}`);
      await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA "${nspname}" TO ${ROLE}`);
    }
  } finally {
    await client.end();
  }
}

function hubPassword(dataDir: string): string {
  const file = join(dataDir, 'hub-db-password');
  if (!existsSync(file)) writeFileSync(file, randomBytes(24).toString('hex'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}
