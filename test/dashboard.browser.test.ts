/**
 * The dashboard in a real browser: Debian's chromium driven by playwright-core (never a
 * downloaded browser). Screenshots go to test-artifacts/ (gitignored).
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { analyzeWith } from '../src/analyze/pipeline.js';
import { loadDefaultPipeline } from '../src/io/pipeline.js';
import { readInputs } from '../src/io/read.js';
import { buildApp, DEFAULT_WEB_ROOT } from '../src/server/app.js';
import { ingest } from '../src/store/ingest.js';
import { Store } from '../src/store/store.js';
import { XSS_TEXT, serverCorpus } from './server-fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const examples = join(repoRoot, 'examples');
const artifacts = join(repoRoot, 'test-artifacts');

const skip = !existsSync(CHROMIUM)
  ? `${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium) to run the browser test`
  : !existsSync(join(DEFAULT_WEB_ROOT, 'index.html'))
    ? `the dashboard is not built (${DEFAULT_WEB_ROOT}): run npm run build`
    : false;
if (skip) process.stderr.write(`dashboard browser test skipped: ${skip}\n`);

let dir: string;
let store: Store;
let app: FastifyInstance;
let ctx: BrowserContext;
let page: Page;
let base: string;
const pageErrors: string[] = [];
const dialogs: string[] = [];

before(async () => {
  if (skip) return;
  dir = mkdtempSync(join(tmpdir(), 'parley-e2e-'));
  store = await Store.open(join(dir, 'e2e.db'));
  await ingest(store, readInputs([examples]), { workers: 0 });
  // Hand-made analyses with events, places and a meeting, so the timeline, dyad and map have
  // data whatever the engine finds today, and a hostile article for the XSS check.
  await store.saveBatch(serverCorpus());
  const pipeline = loadDefaultPipeline();
  app = await buildApp({ store, analyze: (d) => analyzeWith(pipeline, d) });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const addr = app.server.address();
  assert.ok(addr && typeof addr === 'object');
  base = `http://127.0.0.1:${addr.port}/`;
  mkdirSync(artifacts, { recursive: true });
  ctx = await chromium.launchPersistentContext(join(dir, 'chromium-profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1400, height: 1000 },
  });
  page = ctx.pages()[0] ?? (await ctx.newPage());
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  // Nothing may leave loopback: the page loads only what the server serves.
  await ctx.route('**/*', (route) => (route.request().url().startsWith(base) ? route.continue() : route.abort()));
});

after(async () => {
  await ctx?.close().catch(() => undefined);
  await app?.close();
  await store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The article text as shown, without the speaker tags the dashboard adds after quotes. */
const shownText = (): Promise<string> =>
  page.evaluate(`(() => { const n = document.querySelector('[data-testid=article-text]').cloneNode(true); n.querySelectorAll('.speaker-tag').forEach((t) => t.remove()); return n.textContent; })()`);

const shot = (name: string) => page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true });

test('paste an article: entities and quotes highlighted, quotes linked to their speaker', { skip }, async () => {
  await page.goto(`${base}#/analyze`);
  const article = readFileSync(join(examples, 'geneva-2025-03-11.txt'), 'utf8');
  await page.getByTestId('paste').fill(article);
  await page.getByTestId('analyze').click();
  const text = page.getByTestId('article-text');
  await text.locator('.ent-PERSON').first().waitFor();
  const people = await text.locator('.ent-PERSON').allInnerTexts();
  assert.ok(people.includes('Kazem Gharibabadi'), `people highlighted: ${people.join(', ')}`);
  const quotes = await text.locator('.quote').allInnerTexts();
  assert.ok(quotes.some((q) => q.includes('frank and detailed')), 'the quote is highlighted');
  const tags = await text.locator('.speaker-tag').allInnerTexts();
  assert.ok(tags.includes('Kazem Gharibabadi'), `speaker tags: ${tags.join(', ')}`);
  // Hovering a quote in the record marks its speaker's mentions in the text.
  await page.locator('[data-quote-item]').filter({ hasText: 'frank and detailed' }).hover();
  assert.ok((await text.locator('.speaker-focus').allInnerTexts()).includes('Kazem Gharibabadi'));
  // The header line is the date, not article text.
  assert.ok(!(await text.innerText()).startsWith('date '));
  await shot('analyze');
});

test('open an actor from the actor list', { skip }, async () => {
  await page.goto(`${base}#/actors?q=ruto`);
  await page.getByRole('link', { name: 'William Ruto' }).click();
  const actor = page.getByTestId('actor-page');
  await actor.waitFor();
  assert.equal(await actor.locator('h2').innerText(), 'William Ruto');
  assert.match(await page.getByTestId('meets').innerText(), /Abiy Ahmed/);
  assert.match(await page.getByTestId('actor-quotes').innerText(), /too important to be held hostage/);
  assert.ok((await actor.locator('.chart svg').count()) >= 1, 'roles chart drawn');
  await shot('actor');
});

test('filter the timeline', { skip }, async () => {
  await page.goto(`${base}#/timeline`);
  const rows = page.getByTestId('events-table').locator('tbody tr');
  await rows.first().waitFor();
  const all = await rows.count();
  assert.ok(all >= 7, `events listed: ${all}`);
  assert.ok((await page.locator('.chart svg').count()) >= 1, 'timeline chart drawn');
  await page.locator('select[name=root]').selectOption('11');
  await page.getByRole('button', { name: 'Filter' }).click();
  await page.waitForFunction("location.hash.includes('root=11')");
  // Wait for the filtered rows, not for the moment the table is empty while it refetches.
  await page.waitForFunction(`(n => n > 0 && n < ${all})(document.querySelectorAll('[data-testid=events-table] tbody tr').length)`);
  const codes = await rows.locator('td:nth-child(2)').allInnerTexts();
  assert.ok(codes.length >= 1 && codes.every((c) => c.startsWith('11')), `codes after filtering: ${codes.join(', ')}`);
  await shot('timeline');
});

test('dyad, map and meetings show the record', { skip }, async () => {
  await page.goto(`${base}#/dyad?a=RUS&b=EGY`);
  await page.locator('.chart svg').first().waitFor();
  await shot('dyad');
  await page.goto(`${base}#/map`);
  const map = page.getByTestId('map');
  await map.locator('circle.event-place').first().waitFor();
  assert.ok((await map.locator('path.country').count()) > 100, 'countries drawn from world-atlas');
  await shot('map');
  await page.goto(`${base}#/meetings?actor=ruto`);
  await page.locator('.meeting').first().waitFor();
  // Each participant is listed under their own side, whichever side comes first.
  const meeting = await page.locator('.meeting').first().innerText();
  assert.match(meeting, /KEN\s*\n\s*William Ruto/);
  assert.match(meeting, /ETH\s*\n\s*Abiy Ahmed/);
  await shot('meetings');
});

test('article text is shown as text: <script> and <img onerror> do not run', { skip }, async () => {
  const docs = (await (await fetch(`${base}api/documents?limit=100`)).json()) as { items: { id: number; docId: string }[] };
  const hostile = docs.items.find((d) => d.docId === 'xss-2025-06-01');
  assert.ok(hostile);
  await page.goto(`${base}#/doc/${hostile.id}`);
  const text = page.getByTestId('article-text');
  await text.waitFor();
  assert.equal(await shownText(), XSS_TEXT);
  assert.equal(await page.locator('[data-testid=article-text] script, [data-testid=article-text] img, img[src=x], h2 b').count(), 0);
  assert.match(await page.locator('h2').first().innerText(), /<b>bold<\/b>/);
  // The same through the live analysis.
  await page.goto(`${base}#/analyze`);
  await page.getByTestId('paste').fill(XSS_TEXT);
  await page.getByTestId('analyze').click();
  await page.getByTestId('record').waitFor();
  assert.equal(await shownText(), XSS_TEXT);
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate('typeof window.__pwned'), 'undefined');
  assert.equal(await page.locator('img').count(), 0);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(pageErrors, []);
  await shot('xss');
});
