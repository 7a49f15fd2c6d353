import { StoreError } from '../store/errors.js';

/** PostgreSQL codes of a server going away or not yet back: retry, the data is intact. */
const TRANSIENT_CODES = new Set(['57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH']);
const TRANSIENT_TEXT = /Connection terminated|terminating connection|database system is (starting up|shutting down|in recovery mode)|Client has encountered a connection error|timeout expired|not queryable/i;

/** True when a failed save is the database being away, not something wrong with the article. */
export function isTransientStoreError(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof StoreError && (e.kind === 'unreachable' || e.kind === 'locked')) return true;
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && TRANSIENT_CODES.has(code)) return true;
    const msg = (e as { message?: unknown }).message;
    if (typeof msg === 'string' && TRANSIENT_TEXT.test(msg)) return true;
  }
  return false;
}
