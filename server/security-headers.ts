/**
 * Security headers on every response: API JSON, static files, the app shell, 404s and errors
 * (mounted first, so it wraps the error and not-found handlers too).
 *
 * The Content-Security-Policy is strict: everything from our own origin, no inline code. The built
 * index.html keeps one inline <style> (the brand bar painted before any script arrives on 2G); its
 * sha256 hash is read from `${staticDir}/index.html` at start-up and allowed by hash, as is any
 * inline script found there. A new build therefore needs a restart, which a deploy does anyway.
 * Never add 'unsafe-inline' or 'unsafe-eval': style changes go through classes in CSS files or
 * `el.style.x = …` (CSSOM, which CSP allows), never `setAttribute('style', …)` or `style="…"` markup.
 *
 * CORS stays closed: the app and its API share one origin, so any Access-Control-Allow-* header
 * is removed here, whoever set it. HSTS is sent only when the request came over TLS.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Context, MiddlewareHandler } from 'hono';

export interface SecurityHeadersOptions {
  /** Directory of the built PWA; its index.html's inline blocks are allowed by hash. */
  staticDir?: string;
  /** Behind a reverse proxy that sets X-Forwarded-Proto (and X-Forwarded-For). */
  trustProxy: boolean;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** CSP hash sources of the inline <style> and <script> blocks (scripts with a src are not inline). */
export function inlineHashes(html: string): { styles: string[]; scripts: string[] } {
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)];
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(
    (m) => !/\bsrc\s*=/i.test(m[1] ?? ''),
  );
  return {
    styles: styles.map((m) => sha256(m[1] ?? '')),
    scripts: scripts.map((m) => sha256(m[2] ?? '')),
  };
}

export function contentSecurityPolicy(
  hashes = { styles: [] as string[], scripts: [] as string[] },
) {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...hashes.scripts].join(' '),
    ["style-src 'self'", ...hashes.styles].join(' '),
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

function readHashes(staticDir: string | undefined) {
  const index = staticDir && join(staticDir, 'index.html');
  return index && existsSync(index) ? inlineHashes(readFileSync(index, 'utf8')) : undefined;
}

/** True when the browser reached us over TLS, directly or through a trusted proxy. */
function overTls(c: Context, trustProxy: boolean): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  const forwarded = trustProxy ? c.req.header('x-forwarded-proto') : undefined;
  return forwarded?.split(',')[0]?.trim().toLowerCase() === 'https';
}

export function securityHeaders(opts: SecurityHeadersOptions): MiddlewareHandler {
  const fixed: Record<string, string> = {
    'Content-Security-Policy': contentSecurityPolicy(readHashes(opts.staticDir)),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  };
  return async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(fixed)) c.header(name, value);
    if (overTls(c, opts.trustProxy))
      c.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    const cors = [...c.res.headers.keys()].filter((n) => n.startsWith('access-control-allow-'));
    for (const name of cors) c.header(name, undefined);
  };
}
