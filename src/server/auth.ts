import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Bearer-token check. Both sides are hashed first so the comparison takes the same time
 * whatever the length of the guess.
 */
export function tokenMatches(header: string | undefined, token: string): boolean {
  const m = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? '');
  if (!m) return false;
  const a = createHash('sha256').update(m[1]).digest();
  const b = createHash('sha256').update(token).digest();
  return timingSafeEqual(a, b);
}

/** A preHandler that answers 401 (no or wrong token) or 403 (no token configured: the route is off). */
export function requireToken(token: string | undefined, what: string) {
  return async (req: FastifyRequest, reply: FastifyReply): Promise<void> => {
    if (!token) {
      await reply.code(403).send({ statusCode: 403, error: 'Forbidden', message: `${what} is disabled: the server has no token (set PARLEY_TOKEN or --token)` });
      return;
    }
    if (!tokenMatches(req.headers.authorization, token)) {
      await reply
        .code(401)
        .header('www-authenticate', 'Bearer realm="parley"')
        .send({ statusCode: 401, error: 'Unauthorized', message: `${what} needs the header "Authorization: Bearer <token>"` });
    }
  };
}
