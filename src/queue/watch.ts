/**
 * `parley watch`: polls feeds and ingests only the items not seen before. What was taken
 * is remembered in the store (table feed_seen), so a restarted watcher carries on where
 * the last one stopped. Items are stored directly, or put on the queue for workers.
 */
import type { InputItem } from '../io/read.js';
import { feedItemInput, load } from '../io/web.js';
import { formatProblem } from '../io/problems.js';
import { ingest } from '../store/ingest.js';
import type { Store } from '../store/store.js';
import { enqueue } from './producer.js';

export interface PollResult {
  feed: string;
  /** Set when the feed itself could not be read (it is polled again next time). */
  error?: string;
  items: number;
  fresh: number;
  stored: number;
  problems: number;
}

export interface WatchOptions {
  /** Put new items on this queue instead of storing them here. */
  queue?: string;
  queueName?: string;
  onProblem?: (message: string) => void;
}

async function* each(items: InputItem[]): AsyncGenerator<InputItem> {
  yield* items;
}

/** One poll of one feed. */
export async function pollFeed(store: Store, feed: string, opts: WatchOptions = {}): Promise<PollResult> {
  const got = await load(feed);
  if (got.kind !== 'feed') {
    const error = got.kind === 'error' ? got.message : `${feed} is an HTML page, not an RSS or Atom feed`;
    return { feed, error, items: 0, fresh: 0, stored: 0, problems: 0 };
  }
  const keys = got.feed.items.map((i) => i.key);
  const seen = new Set<string>();
  for (let i = 0; i < keys.length; i += 500) {
    const rows = await store.db.selectFrom('feed_seen').select('item').where('feed', '=', feed).where('item', 'in', keys.slice(i, i + 500)).execute();
    for (const r of rows) seen.add(r.item);
  }
  const fresh = got.feed.items.filter((i, k) => !seen.has(i.key) && keys.indexOf(i.key) === k);
  const inputs: InputItem[] = [];
  const done: string[] = [];
  let problems = 0;
  for (const item of fresh) {
    const input = await feedItemInput(item, got.feed, feed);
    if ('problem' in input) {
      problems++;
      opts.onProblem?.(formatProblem(input.problem));
      // A page that could not be fetched is tried again next poll; one with no article is not.
      if (/cannot fetch/.test(input.problem.message)) continue;
    } else inputs.push(input);
    done.push(item.key);
  }
  let stored = 0;
  if (inputs.length > 0) {
    if (opts.queue) stored = (await enqueue(opts.queue, each(inputs), { queueName: opts.queueName })).enqueued;
    else stored = (await ingest(store, each(inputs), { workers: 0, onProblem: opts.onProblem })).stored;
  }
  // Marked after the articles are stored: a crash in between only means they are offered again, and skipped as unchanged.
  const now = new Date().toISOString();
  for (let i = 0; i < done.length; i += 200) {
    await store.db
      .insertInto('feed_seen')
      .values(done.slice(i, i + 200).map((item) => ({ feed, item, seen_at: now })))
      .onConflict((oc) => oc.columns(['feed', 'item']).doNothing())
      .execute();
  }
  return { feed, items: got.feed.items.length, fresh: fresh.length, stored, problems };
}

/** Polls every feed, then waits `intervalMs`, until `signal` aborts (or once). */
export async function watchFeeds(
  store: Store,
  feeds: string[],
  opts: WatchOptions & { intervalMs: number; once?: boolean; signal?: AbortSignal; onPoll?: (r: PollResult) => void },
): Promise<void> {
  for (;;) {
    for (const feed of feeds) {
      if (opts.signal?.aborted) return;
      opts.onPoll?.(await pollFeed(store, feed, opts));
    }
    if (opts.once || opts.signal?.aborted) return;
    await new Promise<void>((resolve) => {
      const t = setTimeout(resolve, opts.intervalMs);
      opts.signal?.addEventListener('abort', () => {
        clearTimeout(t);
        resolve();
      }, { once: true });
    });
  }
}
