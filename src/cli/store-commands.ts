import { availableParallelism } from 'node:os';
import { Command, Option } from 'commander';
import cliProgress from 'cli-progress';
import { readInputs } from '../io/read.js';
import { enqueueCommand } from './queue-commands.js';
import { StoreError } from '../store/errors.js';
import { allStoryEvents, gdeltRow, GDELT_COLUMNS, storedAnalyses } from '../store/export.js';
import { ingest, type IngestStats } from '../store/ingest.js';
import { actors, meetings, quotes, search, storyEvents, type Filters, type StoryEventRow } from '../store/queries.js';
import { Store } from '../store/store.js';
import { csvCell, render, type Column, type RowFormat } from './table.js';

/** Where the record lives: --db, else $PARLEY_DB, else parley.db in the working directory. */
function target(opts: { db?: string }): string {
  return opts.db ?? process.env.PARLEY_DB ?? 'parley.db';
}

/** Opens the store, runs `fn`, closes; store failures become one clear line and exit code 3. */
async function withStore(opts: { db?: string }, fn: (s: Store) => Promise<number | void>): Promise<number> {
  let store: Store | undefined;
  try {
    store = await Store.open(target(opts));
    return (await fn(store)) ?? 0;
  } catch (err) {
    if (err instanceof StoreError) {
      process.stderr.write(`parley: ${err.message}\n`);
      return 3;
    }
    throw err;
  } finally {
    await store?.close().catch(() => undefined);
  }
}

function write(s: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(s)) resolve();
    else process.stdout.once('drain', resolve);
  });
}

const dbOption = (): Option => new Option('--db <target>', 'SQLite file or postgres:// URL (default: $PARLEY_DB or parley.db)');

function filterOptions(cmd: Command): Command {
  return cmd
    .addOption(dbOption())
    .option('--actor <actor>', 'CAMEO actor code prefix or part of a name')
    .option('--country <code>', 'ISO alpha-3 country of either side')
    .option('--code <code>', 'CAMEO event code prefix')
    .option('--root <code>', 'CAMEO root code')
    .option('--from <date>', 'on or after YYYY-MM-DD')
    .option('--to <date>', 'on or before YYYY-MM-DD')
    .option('--modality <m>', 'asserted | negated | planned | possible')
    .option('--limit <n>', 'at most N rows', (v) => Number.parseInt(v, 10))
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'));
}

type QueryOpts = Filters & { db?: string; format: RowFormat };

const eventColumns: Column<StoryEventRow>[] = [
  { header: 'id', value: (r) => r.id },
  { header: 'date', value: (r) => r.date },
  { header: 'code', value: (r) => r.code },
  { header: 'source', value: (r) => r.source ?? r.sourceActor, max: 24 },
  { header: 'src actor', value: (r) => r.sourceActor },
  { header: 'target', value: (r) => r.target ?? r.targetActor, max: 24 },
  { header: 'tgt actor', value: (r) => r.targetActor },
  { header: 'modality', value: (r) => r.modality },
  { header: 'trigger', value: (r) => r.trigger, max: 20 },
  { header: 'articles', value: (r) => r.articles },
  { header: 'sources', value: (r) => r.sources.join(' '), max: 50 },
];

function progressReporter(): { update: (s: IngestStats) => void; stop: (s: IngestStats) => void } {
  const rate = (s: IngestStats): string => (s.seconds > 0 ? ((s.stored + s.unchanged) / s.seconds).toFixed(1) : '0');
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: 'ingest {spinner} {done} articles | {rate} articles/s | {stored} new, {unchanged} unchanged, {duplicates} copies', stream: process.stderr, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    const spin = ['|', '/', '-', '\\'];
    let k = 0;
    bar.start(0, 0, { spinner: spin[0], done: 0, rate: '0', stored: 0, unchanged: 0, duplicates: 0 });
    const payload = (s: IngestStats) => ({ spinner: spin[k++ % 4], done: s.stored + s.unchanged, rate: rate(s), stored: s.stored, unchanged: s.unchanged, duplicates: s.duplicates });
    return { update: (s) => bar.update(s.stored + s.unchanged, payload(s)), stop: (s) => { bar.update(s.stored + s.unchanged, payload(s)); bar.stop(); } };
  }
  let last = 0;
  const line = (s: IngestStats): string => `parley ingest: ${s.stored + s.unchanged} articles (${s.stored} new, ${s.unchanged} unchanged, ${s.duplicates} copies of earlier stories), ${rate(s)} articles/s\n`;
  return {
    update: (s) => {
      // Plain lines at most every two seconds, so logs stay readable.
      if (s.seconds - last >= 2) {
        last = s.seconds;
        process.stderr.write(line(s));
      }
    },
    stop: (s) => process.stderr.write(line(s)),
  };
}

export function registerStoreCommands(program: Command): void {
  program
    .command('ingest')
    .description('analyse articles and store them (idempotent: articles already stored are skipped)')
    .argument('<paths...>', 'article files, .jsonl files or directories (- for JSONL on standard input)')
    .addOption(dbOption())
    .option('--workers <n>', 'analysis threads (default: one per core)', (v) => Number.parseInt(v, 10))
    .option('--batch <n>', 'articles per transaction', (v) => Number.parseInt(v, 10), 16)
    .option('--quiet', 'no progress output')
    .option('--queue <url>', 'put the articles on the BullMQ queue at redis://HOST:PORT for `parley worker` instead of storing them here')
    .option('--queue-name <name>', 'queue name (with --queue)')
    .action(async (paths: string[], opts: { db?: string; workers?: number; batch: number; quiet?: boolean; queue?: string; queueName?: string }) => {
      if (opts.queue) {
        process.exitCode = await enqueueCommand(paths, { queue: opts.queue, queueName: opts.queueName, quiet: opts.quiet });
        return;
      }
      process.exitCode = await withStore(opts, async (store) => {
        const progress = opts.quiet ? undefined : progressReporter();
        const stats = await ingest(store, readInputs(paths), {
          workers: opts.workers ?? availableParallelism(),
          batchSize: opts.batch,
          onProblem: (m) => process.stderr.write(m + '\n'),
          onProgress: progress?.update,
        }).catch((err: unknown) => {
          progress?.stop({ read: 0, stored: 0, unchanged: 0, duplicates: 0, problems: 0, seconds: 0 });
          throw err;
        });
        progress?.stop(stats);
        return stats.problems > 0 ? 2 : 0;
      });
    });

  filterOptions(program.command('events').description('events, counted once per story, with every source that reported them')).action(async (opts: QueryOpts) => {
    process.exitCode = await withStore(opts, async (s) => write(render(await storyEvents(s, opts), eventColumns, opts.format)));
  });

  filterOptions(program.command('dyad').description('events between two actors (codes, countries or names), both directions'))
    .argument('<a>')
    .argument('<b>')
    .action(async (a: string, b: string, opts: QueryOpts) => {
      process.exitCode = await withStore(opts, async (s) => {
        const rows = await storyEvents(s, opts, [a, b]);
        await write(render(rows, eventColumns, opts.format));
        if (opts.format === 'table' && rows.length > 0) {
          const g = rows.filter((r) => r.goldstein !== null).map((r) => r.goldstein as number);
          const quad = [1, 2, 3, 4].map((q) => rows.filter((r) => r.quadClass === q).length);
          await write(`\n${rows.length} events; by quad class (verbal coop, material coop, verbal conflict, material conflict): ${quad.join(', ')}${g.length ? `; mean Goldstein ${(g.reduce((x, y) => x + y, 0) / g.length).toFixed(2)}` : ''}\n`);
        }
      });
    });

  filterOptions(program.command('quotes').description('quotations with their speakers')).action(async (opts: QueryOpts) => {
    process.exitCode = await withStore(opts, async (s) =>
      write(render(await quotes(s, opts), [
        { header: 'date', value: (r) => r.date },
        { header: 'document', value: (r) => r.document, max: 30 },
        { header: 'speaker', value: (r) => r.speaker, max: 24 },
        { header: 'actor', value: (r) => r.actor },
        { header: 'kind', value: (r) => r.kind },
        { header: 'medium', value: (r) => r.medium, max: 24 },
        { header: 'text', value: (r) => r.text, max: 80 },
      ], opts.format)),
    );
  });

  filterOptions(program.command('actors').description('the actor knowledge base: people and organisations across articles')).action(async (opts: QueryOpts) => {
    process.exitCode = await withStore(opts, async (s) =>
      write(render(await actors(s, opts), [
        { header: 'id', value: (r) => r.id },
        { header: 'name', value: (r) => r.name, max: 30 },
        { header: 'type', value: (r) => r.type },
        { header: 'country', value: (r) => r.country },
        { header: 'actor', value: (r) => r.actor },
        { header: 'first', value: (r) => r.firstSeen },
        { header: 'last', value: (r) => r.lastSeen },
        { header: 'docs', value: (r) => r.documents },
        { header: 'roles', value: (r) => r.roles.map((x) => `${x.role}${x.actor ? ` (${x.actor})` : ''} ${x.firstSeen ?? ''}..${x.lastSeen ?? ''}`).join('; '), max: 60 },
        { header: 'aliases', value: (r) => r.aliases.join('; '), max: 40 },
      ], opts.format)),
    );
  });

  filterOptions(program.command('meetings').description('meetings with their sides and participants')).action(async (opts: QueryOpts) => {
    process.exitCode = await withStore(opts, async (s) =>
      write(render(await meetings(s, opts), [
        { header: 'date', value: (r) => r.date },
        { header: 'document', value: (r) => r.document, max: 30 },
        { header: 'location', value: (r) => r.location },
        { header: 'hours', value: (r) => r.hours },
        { header: 'sides', value: (r) => r.sides.map((x) => `${x.side}: ${x.participants.join(', ')}`).join(' | '), max: 80 },
      ], opts.format)),
    );
  });

  filterOptions(program.command('search').description('full-text search of the stored articles (every word must occur)'))
    .argument('<text...>')
    .action(async (text: string[], opts: QueryOpts) => {
      process.exitCode = await withStore(opts, async (s) =>
        write(render(await search(s, text.join(' '), opts), [
          { header: 'date', value: (r) => r.date },
          { header: 'document', value: (r) => r.document, max: 40 },
          { header: 'title', value: (r) => r.title, max: 40 },
          { header: 'snippet', value: (r) => r.snippet, max: 100 },
        ], opts.format)),
      );
    });

  program
    .command('export')
    .description('export the record: jsonl (one analysis per article), csv (events), gdelt (GDELT 2.0 event table TSV)')
    .addOption(dbOption())
    .addOption(new Option('-f, --format <format>', 'export format').choices(['jsonl', 'csv', 'gdelt']).default('jsonl'))
    .option('--header', 'gdelt: print the column names first (GDELT files have none)')
    .action(async (opts: { db?: string; format: 'jsonl' | 'csv' | 'gdelt'; header?: boolean }) => {
      process.exitCode = await withStore(opts, async (s) => {
        if (opts.format === 'jsonl') {
          for await (const a of storedAnalyses(s)) await write(JSON.stringify(a) + '\n');
        } else if (opts.format === 'gdelt') {
          if (opts.header) await write(GDELT_COLUMNS.join('\t') + '\n');
          for await (const e of allStoryEvents(s)) await write(gdeltRow(e) + '\n');
        } else {
          const cols = ['id', 'date', 'code', 'root', 'source', 'sourceActor', 'sourceCountry', 'target', 'targetActor', 'targetCountry', 'modality', 'quadClass', 'goldstein', 'location', 'trigger', 'mentions', 'articles', 'sources', 'sentence'] as const;
          await write(cols.join(',') + '\n');
          for await (const e of allStoryEvents(s)) await write(cols.map((c) => csvCell(c === 'sources' ? e.sources.join(' ') : e[c])).join(',') + '\n');
        }
      });
    });
}
