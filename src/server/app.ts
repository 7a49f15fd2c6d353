import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { Analysis, Document } from '../analyze/analysis.js';
import { StoreError } from '../store/errors.js';
import type { Store } from '../store/store.js';
import { requireToken } from './auth.js';
import { registerReadRoutes } from './routes-read.js';
import { registerWriteRoutes } from './routes-write.js';
import { LIMITS } from './schemas.js';

export interface AppOptions {
  store: Store;
  analyze: (d: Document) => Analysis;
  /** Bearer token for /api/ingest (and reads with `protectReads`); no token: ingest is off. */
  token?: string;
  protectReads?: boolean;
  /** Folder of the built dashboard; default: dist/web next to the compiled server. */
  webRoot?: string;
  logger?: boolean;
}

/** The built dashboard: dist/src/server/app.js → dist/web. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/', import.meta.url));

/** The page's own files only; Plot writes inline style attributes into its SVG, hence style-src 'unsafe-inline'. */
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/** Builds the HTTP API and the dashboard over an open store (the caller owns and closes the store). */
export async function buildApp(o: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: o.logger ?? false,
    bodyLimit: LIMITS.analyzeBodyBytes,
    // Unknown query parameters and body fields are errors, not silently dropped.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allErrors: false } },
  });

  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Parley API', version: '0.1.0', description: 'The evidence-linked record of international politics: articles, actors, quotes, CAMEO events, meetings.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      ...(o.protectReads ? { security: [{ bearer: [] }] } : {}),
    },
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });

  app.addHook('onSend', async (req, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    if (!req.url.startsWith('/docs')) reply.header('content-security-policy', CSP);
    return payload;
  });

  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err.validation) {
      return reply.code(400).send({ statusCode: 400, error: 'Bad Request', message: `${err.validationContext ?? 'request'}${err.message.startsWith('/') ? '' : ' '}${err.message.replace(/^(querystring|body|params)\s*/, '')}` });
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return reply.code(err.statusCode).send({ statusCode: err.statusCode, error: err.name === 'FastifyError' ? 'Bad Request' : err.name, message: err.message });
    }
    if (err instanceof StoreError) {
      req.log.error(err);
      return reply.code(503).send({ statusCode: 503, error: 'Service Unavailable', message: `the record is not available: ${err.message}` });
    }
    req.log.error(err);
    return reply.code(500).send({ statusCode: 500, error: 'Internal Server Error', message: 'internal error' });
  });

  const readGuard = o.protectReads ? requireToken(o.token, 'reading') : undefined;
  await app.register(async (api) => {
    if (readGuard) api.addHook('onRequest', async (req, reply) => {
      if (req.method === 'GET') await readGuard(req, reply);
    });
    registerReadRoutes(api, o.store);
    registerWriteRoutes(api, { store: o.store, analyze: o.analyze, ingestGuard: requireToken(o.token, 'ingest'), readGuard });
  });

  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const webRoot = o.webRoot ?? DEFAULT_WEB_ROOT;
  if (existsSync(webRoot)) {
    await app.register(fastifyStatic, { root: webRoot, prefix: '/', index: 'index.html' });
  } else {
    app.get('/', { schema: { hide: true } }, async (_req, reply) =>
      reply.type('text/plain').send(`The dashboard is not built (${webRoot} is missing): run \`npm run build\`. The API is at /api, its description at /openapi.json and /docs.\n`),
    );
  }
  return app;
}
