import { Pool } from 'pg';
import type { Databases } from '../db/databases';
import type { DirectoryCache } from '../organisation/directory-cache';
import { appendRecords, type ChainRange, checkpointHead, storeCheckpoints } from './append';
import { AppendConnection } from './append-connection';
import { CarriedCheckpoints } from './carried-checkpoints';
import { ChainHead } from './chain-head';
import { GroupCommit } from './group-commit';
import { PendingList } from './pending-list';
import { StoredSets } from './stored-sets';
import { LogWrites } from './write-outcomes';
import { SpanStatusCode } from '@opentelemetry/api';
import { tracer } from '../observability/tracing';
import type { Checkpoint } from './checkpoint';
import type { RecordDraft } from './entry';
import type { AccessLogSettings } from './settings';
import { type Verification, verifyChain } from './verify';

/** Display names of organisations and units, for reports. */
export interface Names {
  organisation(code: string | null): string | null;
  unit(code: string | null): string | null;
}

/** Auditors' queries at once per hub process; more wait for a connection (never an append). */
const AUDITOR_CONNECTIONS = 4;

/**
 * The access log of one hub process: a small connection pool to the audit database (its own, when
 * AUDIT_DATABASE_URL is set) used with plain SQL, because appending must cost one statement per
 * request whatever the number of entries.
 */
export class AccessLog {
  private verificationPool?: Pool;
  /**
   * The auditors' searches, counts, reports and reviews: connections of their own, so that however
   * many auditors query at once, an append never waits for a connection (and every response for it).
   */
  readonly auditors: Pool;
  /** The outcome of the latest append, for /health. */
  readonly writes = new LogWrites();
  /** Told of each request's append (the metrics, when on). */
  observer?: { appended(records: number, seconds: number): void; failed(): void };
  /** Checkpoints signed after an append, stored by the next one (carried-checkpoints.ts). */
  private readonly checkpoints = new CarriedCheckpoints((due) => storeCheckpoints(this.pool, due));
  /**
   * What the appends remember: the checkpoints they carry, the decision sets seen committed (sent by
   * id alone from then on) and the head of the chain this process last wrote (hashed after it).
   */
  private readonly writer = { carried: this.checkpoints, stored: new StoredSets(), head: new ChainHead() };
  /** The subjects index's pending list, merged off the requests' path (pending-list.ts). */
  private readonly pendingList = new PendingList(() => this.pool.query('SELECT audit.merge_pending_subjects()'));
  /** The connection the appends go out on, kept (append-connection.ts). */
  private readonly appendConnection: AppendConnection;
  readonly group: GroupCommit;

  private constructor(
    readonly pool: Pool,
    readonly settings: AccessLogSettings,
    readonly names: Names,
    private readonly url: string,
  ) {
    this.auditors = openAuditPool(url, AUDITOR_CONNECTIONS);
    this.appendConnection = new AppendConnection(pool);
    this.group = new GroupCommit(async (drafts) => {
      const { range } = await appendRecords(this.appendConnection, drafts, settings.signer, settings.checkpointEvery, this.writer);
      this.pendingList.appended();
      return range;
    }, settings.joinWindow);
  }

  static async open(databases: Databases, directories: DirectoryCache, settings: AccessLogSettings): Promise<AccessLog> {
    const names: Names = {
      organisation: (code) => (code === null ? null : directories.current.organisationName(code) ?? code),
      unit: (code) => (code === null ? null : directories.current.unit(code)?.name ?? code),
    };
    return new AccessLog(openAuditPool(databases.urls.audit), settings, names, databases.urls.audit);
  }

  /** Appends the drafts with whatever else this process is writing now (group-commit.ts); their place in the chain once committed. */
  async append(drafts: RecordDraft[]): Promise<ChainRange | null> {
    const asked = performance.now();
    const span = tracer.startSpan('access_log.append', { attributes: { 'tsunagu.log.records': drafts.length } });
    try {
      const range = await this.group.append(drafts);
      this.writes.succeeded();
      this.observer?.appended(drafts.length, (performance.now() - asked) / 1000);
      return range;
    } catch (error) {
      this.writes.failed(error);
      this.observer?.failed();
      span.setStatus({ code: SpanStatusCode.ERROR, message: 'append failed: the response is withheld' });
      throw error;
    } finally {
      span.end();
    }
  }

  async checkpoint(): Promise<Checkpoint | undefined> {
    await this.flushCheckpoints();
    return checkpointHead(this.pool, this.settings.signer);
  }

  /** Stores the checkpoints still waiting for an append, so that what an auditor reads has them all. */
  flushCheckpoints(): Promise<void> {
    return this.checkpoints.flush();
  }

  /**
   * What the log would otherwise do within a second of the last append, done now: the carried
   * checkpoints stored and the pending list merged (the benchmark counts each side's own).
   */
  async settle(): Promise<void> {
    await this.flushCheckpoints();
    await this.pendingList.mergeNow();
  }

  /** Verification runs on connections of its own, so that a long one never delays an append. */
  async verify(range: { fromSeq?: number; toSeq?: number }): Promise<Verification> {
    await this.flushCheckpoints();
    this.verificationPool ??= openAuditPool(this.url, 4, 0);
    return verifyChain(this.verificationPool, { ...range, trustedKeys: this.settings.trustedKeys, parallelism: 4 });
  }

  async close(): Promise<void> {
    await this.pendingList.stop();
    await this.flushCheckpoints();
    this.appendConnection.release();
    await Promise.all([this.pool.end(), this.auditors.end(), this.verificationPool?.end()]);
  }
}

/**
 * No statement on the audit database runs longer than this: an append that cannot finish fails
 * (and its response is withheld) rather than hanging the request; verification, which reads the
 * whole chain, has a pool of its own without it.
 */
const STATEMENT_TIMEOUT_MS = 10_000;

export function openAuditPool(url: string, max = 10, /** 0: none. */ statementTimeoutMs = STATEMENT_TIMEOUT_MS): Pool {
  const pool = new Pool({ connectionString: url, max, statement_timeout: statementTimeoutMs });
  // An idle connection the server drops must not crash the process; the next append reconnects
  // (and fails closed if it cannot).
  pool.on('error', (error) => console.error(`access log: idle connection lost: ${error.message}`));
  // pg-pool listens for errors on a connection only while it is idle. A connection the server drops
  // while an append holds it (a restart, pg_terminate_backend) would emit 'error' with no listener
  // and end the process; the same error already fails the append (response withheld).
  pool.on('connect', (client) => client.on('error', () => undefined));
  return pool;
}
