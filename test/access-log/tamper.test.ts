import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowHash } from '../../src/access-log/chain-hash';
import { signCheckpoint } from '../../src/access-log/checkpoint';
import { runCheckpoint } from '../../src/access-log/cli/checkpoint-command';
import { runVerify } from '../../src/access-log/cli/verify-command';
import { chainedRowFrom, ROW_COLUMNS_WITH_SET, ROW_FROM } from '../../src/access-log/rows';
import { signerFromPem } from '../../src/access-log/signing-key';
import { asSuperuser, type AuditHub, cloneDatabase, startAuditHub, tamperWith, testSettings, verifyThrough } from './support';


let databaseUrl: string;
let hub: AuditHub;
let head: number;

const tamper = (work: (db: Client) => Promise<unknown>) => tamperWith(databaseUrl, work);
const verify = () => verifyThrough(hub);

async function row(seq: number) {
  return asSuperuser(databaseUrl, async (db) => (await db.query('SELECT * FROM audit.access_log_record WHERE seq = $1', [seq])).rows[0]);
}

async function restore(original: Record<string, unknown>) {
  await tamper(async (db) => {
    await db.query('DELETE FROM audit.access_log_record WHERE seq = $1', [original.seq]);
    const columns = Object.keys(original);
    await db.query(
      `INSERT INTO audit.access_log_record (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`,
      Object.values(original),
    );
  });
}

beforeAll(async () => {
  databaseUrl = await cloneDatabase();
  hub = await startAuditHub(databaseUrl, { settings: testSettings({ checkpointEvery: 10 }) });
  const numbers = await asSuperuser(databaseUrl, async (db) => (await db.query('SELECT resident_number FROM resident.resident ORDER BY resident_number LIMIT 36')).rows.map((r) => r.resident_number));
  for (const n of numbers) {
    const response = await hub.query('housing-officer', `query Read($n: ID!) { resident(residentNumber: $n, purpose: PUBLIC_HOUSING_MANAGEMENT) { familyName publicHousingTenancies { estateName } taxArrears { amountYen } } }`, { n });
    expect(response.status).toBe(200);
  }
  const checkpoint = await hub.query('privacy-officer', 'mutation { createAccessLogCheckpoint { seq } }');
  head = checkpoint.data.createAccessLogCheckpoint.seq;
  expect(head).toBeGreaterThan(30);
});
afterAll(() => hub?.close());

describe('verification', () => {
  it('finds an untouched log intact, checkpoints included', async () => {
    const result = await verify();
    expect(result).toMatchObject({ intact: true, headSeq: head, checkedRecords: head, firstBad: null, latestCheckpoint: { seq: head } });
    expect(result.checkedCheckpoints).toBeGreaterThanOrEqual(3);
  });

  it('catches an edited record, and names it', async () => {
    const original = await row(17);
    await tamper((db) => db.query(`UPDATE audit.access_log_record SET subjects = ARRAY['1999999999'] WHERE seq = 17`));
    expect((await verify()).firstBad).toMatchObject({ seq: 17, problem: 'ALTERED' });
    await restore(original);
    expect((await verify()).intact).toBe(true);
  });

  it('catches a record made to name other decisions (another stored decision set)', async () => {
    const original = await row(17);
    const other = await asSuperuser(databaseUrl, async (db) => (await db.query('SELECT id FROM audit.decision_set WHERE id <> $1 LIMIT 1', [original.decision_set])).rows[0]?.id);
    expect(other).toBeDefined();
    await tamper((db) => db.query('UPDATE audit.access_log_record SET decision_set = $1 WHERE seq = 17', [other]));
    expect((await verify()).firstBad).toMatchObject({ seq: 17, problem: 'ALTERED' });
    await restore(original);
    expect((await verify()).intact).toBe(true);
  });

  it('catches an edited or deleted decision set, at the first record naming it', async () => {
    const [set, first] = await asSuperuser(databaseUrl, async (db) => {
      const named = (await db.query(`SELECT decision_set, min(seq) AS seq FROM audit.access_log_record WHERE action = 'READ' GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`)).rows[0];
      const stored = (await db.query('SELECT * FROM audit.decision_set WHERE id = $1', [named.decision_set])).rows[0];
      return [stored, Number(named.seq)];
    });
    expect(first).toBeGreaterThan(0);
    await tamper((db) => db.query(`UPDATE audit.decision_set SET decisions = array_fill('ALLOWED'::text, ARRAY[cardinality(decisions)]) WHERE id = $1`, [set.id]));
    expect((await verify()).firstBad).toMatchObject({ seq: first, problem: 'DECISION_SET_ALTERED' });
    await tamper((db) => db.query('DELETE FROM audit.decision_set WHERE id = $1', [set.id]));
    expect((await verify()).firstBad).toMatchObject({ seq: first, problem: 'DECISION_SET_ALTERED' });
    const columns = Object.keys(set);
    await tamper((db) => db.query(`INSERT INTO audit.decision_set (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`, Object.values(set)));
    expect((await verify()).intact).toBe(true);
  });

  it('catches a deleted record', async () => {
    const original = await row(9);
    await tamper((db) => db.query('DELETE FROM audit.access_log_record WHERE seq = 9'));
    expect((await verify()).firstBad).toMatchObject({ seq: 9, problem: 'MISSING' });
    await restore(original);
    expect((await verify()).intact).toBe(true);
  });

  it('catches records missing at the end of a range verified on its own', async () => {
    const original = await row(20);
    await tamper((db) => db.query('DELETE FROM audit.access_log_record WHERE seq = 20'));
    const response = await hub.query('privacy-officer', 'query { verifyAccessLog(fromSeq: 10, toSeq: 20) { intact firstBad { seq problem } } }');
    expect(response.data.verifyAccessLog).toMatchObject({ intact: false, firstBad: { seq: 20, problem: 'MISSING' } });
    await restore(original);
    expect((await verify()).intact).toBe(true);
  });

  it('catches a deletion hidden by renumbering the records after it', async () => {
    const originals = await Promise.all([20, 21, 22].map(row));
    await tamper(async (db) => {
      await db.query('DELETE FROM audit.access_log_record WHERE seq = 20');
      await db.query('UPDATE audit.access_log_record SET seq = seq - 1 WHERE seq IN (21, 22)');
    });
    expect((await verify()).firstBad).toMatchObject({ seq: 20, problem: 'BROKEN_LINK' });
    await tamper((db) => db.query('DELETE FROM audit.access_log_record WHERE seq IN (20, 21)'));
    for (const original of originals) await restore(original);
    expect((await verify()).intact).toBe(true);
  });

  it('catches two records swapped in order', async () => {
    const [a, b] = await Promise.all([row(12), row(13)]);
    await tamper(async (db) => {
      await db.query('UPDATE audit.access_log_record SET seq = 1000012 WHERE seq = 12');
      await db.query('UPDATE audit.access_log_record SET seq = 12 WHERE seq = 13');
      await db.query('UPDATE audit.access_log_record SET seq = 13 WHERE seq = 1000012');
    });
    expect((await verify()).firstBad).toMatchObject({ seq: 12, problem: 'BROKEN_LINK' });
    await tamper((db) => db.query('DELETE FROM audit.access_log_record WHERE seq IN (12, 13)'));
    await restore(a);
    await restore(b);
    expect((await verify()).intact).toBe(true);
  });

  it('catches a rewrite that recomputes every hash after the edit, by the signed checkpoints', async () => {
    const originals = await asSuperuser(databaseUrl, async (db) => (await db.query('SELECT * FROM audit.access_log_record WHERE seq >= 25 ORDER BY seq')).rows);
    const withSets = await asSuperuser(databaseUrl, async (db) => (await db.query(`SELECT ${ROW_COLUMNS_WITH_SET} FROM ${ROW_FROM} WHERE seq >= 25 ORDER BY seq`)).rows);
    await tamper(async (db) => {
      let prevHash = (await db.query('SELECT hash FROM audit.access_log_record WHERE seq = 24')).rows[0].hash as string;
      for (const original of withSets) {
        const entry = { ...chainedRowFrom(original), prevHash };
        if (entry.seq === 25) entry.actorCode = 'someone-else';
        entry.hash = rowHash(entry);
        await db.query('UPDATE audit.access_log_record SET actor_code = $2, prev_hash = $3, hash = $4 WHERE seq = $1', [entry.seq, entry.actorCode, entry.prevHash, entry.hash]);
        prevHash = entry.hash;
      }
    });
    const bad = (await verify()).firstBad;
    expect(bad.problem).toBe('REWRITTEN');
    expect(bad.seq).toBeLessThanOrEqual(25);
    for (const original of originals) await restore(original);
    expect((await verify()).intact).toBe(true);
  });

  it('refuses a checkpoint signed with a key it does not trust', async () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const forger = signerFromPem(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
    const target = await row(head);
    const forged = signCheckpoint(forger, head + 50, target.hash, new Date());
    await asSuperuser(databaseUrl, (db) =>
      db.query('INSERT INTO audit.checkpoint (seq, hash, created_at, key_id, signature) VALUES ($1, $2, $3, $4, $5)', [forged.seq, forged.hash, forged.createdAt, forged.keyId, forged.signature]),
    );
    expect((await verify()).firstBad).toMatchObject({ seq: head + 50, problem: 'CHECKPOINT_INVALID' });
    await tamper((db) => db.query('DELETE FROM audit.checkpoint WHERE seq = $1', [forged.seq]));
    expect((await verify()).intact).toBe(true);
  });

  it('catches a truncated tail through the checkpoint at the old head, and through a copy kept outside once that is deleted too', async () => {
    const env = { DATABASE_URL: databaseUrl, AUDIT_SIGNING_KEY: hub.settings.signer.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() };
    const output: string[] = [];
    const io = { out: (t: string) => output.push(t), err: (t: string) => output.push(t), progressStream: process.stderr };
    expect(await runCheckpoint([], env, io)).toBe(0);
    const kept = join(mkdtempSync(join(tmpdir(), 'tsunagu-checkpoint-')), 'checkpoint.json');
    writeFileSync(kept, output.join(''));
    expect(JSON.parse(output.join(''))).toMatchObject({ seq: head, keyId: hub.settings.signer.keyId });

    await tamper((db) => db.query('DELETE FROM audit.access_log_record WHERE seq > $1', [head - 4]));
    expect((await verify()).firstBad).toMatchObject({ seq: head - 3, problem: 'TRUNCATED' });

    // Covering the tracks: without the checkpoints in the database, only the copy kept outside tells.
    await tamper((db) => db.query('DELETE FROM audit.checkpoint WHERE seq > $1', [head - 4]));
    expect((await verify()).intact).toBe(true);
    output.length = 0;
    expect(await runVerify(['--checkpoint', kept], env, io)).toBe(1);
    expect(output.join('')).toContain(`BROKEN at record ${head - 3}: TRUNCATED`);
  });
});
