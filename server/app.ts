/**
 * The Hono app: `/api/*` routes, then the built PWA when a static directory is given.
 * Every API request is authenticated first (server/auth/caller.ts); each route module says who may
 * call it. Errors answer JSON without internals; bodies over 1 MB get 413.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { HTTPException } from 'hono/http-exception';
import { type AuthEnv, authenticate } from './auth/caller';
import type { Db } from './db/executor';
import { gunzipRequests } from './gunzip';
import { adminRoutes } from './routes/admin';
import { attendanceRoutes } from './routes/attendance';
import { authRoutes } from './routes/auth';
import { certificateRoutes } from './routes/certificates';
import { contentRoutes } from './routes/content';
import { feedbackRoutes } from './routes/feedback';
import { healthRoutes } from './routes/health';
import { meRoutes } from './routes/me';
import { referenceRoutes } from './routes/reference';
import { reportRoutes } from './routes/reports';
import { sessionRoutes } from './routes/sessions';
import { staticRoutes } from './routes/static';
import { syncRoutes } from './routes/sync';
import { securityHeaders } from './security-headers';

export interface AppDeps {
  db: Db;
  version: string;
  /** Signs access tokens (server/auth/secret.ts). */
  authSecret: Uint8Array;
  /** Behind a reverse proxy: trust X-Forwarded-For / X-Forwarded-Proto. */
  trustProxy?: boolean;
  /** Directory of the built PWA (dist/); API only when absent. */
  staticDir?: string;
  /** CONTENT_DIR: learning modules published after the app's release (server/services/content.ts). */
  contentDir?: string;
  /** How long a push batch that overtook the one it names waits for it (default 5 s; tests shorten it). */
  pushWaitMs?: number;
  log?: (msg: string, err: unknown) => void;
}

export const MAX_BODY_BYTES = 1024 * 1024;

export function createApp(deps: AppDeps) {
  const log = deps.log ?? ((msg, err) => console.error(msg, err));
  const api = new Hono<AuthEnv>()
    .use(
      bodyLimit({
        maxSize: MAX_BODY_BYTES,
        onError: (c) => c.json({ error: 'too_large', field: '' }, 413),
      }),
    )
    .use('/sync/*', gunzipRequests(MAX_BODY_BYTES))
    .use(authenticate(deps.db, deps.authSecret))
    .route('/health', healthRoutes(deps))
    .route('/auth', authRoutes(deps))
    .route('/me', meRoutes(deps))
    .route('/reference', referenceRoutes(deps))
    .route('/sessions', sessionRoutes(deps))
    .route('/attendance', attendanceRoutes(deps))
    .route('/feedback', feedbackRoutes(deps))
    .route('/sync', syncRoutes(deps))
    .route('/content', contentRoutes(deps))
    .route('/certificates', certificateRoutes(deps))
    .route('/reports', reportRoutes(deps))
    .route('/admin', adminRoutes(deps))
    .all('*', (c) => c.json({ error: 'not_found' }, 404));

  const app = new Hono()
    .use(securityHeaders({ staticDir: deps.staticDir, trustProxy: deps.trustProxy ?? false }))
    .use(compress())
    .route('/api', api);
  if (deps.staticDir) app.route('/', staticRoutes(deps.staticDir));
  app.notFound((c) => c.json({ error: 'not_found' }, 404));
  app.onError((err, c) => {
    if (err instanceof HTTPException) return err.getResponse();
    log(`${c.req.method} ${c.req.path} failed`, err);
    return c.json({ error: 'internal' }, 500);
  });
  return app;
}

export type App = ReturnType<typeof createApp>;
