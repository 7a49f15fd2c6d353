/**
 * RSS (0.9x, 1.0/RDF, 2.0) and Atom feeds, parsed with fast-xml-parser. A feed that is
 * not XML, or is XML but no feed, is refused with a reason.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { toCalendarDate } from './html.js';

export interface FeedItem {
  /** What identifies the item across polls: guid or id, else link, else title and date. */
  key: string;
  title: string | null;
  link: string | null;
  date: string | null;
  /** The item's own content (HTML or text): content:encoded, content, summary or description. */
  content: string | null;
}

export interface Feed {
  title: string | null;
  items: FeedItem[];
}

export type FeedResult = { ok: true; feed: Feed } | { ok: false; reason: string };

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  // Entities in titles and descriptions are decoded; HTML inside CDATA stays as it is.
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => ['item', 'entry', 'link'].includes(name),
});

/** The text of an element that may carry attributes (then its text is under #text). */
function text(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number') return String(v).trim() || null;
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === 'object') return text((v as Node)['#text']);
  return null;
}

function atomLink(links: unknown): string | null {
  const list = (Array.isArray(links) ? links : [links]).filter((l) => l !== undefined) as (Node | string)[];
  const pick = list.find((l) => typeof l === 'object' && (l['@rel'] === undefined || l['@rel'] === 'alternate')) ?? list[0];
  if (pick === undefined) return null;
  return typeof pick === 'string' ? pick.trim() || null : text(pick['@href']);
}

function rssItem(it: Node): FeedItem {
  const link = text(it.link) ?? (typeof it['@rdf:about'] === 'string' ? it['@rdf:about'] : null);
  const title = text(it.title);
  const date = toCalendarDate(text(it.pubDate) ?? text(it['dc:date']));
  return { key: text(it.guid) ?? link ?? `${title ?? ''}|${date ?? ''}`, title, link, date, content: text(it['content:encoded']) ?? text(it.description) };
}

function atomEntry(e: Node): FeedItem {
  const link = atomLink(e.link);
  const title = text(e.title);
  const date = toCalendarDate(text(e.published) ?? text(e.updated));
  return { key: text(e.id) ?? link ?? `${title ?? ''}|${date ?? ''}`, title, link, date, content: text(e.content) ?? text(e.summary) };
}

export function parseFeed(xml: string): FeedResult {
  const body = xml.replace(/^\ufeff/, '');
  if (!/^\s*</.test(body)) return { ok: false, reason: 'not XML (it does not start with a tag): not an RSS or Atom feed' };
  const valid = XMLValidator.validate(body);
  if (valid !== true) return { ok: false, reason: `not well-formed XML (line ${valid.err.line}: ${valid.err.msg}): not an RSS or Atom feed` };
  let doc: Node;
  try {
    doc = parser.parse(body) as Node;
  } catch (err) {
    return { ok: false, reason: `not readable XML (${(err as Error).message})` };
  }
  const rss = doc.rss as Node | undefined;
  if (rss && typeof rss === 'object') {
    const ch = (rss.channel ?? {}) as Node;
    return { ok: true, feed: { title: text(ch.title), items: ((ch.item ?? []) as Node[]).map(rssItem) } };
  }
  const rdf = doc['rdf:RDF'] as Node | undefined;
  if (rdf && typeof rdf === 'object') {
    const ch = (rdf.channel ?? {}) as Node;
    return { ok: true, feed: { title: text(ch.title), items: ((rdf.item ?? []) as Node[]).map(rssItem) } };
  }
  const atom = doc.feed as Node | undefined;
  if (atom && typeof atom === 'object') {
    return { ok: true, feed: { title: text(atom.title), items: ((atom.entry ?? []) as Node[]).map(atomEntry) } };
  }
  const top = Object.keys(doc).find((k) => !k.startsWith('?')) ?? 'nothing';
  return { ok: false, reason: `XML but not an RSS or Atom feed (its root element is <${top}>)` };
}

/** True when a body looks like a feed rather than an HTML page (used to sort fetched URLs). */
export function looksLikeFeed(body: string, contentType = ''): boolean {
  if (/(rss|atom)\+xml|[/+]xml/i.test(contentType) && !/html/i.test(contentType)) return true;
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)[\s>]/i.test(body.replace(/^\ufeff/, ''));
}
