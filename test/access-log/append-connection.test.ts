import type { PoolClient } from 'pg';
import { describe, expect, it } from 'vitest';
import { openAuditPool } from '../../src/access-log/access-log';
import { AppendConnection } from '../../src/access-log/append-connection';
import { asSuperuser, auditDatabase } from './support';

const audit = auditDatabase();

/** The backend (its pid) that the connection's statements run on. */
const backendOf = async (connection: AppendConnection) => Number((await connection.query<{ pid: number }>({ text: 'SELECT pg_backend_pid() AS pid' })).rows[0].pid);

describe('the connection the hub appends on', () => {
  it('sends a statement in the same turn of the event loop that asks for it, once connected', async () => {
    const connection = new AppendConnection(audit.pool);
    await backendOf(connection);
    const sent: string[] = [];
    const client = (connection as unknown as { client: PoolClient }).client;
    const original = client.query.bind(client);
    (client as unknown as { query: unknown }).query = (config: { text: string }) => {
      sent.push(config.text);
      return original(config as never);
    };
    const asked = connection.query({ text: 'SELECT 1' });
    // Nothing has been awaited yet: a pool would only hand out a connection on a later tick.
    expect(sent).toEqual(['SELECT 1']);
    await asked;
    connection.release();
  });

  it('keeps one backend across appends, and takes another once a statement fails on it', async () => {
    const connection = new AppendConnection(audit.pool);
    const first = await backendOf(connection);
    expect(await backendOf(connection)).toBe(first);
    await expect(connection.query({ text: 'SELECT 1 / 0' })).rejects.toThrow(/division by zero/);
    const second = await backendOf(connection);
    expect(second).not.toBe(first);
    connection.release();
  });

  it('takes another backend, without failing an append, once the server has closed the one it kept', async () => {
    const connection = new AppendConnection(audit.pool);
    const first = await backendOf(connection);
    await asSuperuser(audit.url, (db) => db.query('SELECT pg_terminate_backend($1)', [first]));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const second = await backendOf(connection);
    expect(second).not.toBe(first);
    connection.release();
  });

  it('goes back to the audit.pool when released, so that the audit.pool can end', async () => {
    const own = openAuditPool(audit.url, 2);
    const connection = new AppendConnection(own);
    await backendOf(connection);
    expect(own.idleCount).toBe(0);
    connection.release();
    expect(own.idleCount).toBe(1);
    await own.end();
  });
});
