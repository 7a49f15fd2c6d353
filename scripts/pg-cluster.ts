/**
 * A throwaway PostgreSQL cluster for tests and benchmarks: initdb + pg_ctl in a temp
 * folder, on a free loopback port, removed on stop. initdb refuses to run as root, so
 * as root the server programs run as an unprivileged user (postgres, else nobody) via
 * runuser. Set PARLEY_TEST_PG_URL to use an existing server instead.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PgCluster {
  /** Server URL with no database name: append one. */
  base: string;
  url(database: string): string;
  /** Stops the server (fast shutdown: clients are cut off), waits downMs, starts it again on the same port and data. */
  restart(downMs?: number): Promise<void>;
  stop(): void;
}

function bindir(): string | null {
  try {
    const d = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (existsSync(join(d, 'initdb'))) return d;
  } catch {
    /* fall through to the Debian layout */
  }
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    for (const v of readdirSync(root).sort().reverse()) if (existsSync(join(root, v, 'bin', 'initdb'))) return join(root, v, 'bin');
  }
  return null;
}

/** A free TCP port on loopback, for a throwaway server. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

function uidOf(user: string): { uid: number; gid: number } | null {
  const r = spawnSync('id', ['-u', user], { encoding: 'utf8' });
  const g = spawnSync('id', ['-g', user], { encoding: 'utf8' });
  return r.status === 0 && g.status === 0 ? { uid: Number(r.stdout.trim()), gid: Number(g.stdout.trim()) } : null;
}

/** Starts a cluster, or returns the reason it cannot (the caller skips with it). */
export async function startPostgres(): Promise<PgCluster | { skip: string }> {
  const given = process.env.PARLEY_TEST_PG_URL;
  if (given) {
    const base = given.replace(/\/[^/]*$/, '');
    return { base, url: (db) => `${base}/${db}`, restart: async () => undefined, stop: () => undefined };
  }
  const bin = bindir();
  if (!bin) return { skip: 'PostgreSQL server programs not found (install postgresql; pg_config --bindir names them)' };
  const dir = mkdtempSync(join(tmpdir(), 'parley-pg-'));
  const data = join(dir, 'data');
  let asUser: string | null = null;
  if (process.getuid?.() === 0) {
    for (const u of ['postgres', 'nobody']) {
      const ids = uidOf(u);
      if (ids) {
        asUser = u;
        chownSync(dir, ids.uid, ids.gid);
        break;
      }
    }
    if (!asUser) {
      rmSync(dir, { recursive: true, force: true });
      return { skip: 'running as root and no unprivileged user (postgres or nobody) to run initdb as' };
    }
  }
  const run = (prog: string, args: string[]): { ok: boolean; out: string } => {
    const cmd = asUser ? 'runuser' : join(bin, prog);
    const full = asUser ? ['-u', asUser, '--', join(bin, prog), ...args] : args;
    const r = spawnSync(cmd, full, { encoding: 'utf8', cwd: dir, timeout: 60_000 });
    return { ok: r.status === 0, out: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}` };
  };
  const init = run('initdb', ['-D', data, '-U', 'parley', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  if (!init.ok) {
    rmSync(dir, { recursive: true, force: true });
    return { skip: `initdb failed: ${init.out.trim().split('\n').slice(-3).join(' ')}` };
  }
  const port = await freePort();
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  const start = run('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-o', opts, '-w', '-t', '30', 'start']);
  if (!start.ok) {
    rmSync(dir, { recursive: true, force: true });
    return { skip: `pg_ctl start failed: ${start.out.trim().split('\n').slice(-3).join(' ')}` };
  }
  const base = `postgres://parley@127.0.0.1:${port}`;
  let stopped = false;
  return {
    base,
    url: (db) => `${base}/${db}`,
    restart: async (downMs = 0) => {
      const down = run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      if (!down.ok) throw new Error(`pg_ctl stop failed: ${down.out}`);
      if (downMs > 0) await new Promise((r) => setTimeout(r, downMs));
      const up = run('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-o', opts, '-w', '-t', '30', 'start']);
      if (!up.ok) throw new Error(`pg_ctl start failed: ${up.out}`);
    },
    stop: () => {
      if (stopped) return;
      stopped = true;
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
