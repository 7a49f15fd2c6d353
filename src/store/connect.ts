import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { describeStoreError, redactUrl, StoreError } from './errors.js';
import { migrationProvider, type DialectName } from './migrations.js';
import type { Database } from './schema.js';

export interface OpenOptions {
  /** How long a SQLite writer waits for another one's lock before giving up (ms). */
  busyTimeoutMs?: number;
  /** Apply migrations up to this one only (tests of upgrades); default: all. */
  migrateTo?: string;
  /** Skip migrations entirely (for inspecting a database as it is). */
  noMigrate?: boolean;
}

export interface Connection {
  db: Kysely<Database>;
  dialect: DialectName;
  /** The file or redacted URL, for messages. */
  where: string;
}

export function isPostgresTarget(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target);
}

/** Opens (creating if needed) the SQLite file or PostgreSQL database and brings its schema up to date. */
export async function connect(target: string, opts: OpenOptions = {}): Promise<Connection> {
  const conn = isPostgresTarget(target) ? await connectPostgres(target) : connectSqlite(target, opts);
  try {
    if (!opts.noMigrate) await migrate(conn, opts.migrateTo);
  } catch (err) {
    await conn.db.destroy().catch(() => undefined);
    throw describeStoreError(err, conn.where);
  }
  return conn;
}

function connectSqlite(file: string, opts: OpenOptions): Connection {
  const where = file;
  if (!existsSync(dirname(resolve(file)))) throw new StoreError('read-only', `cannot create ${file}: folder ${dirname(resolve(file))} does not exist`);
  let sqlite: BetterSqlite3.Database;
  try {
    sqlite = new BetterSqlite3(file, { timeout: opts.busyTimeoutMs ?? 5000 });
    // Reading the schema first proves the file is a database before anything is written to it.
    sqlite.prepare('select count(*) from sqlite_master').get();
    // WAL: readers never block the writer, and a killed writer loses only its open transaction.
    if (sqlite.pragma('journal_mode', { simple: true }) !== 'wal') sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
  } catch (err) {
    throw describeStoreError(err, where);
  }
  return { db: new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) }), dialect: 'sqlite', where };
}

async function connectPostgres(url: string): Promise<Connection> {
  const where = redactUrl(url);
  const pool = await openPool(url).catch(async (err: { code?: string }) => {
    if (err.code !== '3D000') throw describeStoreError(err, where);
    // The server is there but the database is not: create it, as SQLite creates its file.
    await createDatabase(url).catch((e) => {
      throw describeStoreError(e, where);
    });
    return openPool(url).catch((e) => {
      throw describeStoreError(e, where);
    });
  });
  return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), dialect: 'postgres', where };
}

async function openPool(url: string): Promise<pg.Pool> {
  const pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 5000 });
  // An idle client that loses its server must not crash the process: the next query reports it.
  pool.on('error', () => undefined);
  // Nor must one checked out when the server restarts: its query fails, and that is reported.
  pool.on('connect', (client) => client.on('error', () => undefined));
  try {
    const client = await pool.connect();
    client.release();
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw err;
  }
  return pool;
}

async function createDatabase(url: string): Promise<void> {
  const u = new URL(url);
  const name = decodeURIComponent(u.pathname.replace(/^\//, ''));
  u.pathname = '/postgres';
  const client = new pg.Client({ connectionString: u.toString(), connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(`create database "${name.replace(/"/g, '""')}"`);
  } catch (err) {
    // Created meanwhile by another process: 42P04, or 23505 when both passed the existence check at once.
    const code = (err as { code?: string }).code;
    if (code !== '42P04' && code !== '23505') throw err;
  } finally {
    await client.end();
  }
}

async function migrate(conn: Connection, to?: string): Promise<void> {
  const migrator = new Migrator({ db: conn.db, provider: migrationProvider(conn.dialect) });
  const { error, results } = to ? await migrator.migrateTo(to) : await migrator.migrateToLatest();
  if (!error) return;
  const failed = results?.find((r) => r.status === 'Error');
  const msg = (error as Error).message ?? String(error);
  if (/corrupted migrations|missing/i.test(msg)) {
    throw new StoreError('newer-schema', `${conn.where} has a schema this Parley does not know (${msg}); it was probably written by a newer version. Nothing was changed.`, { cause: error });
  }
  const mapped = describeStoreError(error, conn.where);
  if (mapped.kind !== 'other') throw mapped;
  throw new StoreError('migration', `upgrading the schema of ${conn.where}${failed ? ` at step ${failed.migrationName}` : ''} failed (${msg}); the step was rolled back and the stored data is as it was.`, { cause: error });
}
