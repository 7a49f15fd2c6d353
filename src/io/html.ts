/**
 * HTML article pages: the main text extracted with Mozilla Readability over linkedom,
 * and the title, publication date and byline read from the page's metadata
 * (og:/article: meta tags, JSON-LD, <time>), falling back to what Readability found.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { normalizeText } from '../text/normalize.js';
import { isCalendarDate } from './header.js';

export interface HtmlArticle {
  text: string;
  title: string | null;
  /** YYYY-MM-DD, or null when the page gives no date. */
  date: string | null;
  byline: string | null;
  siteName: string | null;
}

export type HtmlResult = { ok: true; article: HtmlArticle } | { ok: false; reason: string };

/** Below this many characters of main text a page is not taken for an article (a index page, an error page). */
const MIN_TEXT = 200;

type El = { getAttribute(n: string): string | null; textContent: string | null };
type Doc = { querySelector(s: string): El | null; querySelectorAll(s: string): Iterable<El> };

/** The calendar date at the start of an ISO-like date-time, or of an RFC 822 date. */
export function toCalendarDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(v);
  if (iso && isCalendarDate(iso[1])) return iso[1];
  const t = Date.parse(v);
  if (Number.isNaN(t)) return null;
  // Dates with an offset ("Tue, 04 Mar 2025 09:00:00 +0100") are taken in UTC.
  return new Date(t).toISOString().slice(0, 10);
}

function meta(doc: Doc, ...keys: string[]): string | null {
  for (const k of keys) {
    const el = doc.querySelector(`meta[property="${k}"]`) ?? doc.querySelector(`meta[name="${k}"]`) ?? doc.querySelector(`meta[itemprop="${k}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

interface JsonLdFacts {
  headline?: string;
  datePublished?: string;
  author?: string;
}

/** The article facts of the page's JSON-LD blocks (NewsArticle, Article, @graph …). */
function jsonLd(doc: Doc): JsonLdFacts {
  const out: JsonLdFacts = {};
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const o = node as Record<string, unknown>;
    if (o['@graph']) visit(o['@graph']);
    const type = ([] as unknown[]).concat(o['@type'] ?? []).map(String);
    if (!type.some((t) => /Article|Posting|Report/i.test(t))) return;
    if (!out.headline && typeof o.headline === 'string') out.headline = o.headline;
    if (!out.datePublished && typeof o.datePublished === 'string') out.datePublished = o.datePublished;
    if (!out.author) {
      const names = ([] as unknown[]).concat(o.author ?? []).map((a) => (typeof a === 'string' ? a : typeof a === 'object' && a && typeof (a as { name?: unknown }).name === 'string' ? (a as { name: string }).name : null)).filter((x): x is string => !!x);
      if (names.length > 0) out.author = names.join(', ');
    }
  };
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(s.textContent ?? ''));
    } catch {
      // A malformed block is ignored: the other metadata still applies.
    }
  }
  return out;
}

/** Paragraph-separated text of Readability's content HTML. */
function blocksText(contentHtml: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${contentHtml}</body></html>`);
  const blocks: string[] = [];
  for (const el of document.querySelectorAll('h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td')) {
    // Nested blocks (a <p> in a <blockquote>) are taken once, from the outermost.
    if (el.parentElement?.closest('h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td')) continue;
    const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t) blocks.push(t);
  }
  return blocks.length > 0 ? blocks.join('\n\n') : (document.body?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Extracts the article of an HTML page, or says why there is none. */
export function readHtml(html: string, url?: string): HtmlResult {
  const { document } = parseHTML(html);
  const doc = document as unknown as Doc;
  const ld = jsonLd(doc);
  const time = document.querySelector('article time[datetime]') ?? document.querySelector('time[datetime]');
  const date =
    toCalendarDate(meta(doc, 'article:published_time', 'og:article:published_time', 'datePublished', 'date', 'pubdate', 'dc.date', 'DC.date.issued')) ??
    toCalendarDate(ld.datePublished) ??
    toCalendarDate(time?.getAttribute('datetime'));
  const metaTitle = meta(doc, 'og:title', 'twitter:title') ?? ld.headline ?? null;
  const metaByline = meta(doc, 'author', 'article:author') ?? ld.author ?? null;
  const siteName = meta(doc, 'og:site_name', 'application-name');
  if (url) {
    // Readability resolves relative links against the document's URL.
    const base = document.createElement('base');
    base.setAttribute('href', url);
    document.head?.appendChild(base);
  }
  let parsed: ReturnType<Readability['parse']> = null;
  try {
    parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: MIN_TEXT }).parse();
  } catch (err) {
    return { ok: false, reason: `the page could not be read as an article (${(err as Error).message})` };
  }
  const text = parsed?.content ? normalizeText(blocksText(parsed.content)) : '';
  if (text.length < MIN_TEXT) return { ok: false, reason: `no article found on the page (${text.length} characters of main text)` };
  const title = metaTitle ?? parsed?.title ?? document.querySelector('title')?.textContent?.trim() ?? null;
  return { ok: true, article: { text, title: title || null, date, byline: metaByline ?? parsed?.byline ?? null, siteName: siteName ?? parsed?.siteName ?? null } };
}
