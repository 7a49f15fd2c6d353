import type { ConnectionOptions } from 'bullmq';

/** The BullMQ queue every producer and worker of one deployment shares (override with --queue-name). */
export const DEFAULT_QUEUE_NAME = 'parley-articles';

export class QueueUrlError extends Error {
  override name = 'QueueUrlError';
}

/** True for a redis:// or rediss:// URL. */
export function isRedisUrl(s: string): boolean {
  return /^rediss?:\/\//i.test(s);
}

/**
 * Connection options for a redis:// URL. Workers must keep retrying forever
 * (maxRetriesPerRequest null): a Redis restart then pauses them instead of failing
 * their commands, and they carry on when it is back.
 */
export function redisConnection(url: string, role: 'producer' | 'worker'): ConnectionOptions {
  if (!isRedisUrl(url)) throw new QueueUrlError(`--queue wants a redis://HOST:PORT URL, got ${JSON.stringify(url)}`);
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new QueueUrlError(`--queue: ${JSON.stringify(url)} is not a valid URL`);
  }
  const db = u.pathname.replace(/^\//, '');
  return {
    host: u.hostname || '127.0.0.1',
    port: u.port ? Number(u.port) : 6379,
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    ...(db !== '' && /^\d+$/.test(db) ? { db: Number(db) } : {}),
    ...(u.protocol === 'rediss:' ? { tls: {} } : {}),
    // Workers wait through outages; a producer gives up after a few tries so the CLI can say why.
    maxRetriesPerRequest: role === 'worker' ? null : 3,
    enableOfflineQueue: true,
    // Reconnect quickly at first, then every two seconds at most.
    retryStrategy: (times: number) => Math.min(100 * times, 2000),
  };
}

/** The URL without its password, for messages. */
export function redactRedisUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}
