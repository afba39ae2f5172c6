import { Hono } from 'hono';
import { certificateCodeSchema } from '../../src/core/learning';
import type { CertificateResponse } from '../../src/core/wire';
import type { AppDeps } from '../app';
import { type AuthEnv, allow, apiError, staffOf } from '../auth/caller';
import { findCertificate } from '../db/learning-queries';

/**
 * Checks a certificate's verification code, for staff of the commune (any village: a learner may
 * show it to any volunteer). Answers what the certificate is for, never who holds it.
 */
export const certificateRoutes = ({ db }: AppDeps) =>
  new Hono<AuthEnv>().use(allow('admin', 'volunteer')).get('/:code', async (c) => {
    const code = certificateCodeSchema.safeParse(c.req.param('code').toUpperCase());
    if (!code.success) return c.json({ error: 'invalid', field: 'code' }, 400);
    const found = await findCertificate(db, staffOf(c).scope.commune, code.data);
    if (!found) throw apiError(404, 'unknown_certificate');
    const body: CertificateResponse = {
      serverTime: new Date().toISOString(),
      valid: true,
      ...found,
    };
    return c.json(body);
  });
