/**
 * Serves the built PWA. Hashed assets are cached for a year; index.html, sw.js and the manifest
 * are revalidated every time so an update reaches phones. Unknown non-API paths get the app shell.
 */
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';

export const staticRoutes = (staticDir: string) => {
  const root = relative(process.cwd(), staticDir) || '.';
  return new Hono()
    .use('*', async (c, next) => {
      await next();
      const immutable = c.req.path.startsWith('/assets/');
      c.header('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    })
    .use('*', serveStatic({ root }))
    .get('*', async (c) => {
      if (!(c.req.header('accept') ?? '').includes('text/html')) return c.notFound();
      return c.html(await readFile(join(staticDir, 'index.html'), 'utf8'));
    });
};
