/** Feeds and pages: readers on their own, and `parley ingest URL` / `parley watch` against a loopback HTTP server. */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { parseFeed } from '../src/io/feed.js';
import { readHtml } from '../src/io/html.js';
import { cli, countsOf } from './queue-helpers.js';
import { Store } from '../src/store/store.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-feeds-'));
const BODY = [
  'The foreign ministers of Norway and Chile met in Oslo on Monday to sign a treaty on fishing quotas in the southern ocean.',
  '"We have waited eleven years for this," the Chilean minister told reporters after the ceremony in the old customs house.',
  'The treaty caps the annual catch of krill and sets up a joint patrol that will report to both parliaments every spring.',
].map((p) => `<p>${p}</p>`).join('\n');

function page(opts: { title: string; meta?: string; ld?: object; time?: string; body?: string }): string {
  return `<!doctype html><html><head><title>${opts.title} | The Harbour Post</title>${opts.meta ?? ''}
${opts.ld ? `<script type="application/ld+json">${JSON.stringify(opts.ld)}</script>` : ''}</head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>${opts.title}</h1>${opts.time ? `<time datetime="${opts.time}">then</time>` : ''}${opts.body ?? BODY}</article>
<footer>Copyright The Harbour Post. <a href="/about">About us</a></footer></body></html>`;
}

const pages: Record<string, string> = {
  '/world/oslo-treaty.html': page({
    title: 'Oslo fishing treaty signed',
    meta: '<meta property="og:title" content="Norway and Chile sign Oslo fishing treaty"><meta property="article:published_time" content="2025-03-10T08:30:00Z"><meta name="author" content="Ingrid Aas"><meta property="og:site_name" content="The Harbour Post">',
  }),
  '/world/jsonld.html': page({
    title: 'Krill patrol',
    ld: { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Joint krill patrol to report each spring', datePublished: '2025-03-11T19:00:00+00:00', author: [{ '@type': 'Person', name: 'Tomas Vidal' }] },
  }),
  '/world/timed.html': page({ title: 'Customs house ceremony', time: '2025-03-12T10:00:00Z' }),
  '/world/later.html': page({ title: 'Parliaments to review krill treaty', meta: '<meta property="article:published_time" content="2025-03-14">', body: BODY.replace('Monday', 'Thursday').replace('eleven', 'twelve') }),
  '/index.html': '<!doctype html><html><head><title>Front page</title></head><body><nav><a href="/a">A</a> <a href="/b">B</a></nav><p>Menu</p></body></html>',
};

let feedItems = ['/world/oslo-treaty.html', '/world/jsonld.html'];
const rss = (): string => `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Harbour Post: World</title>
${feedItems.map((p, i) => `<item><title>Item ${i}</title><link>${base}${p}</link><guid>${base}${p}</guid><pubDate>Mon, 10 Mar 2025 09:00:00 GMT</pubDate><description>Short summary ${i}.</description></item>`).join('\n')}
</channel></rss>`;
const atom = (): string => `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Post Atom</title>
<entry><id>urn:post:timed</id><title>Ceremony</title><link rel="alternate" href="${base}/world/timed.html"/><updated>2025-03-12T11:00:00Z</updated></entry>
<entry><id>urn:post:gone</id><title>Gone page with summary</title><link href="${base}/missing.html"/><published>2025-03-13T11:00:00Z</published>
<summary type="html">&lt;p&gt;The treaty text was published in full on Thursday by the two ministries, with maps of the patrol zones.&lt;/p&gt;</summary></entry></feed>`;

let server: Server;
let base = '';
before(async () => {
  server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (url === '/feed.rss') return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss());
    if (url === '/atom.xml') return void res.writeHead(200, { 'content-type': 'application/atom+xml' }).end(atom());
    if (url === '/broken.rss') return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('Service temporarily unavailable. Please try again later.');
    if (url === '/truncated.rss') return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss().slice(0, 200));
    const html = pages[url];
    if (html) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    res.writeHead(404).end('not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
after(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The CLI run asynchronously, so this process's HTTP server keeps answering. */
function parley(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { cwd: dir, timeout: 60_000 }, (err, stdout, stderr) => {
      resolve({ status: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
    });
  });
}

test('an HTML page: main text without navigation; title, date and byline from og:/article: meta', () => {
  const r = readHtml(pages['/world/oslo-treaty.html']);
  assert.ok(r.ok, r.ok ? '' : r.reason);
  assert.equal(r.article.title, 'Norway and Chile sign Oslo fishing treaty');
  assert.equal(r.article.date, '2025-03-10');
  assert.equal(r.article.byline, 'Ingrid Aas');
  assert.equal(r.article.siteName, 'The Harbour Post');
  assert.match(r.article.text, /^(Oslo fishing treaty signed\n\n)?The foreign ministers of Norway and Chile met in Oslo/);
  assert.match(r.article.text, /"We have waited eleven years for this," the Chilean minister/);
  assert.doesNotMatch(r.article.text, /Home|Sport|Copyright|About us/);
  assert.equal(r.article.text.split('\n\n').filter((p) => p.startsWith('The ') || p.startsWith('"')).length, 3, 'paragraphs kept apart');
});

test('date and byline from JSON-LD, or from <time>', () => {
  const ld = readHtml(pages['/world/jsonld.html']);
  assert.ok(ld.ok);
  assert.equal(ld.article.date, '2025-03-11');
  assert.equal(ld.article.byline, 'Tomas Vidal');
  assert.equal(ld.article.title, 'Joint krill patrol to report each spring');
  const timed = readHtml(pages['/world/timed.html']);
  assert.ok(timed.ok);
  assert.equal(timed.article.date, '2025-03-12');
});

test('a page with no article is refused with a reason', () => {
  const r = readHtml(pages['/index.html']);
  assert.equal(r.ok, false);
  assert.match(r.ok ? '' : r.reason, /no article found/);
});

test('RSS and Atom parse; text that is not XML, and XML that is no feed, are refused', () => {
  base = base || 'http://x';
  const r = parseFeed(rss());
  assert.ok(r.ok);
  assert.equal(r.feed.title, 'Harbour Post: World');
  assert.deepEqual(r.feed.items.map((i) => [i.date, i.link?.endsWith('/world/oslo-treaty.html')]), [['2025-03-10', true], ['2025-03-10', false]]);
  const a = parseFeed(atom());
  assert.ok(a.ok);
  assert.deepEqual(a.feed.items.map((i) => [i.key, i.date]), [['urn:post:timed', '2025-03-12'], ['urn:post:gone', '2025-03-13']]);
  assert.match(a.feed.items[1].content ?? '', /<p>The treaty text/);
  const bad = parseFeed('Service temporarily unavailable.');
  assert.equal(bad.ok, false);
  assert.match(bad.ok ? '' : bad.reason, /not XML/);
  const cut = parseFeed('<?xml version="1.0"?><rss><channel><item><title>x</title>');
  assert.match(cut.ok ? '' : cut.reason, /not well-formed XML \(line 1/);
  const other = parseFeed('<?xml version="1.0"?><catalog><book/></catalog>');
  assert.match(other.ok ? '' : other.reason, /not an RSS or Atom feed \(its root element is <catalog>\)/);
});

test('parley ingest URL stores the page with its metadata; a page with no article and a feed that is not XML are named', async () => {
  const db = join(dir, 'pages.db');
  const ok = await parley('ingest', `${base}/world/oslo-treaty.html`, '--db', db, '--quiet');
  assert.equal(ok.status, 0, ok.stderr);
  const s = await Store.open(db);
  const row = await s.db.selectFrom('documents').select(['doc_id', 'title', 'date', 'url', 'source']).executeTakeFirstOrThrow();
  await s.close();
  assert.deepEqual(row, { doc_id: `${base}/world/oslo-treaty.html`, title: 'Norway and Chile sign Oslo fishing treaty', date: '2025-03-10', url: `${base}/world/oslo-treaty.html`, source: 'The Harbour Post' });

  const none = await parley('ingest', `${base}/index.html`, '--db', db, '--quiet');
  assert.equal(none.status, 2);
  assert.match(none.stderr, new RegExp(`${base}/index.html: skipped: no article found on the page`));
  const broken = await parley('ingest', `${base}/broken.rss`, '--db', db, '--quiet');
  assert.equal(broken.status, 2);
  assert.match(broken.stderr, new RegExp(`${base}/broken.rss: skipped: ${base}/broken.rss is not XML`));
  const missing = await parley('ingest', `${base}/nowhere.html`, '--db', db, '--quiet');
  assert.match(missing.stderr, /cannot fetch http:\/\/127\.0\.0\.1:\d+\/nowhere\.html: HTTP 404/);

  const file = join(dir, 'saved-page.html');
  writeFileSync(file, pages['/world/jsonld.html']);
  const fromFile = await parley('ingest', file, '--db', db, '--quiet');
  assert.equal(fromFile.status, 0, fromFile.stderr);
  assert.equal((await countsOf(db)).documents, 2);
});

test('parley watch ingests only new items, remembering across restarts; a feed item whose page is gone falls back to its summary', async () => {
  const db = join(dir, 'watch.db');
  feedItems = ['/world/oslo-treaty.html', '/world/jsonld.html'];
  const first = await parley('watch', `${base}/feed.rss`, `${base}/atom.xml`, '--db', db, '--once');
  assert.equal(first.status, 0, first.stderr);
  assert.match(first.stderr, /feed\.rss: 2 items, 2 new, 2 stored/);
  assert.match(first.stderr, /atom\.xml: 2 items, 2 new, 2 stored/);
  assert.equal((await countsOf(db)).documents, 4);

  // A new item appears; a restarted watcher takes only that one.
  feedItems = ['/world/later.html', ...feedItems];
  const second = await parley('watch', `${base}/feed.rss`, `${base}/atom.xml`, '--db', db, '--once');
  assert.equal(second.status, 0, second.stderr);
  assert.match(second.stderr, /feed\.rss: 3 items, 1 new, 1 stored/);
  assert.match(second.stderr, /atom\.xml: 2 items, 0 new, 0 stored/);
  const s = await Store.open(db);
  const docs = await s.db.selectFrom('documents').select(['title', 'date', 'text']).orderBy('date').execute();
  await s.close();
  assert.deepEqual(docs.map((d) => d.date), ['2025-03-10', '2025-03-11', '2025-03-12', '2025-03-13', '2025-03-14']);
  const gone = docs.find((d) => d.date === '2025-03-13');
  assert.equal(gone?.text, 'The treaty text was published in full on Thursday by the two ministries, with maps of the patrol zones.');

  const bad = await parley('watch', `${base}/truncated.rss`, '--db', db, '--once');
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, new RegExp(`parley watch: ${base}/truncated.rss is not well-formed XML`));
});
