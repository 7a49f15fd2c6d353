import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { analyzeWith } from '../analyze/pipeline.js';
import { loadDefaultPipeline } from '../io/pipeline.js';
import { readInputs } from '../io/read.js';
import { buildApp } from '../server/app.js';
import { StoreError } from '../store/errors.js';
import { ingest } from '../store/ingest.js';
import { Store } from '../store/store.js';

interface ServeOptions {
  db?: string;
  port: number;
  host: string;
  token?: string;
  protectReads?: boolean;
  ingest?: string[];
  log?: boolean;
}

function port(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`--port must be 0..65535, not ${v}`);
  return n;
}

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API (/api, /openapi.json, /docs) and the dashboard over a record')
    .option('--db <target>', 'SQLite file or postgres:// URL (default: $PARLEY_DB or parley.db)')
    .option('--port <n>', 'TCP port (0: any free port)', port, 8080)
    .option('--host <addr>', 'address to listen on', '127.0.0.1')
    .option('--token <token>', 'bearer token for POST /api/ingest (default: $PARLEY_TOKEN; none: ingest is off)')
    .option('--protect-reads', 'require the token for reads and /api/analyze too')
    .option('--ingest <paths...>', 'first ingest these articles (idempotent: stored ones are skipped)')
    .option('--log', 'log every request (JSON lines on standard output)')
    .action(async (opts: ServeOptions) => {
      process.exitCode = await serve(opts);
    });
}

async function serve(opts: ServeOptions): Promise<number> {
  const token = opts.token ?? process.env.PARLEY_TOKEN ?? undefined;
  if (opts.protectReads && !token) {
    process.stderr.write('parley serve: --protect-reads needs a token (--token or PARLEY_TOKEN)\n');
    return 1;
  }
  let store: Store;
  try {
    store = await Store.open(opts.db ?? process.env.PARLEY_DB ?? 'parley.db');
  } catch (err) {
    if (err instanceof StoreError) {
      process.stderr.write(`parley: ${err.message}\n`);
      return 3;
    }
    throw err;
  }
  if (opts.ingest && opts.ingest.length > 0) {
    const s = await ingest(store, readInputs(opts.ingest), { workers: Math.min(2, availableParallelism()), onProblem: (m) => process.stderr.write(m + '\n') });
    process.stderr.write(`parley serve: ingested ${s.read} articles from ${opts.ingest.join(', ')}: ${s.stored} new, ${s.unchanged} already stored\n`);
  }
  const pipeline = loadDefaultPipeline();
  const app = await buildApp({ store, analyze: (d) => analyzeWith(pipeline, d), token, protectReads: opts.protectReads, logger: opts.log });
  await app.listen({ port: opts.port, host: opts.host });
  const addr = app.server.address();
  const where = typeof addr === 'object' && addr ? `http://${addr.family === 'IPv6' ? `[${addr.address}]` : addr.address}:${addr.port}/` : String(addr);
  process.stdout.write(`parley serve: dashboard ${where}  API ${where}api  docs ${where}docs  (${store.where}; ingest ${token ? 'on, with the token' : 'off: no token'}${opts.protectReads ? '; reads need the token' : ''})\n`);
  await new Promise<void>((resolve) => {
    const stop = (): void => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await app.close();
  await store.close();
  return 0;
}
