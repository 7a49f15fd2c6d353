/**
 * JSON schemas of the API: fastify validates every request against them (clear 400s) and
 * @fastify/swagger turns them into the OpenAPI description. Bounds live here, in one place.
 */

export const LIMITS = {
  /** Rows per page. */
  maxLimit: 500,
  defaultLimit: 50,
  /** Deepest offset: past it, narrow the filters instead of paging further. */
  maxOffset: 100_000,
  /** Characters of one article (analyse or ingest). */
  maxTextChars: 100_000,
  /** Articles in one ingest request. */
  maxArticles: 100,
  /** Request bodies, bytes: analyse takes one article, ingest a batch. */
  analyzeBodyBytes: 512 * 1024,
  ingestBodyBytes: 8 * 1024 * 1024,
  /** Events read for one dyad series. */
  maxDyadEvents: 5000,
} as const;

const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' } as const;

export const pageQuery = {
  limit: { type: 'integer', minimum: 1, maximum: LIMITS.maxLimit, default: LIMITS.defaultLimit },
  offset: { type: 'integer', minimum: 0, maximum: LIMITS.maxOffset, default: 0 },
} as const;

export const filterQuery = {
  actor: { type: 'string', minLength: 1, maxLength: 100, description: 'CAMEO actor code prefix (RUS, USAGOV) or part of a name' },
  country: { type: 'string', pattern: '^[A-Za-z]{3}$', description: 'ISO 3166-1 alpha-3 country of either side' },
  code: { type: 'string', pattern: '^\\d{2,4}$', description: 'CAMEO event code prefix' },
  root: { type: 'string', pattern: '^\\d{1,2}$', description: 'CAMEO root code' },
  from: date,
  to: date,
  modality: { type: 'string', enum: ['asserted', 'negated', 'planned', 'possible'] },
} as const;

export function querySchema(props: Record<string, object>, required: string[] = []): object {
  return { type: 'object', additionalProperties: false, properties: props, required };
}

/** One page of rows: `more` tells whether another page follows. */
export function pageOf(item: object): object {
  return {
    type: 'object',
    properties: {
      items: { type: 'array', items: item },
      limit: { type: 'integer' },
      offset: { type: 'integer' },
      more: { type: 'boolean' },
    },
    required: ['items', 'limit', 'offset', 'more'],
  };
}

/** Rows are described loosely: their fields are documented by the store types, and extra fields must pass through. */
export const anyObject = { type: 'object', additionalProperties: true } as const;

export const errorSchema = {
  type: 'object',
  properties: { statusCode: { type: 'integer' }, error: { type: 'string' }, message: { type: 'string' } },
} as const;

export const articleSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['text'],
  properties: {
    text: { type: 'string', minLength: 1, maxLength: LIMITS.maxTextChars, description: 'article body; a first line `date YYYY-MM-DD` is read as the date' },
    date,
    id: { type: 'string', minLength: 1, maxLength: 200 },
    title: { type: 'string', maxLength: 1000 },
    url: { type: 'string', maxLength: 2000 },
    source: { type: 'string', maxLength: 200 },
  },
} as const;

export const ingestBody = {
  type: 'object',
  additionalProperties: false,
  required: ['articles'],
  properties: { articles: { type: 'array', minItems: 1, maxItems: LIMITS.maxArticles, items: articleSchema } },
} as const;
