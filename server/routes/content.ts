import { Hono } from 'hono';
import { isModuleCode } from '../../src/core/curriculum';
import type { ContentManifest } from '../../src/core/wire';
import type { AppDeps } from '../app';
import type { AuthEnv } from '../auth/caller';
import { contentStore } from '../services/content';

/** Whether an If-None-Match header names `etag` (weak comparison, as for a GET). */
const matches = (header: string | undefined, etag: string) =>
  !!header &&
  header.split(',').some((t) => {
    const tag = t.trim();
    return tag === '*' || tag.replace(/^W\//, '') === etag.replace(/^W\//, '');
  });

/**
 * Learning content for phones, public (no token: a family phone fetches it before any sign-in) and
 * cacheable: the manifest for a minute (its serverTime is then up to a minute old), a module for
 * five, revalidated by ETag, so a phone asks again cheaply over 2G.
 */
export const contentRoutes = ({ contentDir }: AppDeps) => {
  const store = contentStore(contentDir);
  return new Hono<AuthEnv>()
    .get('/', async (c) => {
      const catalog = await store.catalog();
      const body: ContentManifest = {
        serverTime: new Date().toISOString(),
        modules: [...catalog.values()].map(({ code, version }) => ({ code, version })),
      };
      c.header('Cache-Control', 'public, max-age=60');
      return c.json(body);
    })
    .get('/:code', async (c) => {
      const code = c.req.param('code');
      const found = isModuleCode(code) ? (await store.catalog()).get(code) : undefined;
      if (!found) return c.json({ error: 'unknown_module' }, 404);
      c.header('Cache-Control', 'public, max-age=300');
      c.header('ETag', found.etag);
      if (matches(c.req.header('if-none-match'), found.etag)) return c.body(null, 304);
      c.header('Content-Type', 'application/json; charset=UTF-8');
      return c.body(found.body);
    });
};
