/**
 * Failures of the store, told in words a user can act on. The cause is kept for
 * debugging; the message never suggests that stored data was touched, because every
 * write is one transaction and a failure rolls it back.
 */
export type StoreErrorKind = 'corrupt' | 'locked' | 'unreachable' | 'auth' | 'newer-schema' | 'migration' | 'disk-full' | 'read-only' | 'other';

export class StoreError extends Error {
  constructor(
    readonly kind: StoreErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StoreError';
  }
}

interface CodedError {
  code?: string;
  message?: string;
}

/** Maps a driver error (better-sqlite3 or pg) to a StoreError for `where` (a file or URL). */
export function describeStoreError(err: unknown, where: string): StoreError {
  if (err instanceof StoreError) return err;
  const e = (err ?? {}) as CodedError;
  const code = e.code ?? '';
  const msg = e.message ?? String(err);
  const kept = 'nothing already stored was changed';
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT' || /file is not a database|malformed/i.test(msg)) {
    return new StoreError('corrupt', `${where} is not a readable Parley database (${msg}); it was left as it is. Move it aside or give another --db.`, { cause: err });
  }
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED' || /database is locked/i.test(msg) || code === '55P03') {
    return new StoreError('locked', `${where} is locked by another process (${msg}); ${kept}. Wait for the other writer to finish and run again.`, { cause: err });
  }
  if (code === 'SQLITE_FULL' || code === '53100' || /disk is full|No space left/i.test(msg)) {
    return new StoreError('disk-full', `the disk holding ${where} is full (${msg}); the last transaction was rolled back and ${kept}. Free space and run again: ingestion resumes where it stopped.`, { cause: err });
  }
  if (code === 'SQLITE_READONLY' || code === 'SQLITE_CANTOPEN' || code === 'EACCES') {
    return new StoreError('read-only', `cannot write ${where} (${msg}).`, { cause: err });
  }
  if (['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ETIMEDOUT', 'ECONNRESET', 'EAI_AGAIN'].includes(code) || /timeout expired|Connection terminated/i.test(msg)) {
    return new StoreError('unreachable', `cannot reach PostgreSQL at ${where} (${code || msg}); ${kept}. Is the server running and the URL right?`, { cause: err });
  }
  if (code === '28P01' || code === '28000') {
    return new StoreError('auth', `PostgreSQL at ${where} refused the login (${msg}).`, { cause: err });
  }
  return new StoreError('other', `${where}: ${msg}`, { cause: err });
}

/** Hides the password of a PostgreSQL URL before it is printed. */
export function redactUrl(target: string): string {
  try {
    const u = new URL(target);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return target;
  }
}
