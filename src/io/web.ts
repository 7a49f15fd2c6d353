/**
 * Feeds and pages as input: URLs are fetched, feeds expand into their items (each item's
 * page is fetched and its article extracted; the item's own content is the fallback), and
 * .html, .rss, .atom and .xml files are read the same way.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Document } from '../analyze/analysis.js';
import { normalizeText } from '../text/normalize.js';
import { parseFeed, looksLikeFeed, type Feed, type FeedItem } from './feed.js';
import { readHtml } from './html.js';
import type { InputItem } from './read.js';

export { isUrl, isWebInput } from './web-input.js';
import { isUrl } from './web-input.js';

export interface Fetched {
  body: string;
  contentType: string;
}

/** GETs a URL as text; failures are thrown with the URL and the reason in words. */
export async function fetchText(url: string, timeoutMs = 20_000): Promise<Fetched> {
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { 'user-agent': 'parley (news analysis)', accept: 'application/rss+xml, application/atom+xml, application/xml, text/xml, text/html;q=0.9, */*;q=0.5' } });
  } catch (err) {
    const e = err as Error & { cause?: { code?: string; message?: string } };
    throw new Error(`cannot fetch ${url}: ${e.name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : e.cause?.code ?? e.cause?.message ?? e.message}`);
  }
  if (!res.ok) throw new Error(`cannot fetch ${url}: HTTP ${res.status} ${res.statusText}`.trim());
  return { body: await res.text(), contentType: res.headers.get('content-type') ?? '' };
}

function problem(file: string, message: string): InputItem {
  return { problem: { file, severity: 'skipped', message } };
}

/** An HTML page (fetched or read) as an article. */
export function pageItem(html: string, where: string, id: string, url?: string): InputItem {
  const r = readHtml(html, url);
  if (!r.ok) return problem(where, r.reason);
  const a = r.article;
  const document: Document = { id, text: a.text, date: a.date };
  if (a.title) document.title = a.title;
  if (url) document.url = url;
  if (a.siteName) document.source = a.siteName;
  return { document, file: where };
}

/** Plain text of an item's own content, which feeds give as HTML or as text. */
function contentText(content: string): string {
  if (!/[<&]/.test(content)) return normalizeText(content.trim());
  const { document } = parseHTML(`<!doctype html><html><body>${content}</body></html>`);
  const parts: string[] = [];
  for (const el of document.querySelectorAll('p, li, h1, h2, h3, h4, blockquote')) {
    const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t) parts.push(t);
  }
  return normalizeText(parts.length > 0 ? parts.join('\n\n') : (document.body?.textContent ?? '').replace(/\s+/g, ' ').trim());
}

/**
 * One feed item as an article: its page when it links to one and the page holds an
 * article, else its own content. The item's date fills in when the page gives none.
 */
export async function feedItemInput(item: FeedItem, feed: Feed, feedWhere: string): Promise<InputItem> {
  const where = `${feedWhere} item ${JSON.stringify(item.title ?? item.key)}`;
  const id = item.link ?? item.key;
  let reason = 'the item has no link and no content';
  if (item.link && isUrl(item.link)) {
    try {
      const page = await fetchText(item.link);
      const got = pageItem(page.body, where, id, item.link);
      if ('document' in got) {
        got.document.date ??= item.date;
        if (item.title) got.document.title ??= item.title;
        if (feed.title) got.document.source ??= feed.title;
        return got;
      }
      reason = got.problem.message;
    } catch (err) {
      reason = (err as Error).message;
    }
  }
  const text = item.content ? contentText(item.content) : '';
  if (text.length === 0) return problem(where, reason);
  const document: Document = { id, text, date: item.date };
  if (item.title) document.title = item.title;
  if (item.link) document.url = item.link;
  if (feed.title) document.source = feed.title;
  return { document, file: where };
}

/** Fetches a URL or reads a file and says whether it is a feed or a page. */
export async function load(path: string): Promise<{ kind: 'feed'; feed: Feed } | { kind: 'page'; html: string } | { kind: 'error'; message: string }> {
  let body: string;
  let contentType = '';
  try {
    if (isUrl(path)) ({ body, contentType } = await fetchText(path));
    else body = await readFile(path, 'utf8');
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return { kind: 'error', message: e.code === 'ENOENT' ? 'no such file or directory' : e.message };
  }
  const feedByName = !isUrl(path) && /\.(rss|atom|xml)$/i.test(path);
  const pageByName = !isUrl(path) && /\.html?$/i.test(path);
  if (pageByName || (!feedByName && !looksLikeFeed(body, contentType) && /<html|<body|<article|<!doctype html/i.test(body))) return { kind: 'page', html: body };
  const parsed = parseFeed(body);
  if (!parsed.ok) return { kind: 'error', message: `${path} is ${parsed.reason}` };
  return { kind: 'feed', feed: parsed.feed };
}

/** Reads a URL, HTML file or feed file into articles and problems. */
export async function* readWebInput(path: string): AsyncGenerator<InputItem> {
  const got = await load(path);
  if (got.kind === 'error') {
    yield problem(path, got.message);
    return;
  }
  if (got.kind === 'page') {
    const id = isUrl(path) ? path : basename(path, extname(path));
    yield pageItem(got.html, path, id, isUrl(path) ? path : undefined);
    return;
  }
  if (got.feed.items.length === 0) yield { problem: { file: path, severity: 'warning', message: 'the feed has no items' } };
  for (const item of got.feed.items) yield await feedItemInput(item, got.feed, path);
}
