import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { afterAll, describe, expect, it } from 'vitest';
import { staticRoutes } from '../../server/routes/static';
import { contentSecurityPolicy, securityHeaders } from '../../server/security-headers';

const STYLE = 'body{margin:0}.shell-bar{color:#fff}';
const SCRIPT = 'window.booted=1';
const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

const dir = mkdtempSync(join(tmpdir(), 'hvs-headers-'));
writeFileSync(
  join(dir, 'index.html'),
  `<!doctype html><html><head><style>${STYLE}</style><script>${SCRIPT}</script>` +
    '<script type="module" crossorigin src="/assets/index.js"></script></head><body></body></html>',
);
writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A tiny app shaped like server/app.ts: headers first, API, static files, JSON 404 and 500. */
function tinyApp(trustProxy = false) {
  const api = new Hono()
    .get('/ok', (c) => c.json({ ok: true }))
    .get('/boom', () => {
      throw new Error('kaboom');
    })
    .get('/cors', (c) => {
      c.header('Access-Control-Allow-Origin', '*');
      c.header('Access-Control-Allow-Credentials', 'true');
      return c.json({ ok: true });
    });
  const app = new Hono()
    .use(securityHeaders({ staticDir: dir, trustProxy }))
    .use(compress())
    .route('/api', api)
    .route('/', staticRoutes(dir));
  app.notFound((c) => c.json({ error: 'not_found' }, 404));
  app.onError((_err, c) => c.json({ error: 'internal' }, 500));
  return app;
}

const app = tinyApp();
const BASE = [
  'content-security-policy',
  'x-content-type-options',
  'referrer-policy',
  'x-frame-options',
  'cross-origin-opener-policy',
  'permissions-policy',
];

describe('securityHeaders', () => {
  it.each([
    ['an API 200', '/api/ok', {}, 200],
    ['a JSON 404', '/api/missing', {}, 404],
    ['a JSON 404 outside the API', '/nothing.js', {}, 404],
    ['an error', '/api/boom', {}, 500],
    ['a static file', '/favicon.svg', {}, 200],
    ['the app shell', '/sessions/new', { accept: 'text/html' }, 200],
  ])('are on %s', async (_name, path, headers, status) => {
    const res = await app.request(path, { headers });
    expect(res.status).toBe(status);
    for (const name of BASE) expect(res.headers.get(name), name).toBeTruthy();
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('permissions-policy')).toContain('camera=()');
  });

  it('have a strict CSP allowing the inline style and script of index.html by hash only', async () => {
    const csp = (await app.request('/')).headers.get('content-security-policy') ?? '';
    const directives = Object.fromEntries(
      csp.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values];
      }),
    );
    expect(directives['style-src']).toEqual(["'self'", hash(STYLE)]);
    expect(directives['script-src']).toEqual(["'self'", hash(SCRIPT)]);
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe|\*/);
  });

  it('fall back to no hashes without a built app', () => {
    expect(contentSecurityPolicy()).toContain("style-src 'self'; img-src");
  });

  it('send HSTS only over TLS, or behind a trusted proxy that says so', async () => {
    const hsts = async (a: Hono, url: string, proto?: string) =>
      (await a.request(url, { headers: proto ? { 'x-forwarded-proto': proto } : {} })).headers.get(
        'strict-transport-security',
      );
    expect(await hsts(app, 'https://hvs.example/api/ok')).toBe(
      'max-age=31536000; includeSubDomains',
    );
    expect(await hsts(app, 'http://hvs.example/api/ok')).toBeNull();
    expect(await hsts(app, 'http://hvs.example/api/ok', 'https')).toBeNull(); // proxy not trusted
    const proxied = tinyApp(true);
    expect(await hsts(proxied, 'http://hvs.example/api/ok', 'https')).toMatch(/max-age=31536000/);
    expect(await hsts(proxied, 'http://hvs.example/api/ok', 'http')).toBeNull();
  });

  it('keep CORS closed: no Access-Control-Allow-* header, even when asked or set by a route', async () => {
    const origin = { origin: 'https://evil.example' };
    const preflight = await app.request('/api/ok', {
      method: 'OPTIONS',
      headers: { ...origin, 'access-control-request-method': 'POST' },
    });
    for (const res of [
      preflight,
      await app.request('/api/ok', { headers: origin }),
      await app.request('/api/cors', { headers: origin }),
    ]) {
      const cors = [...res.headers.keys()].filter((n) => n.startsWith('access-control-'));
      expect(cors).toEqual([]);
    }
  });
});
