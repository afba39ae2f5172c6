/**
 * The caller's IP address, for rate limiting and the audit log.
 *
 * Behind a trusted reverse proxy (trustProxy) it is the last X-Forwarded-For hop: the address the
 * proxy itself saw and appended. Earlier hops are written by the client and could be anything, so
 * trusting the first one would let an attacker pick a new "IP" for every guess. This assumes exactly
 * one proxy in front (nginx `proxy_add_x_forwarded_for`, Caddy, a PaaS router); a proxy that
 * overwrites the header with the client address gives the same answer.
 * Without a proxy it is the socket's peer address; `app.request()` in tests has no socket: 'unknown'.
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/** `::ffff:1.2.3.4` (IPv4 on a dual-stack socket) and `1.2.3.4` are the same caller. */
const normalize = (ip: string) => ip.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');

export function clientIp(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const hops = (c.req.header('x-forwarded-for') ?? '').split(',').map(normalize).filter(Boolean);
    const last = hops.at(-1);
    if (last) return last;
  }
  try {
    const address = getConnInfo(c).remote.address;
    return address ? normalize(address) : 'unknown';
  } catch {
    return 'unknown';
  }
}
