import { createHash } from 'node:crypto';
import type { FastifyInstance, preHandlerHookHandler } from 'fastify';
import type { Analysis, Document } from '../analyze/analysis.js';
import { splitDateHeader } from '../io/header.js';
import type { InputItem } from '../io/read.js';
import { ingest } from '../store/ingest.js';
import type { Store } from '../store/store.js';
import { anyObject, articleSchema, errorSchema, ingestBody, LIMITS } from './schemas.js';

export interface ArticleBody {
  text: string;
  date?: string;
  id?: string;
  title?: string;
  url?: string;
  source?: string;
}

/** The article as the pipeline takes it: a `date YYYY-MM-DD` first line gives the date when the body has none. */
export function toDocument(a: ArticleBody): Document {
  const h = splitDateHeader(a.text);
  const text = h.date ? h.text : a.text;
  return {
    id: a.id ?? `api-${createHash('sha256').update(text).digest('hex').slice(0, 12)}`,
    text,
    date: a.date ?? h.date,
    ...(a.title !== undefined ? { title: a.title } : {}),
    ...(a.url !== undefined ? { url: a.url } : {}),
    ...(a.source !== undefined ? { source: a.source } : {}),
  };
}

export interface WriteDeps {
  store: Store;
  analyze: (d: Document) => Analysis;
  /** Guards /api/ingest (always). */
  ingestGuard: preHandlerHookHandler;
  /** Guards /api/analyze when reads are protected; absent otherwise. */
  readGuard?: preHandlerHookHandler;
}

export function registerWriteRoutes(app: FastifyInstance, deps: WriteDeps): void {
  app.post<{ Body: ArticleBody }>(
    '/api/analyze',
    {
      bodyLimit: LIMITS.analyzeBodyBytes,
      ...(deps.readGuard ? { preHandler: deps.readGuard } : {}),
      schema: { tags: ['analysis'], summary: 'analyse one article (stateless: nothing is stored)', body: articleSchema, response: { 200: anyObject, 400: errorSchema, 413: errorSchema } },
    },
    async (req) => deps.analyze(toDocument(req.body)),
  );

  // One writer per process: ingests queue behind each other.
  let writing: Promise<unknown> = Promise.resolve();
  app.post<{ Body: { articles: ArticleBody[] } }>(
    '/api/ingest',
    {
      bodyLimit: LIMITS.ingestBodyBytes,
      preHandler: deps.ingestGuard,
      schema: {
        tags: ['analysis'],
        summary: 'analyse and store articles (idempotent); needs "Authorization: Bearer <token>"',
        security: [{ bearer: [] }],
        body: ingestBody,
        response: { 200: anyObject, 400: errorSchema, 401: errorSchema, 403: errorSchema, 413: errorSchema },
      },
    },
    async (req) => {
      const items: InputItem[] = req.body.articles.map((a, i) => ({ document: toDocument(a), file: `request article ${i + 1}` }));
      const problems: string[] = [];
      const run = writing.then(() =>
        ingest(deps.store, iterate(items), { workers: 0, batchSize: 16, onProblem: (m) => problems.push(m) }),
      );
      writing = run.catch(() => undefined);
      const stats = await run;
      return { read: stats.read, stored: stats.stored, unchanged: stats.unchanged, duplicates: stats.duplicates, problems };
    },
  );
}

async function* iterate<T>(xs: T[]): AsyncGenerator<T> {
  yield* xs;
}
