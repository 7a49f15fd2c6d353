import pg from 'pg';
import { sql } from 'kysely';
import type { Analysis } from '../analyze/analysis.js';
import { StoreError } from '../store/errors.js';
import type { SaveOutcome, Store } from '../store/store.js';

/** The advisory lock key every Parley writer of one PostgreSQL database shares ("PARLEY" in ASCII). */
const WRITE_LOCK = 0x504152_4c4559;

/**
 * Saves from many worker processes into one store, one batch at a time. The store links
 * stories and grows the actor knowledge base from what is already stored, so concurrent
 * writers would race (two copies of a story each starting one, one actor created twice).
 * On PostgreSQL a session advisory lock, held on a connection of its own, makes the saves
 * of all workers take turns; a worker killed while holding it drops its connection and
 * the server releases the lock. Under the lock the writer first brings its in-memory
 * actor base up to date when another worker changed the stored one.
 */
export class SharedWriter {
  private lockClient: pg.Client | undefined;
  private fingerprint: string | undefined;

  constructor(
    private readonly store: Store,
    private readonly url: string,
  ) {}

  async save(analyses: Analysis[]): Promise<SaveOutcome[]> {
    if (this.store.dialect !== 'postgres') return this.saveFresh(analyses);
    const client = await this.lock();
    try {
      return await this.saveFresh(analyses);
    } finally {
      await client.query('select pg_advisory_unlock($1)', [WRITE_LOCK]).catch(() => this.dropLockClient());
    }
  }

  private async saveFresh(analyses: Analysis[]): Promise<SaveOutcome[]> {
    const before = await this.actorFingerprint();
    if (this.fingerprint !== undefined && before !== this.fingerprint) await this.store.reloadActors();
    const out = await this.store.saveBatch(analyses);
    this.fingerprint = await this.actorFingerprint();
    return out;
  }

  /** Changes whenever any writer adds or updates an actor, alias or role. */
  private async actorFingerprint(): Promise<string> {
    const r = await sql<{ a: number | string; b: number | string; c: number | string; d: number | string }>`select
      (select count(*) from actors) as a, (select coalesce(sum(documents), 0) from actors) as b,
      (select count(*) from actor_aliases) as c, (select count(*) from actor_roles) as d`.execute(this.store.db);
    const row = r.rows[0];
    return `${row.a}/${row.b}/${row.c}/${row.d}`;
  }

  private async lock(): Promise<pg.Client> {
    if (!this.lockClient) {
      const client = new pg.Client({ connectionString: this.url, connectionTimeoutMillis: 5000 });
      // A lost connection surfaces on the next query; the idle client must not crash the process.
      client.on('error', () => this.dropLockClient());
      try {
        await client.connect();
      } catch (err) {
        await client.end().catch(() => undefined);
        throw new StoreError('unreachable', `cannot reach PostgreSQL at ${this.store.where} for the write lock (${(err as Error).message})`, { cause: err });
      }
      this.lockClient = client;
    }
    const client = this.lockClient;
    try {
      await client.query('select pg_advisory_lock($1)', [WRITE_LOCK]);
    } catch (err) {
      this.dropLockClient();
      throw new StoreError('unreachable', `lost PostgreSQL at ${this.store.where} while waiting for the write lock (${(err as Error).message})`, { cause: err });
    }
    return client;
  }

  private dropLockClient(): void {
    const c = this.lockClient;
    this.lockClient = undefined;
    c?.end().catch(() => undefined);
  }

  async close(): Promise<void> {
    const c = this.lockClient;
    this.lockClient = undefined;
    await c?.end().catch(() => undefined);
  }
}
