/**
 * Ingest benchmark: N articles into SQLite and into PostgreSQL (a throwaway cluster),
 * printing articles per second and peak memory for each.
 *
 *   node dist/scripts/bench-store.js [FOLDER] [--n N] [--workers W] [--sqlite-only]
 *
 * FOLDER defaults to ../shared/data/polnear/train/text when present; otherwise (or when
 * it holds fewer than N articles) a corpus is generated from examples/.
 */
import { availableParallelism } from 'node:os';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInputs, type InputItem } from '../src/io/read.js';
import { ingest } from '../src/store/ingest.js';
import { Store } from '../src/store/store.js';
import { writeCorpus } from './corpus.js';
import { startPostgres } from './pg-cluster.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const n = Number(flag('--n') ?? 10000);
const workers = Number(flag('--workers') ?? availableParallelism());
const positional = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--n')) && !(i > 0 && args[i - 1] === '--workers'));
const tmp = mkdtempSync(join(tmpdir(), 'parley-bench-'));

let folder = positional[0] ?? resolve(root, '../shared/data/polnear/train/text');
if (!existsSync(folder) || readdirSync(folder).length === 0) {
  folder = join(tmp, 'corpus');
  writeCorpus(folder, n, join(root, 'examples'));
  process.stdout.write(`generated ${n} articles from examples/ in ${folder}\n`);
}

/** The first n articles of the folder, cycling through it (with fresh ids) when it holds fewer. */
async function* firstN(): AsyncGenerator<InputItem> {
  let k = 0;
  for (let round = 0; k < n; round++) {
    let any = false;
    for await (const item of readInputs([folder])) {
      if ('problem' in item) continue;
      any = true;
      // Later rounds rename the article so it is new to the store (its text is a copy: same story).
      yield round === 0 ? item : { ...item, document: { ...item.document, id: `${item.document.id}#${round}` } };
      if (++k >= n) return;
    }
    if (!any) return;
  }
}

async function run(label: string, target: string): Promise<void> {
  const store = await Store.open(target);
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  try {
    const s = await ingest(store, firstN(), { workers, batchSize: 16 });
    peak = Math.max(peak, process.memoryUsage().rss);
    process.stdout.write(
      `${label.padEnd(10)} ${s.stored} articles stored in ${s.seconds.toFixed(1)} s: ${(s.stored / s.seconds).toFixed(1)} articles/s, ` +
        `peak RSS ${(peak / 1048576).toFixed(0)} MiB (main thread + ${workers} workers), ${s.duplicates} linked as copies\n`,
    );
  } finally {
    clearInterval(timer);
    await store.close();
  }
}

try {
  process.stdout.write(`bench-store: ${n} articles from ${folder}, ${workers} analysis workers\n`);
  await run('sqlite', join(tmp, 'bench.db'));
  if (!args.includes('--sqlite-only')) {
    const pg = await startPostgres();
    if ('skip' in pg) process.stdout.write(`postgres   skipped: ${pg.skip}\n`);
    else {
      try {
        await run('postgres', pg.url('parley_bench'));
      } finally {
        pg.stop();
      }
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
