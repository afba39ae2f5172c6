/** Server configuration from the environment, with the defaults the README documents. */
import { resolve } from 'node:path';

export interface Config {
  port: number;
  dataDir: string;
  databaseUrl?: string;
  staticDir: string;
  /** AUTH_SECRET: the token-signing key; generated into DATA_DIR when unset. */
  authSecret?: string;
  /** TRUST_PROXY=1 behind a reverse proxy (client IP and https from X-Forwarded-*). */
  trustProxy: boolean;
  /** CONTENT_DIR: newer learning modules to publish, laid out like src/content/modules. */
  contentDir?: string;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT is not a port: ${env.PORT}`);
  return {
    port,
    dataDir: resolve(env.DATA_DIR ?? 'data'),
    databaseUrl: env.DATABASE_URL || undefined,
    staticDir: resolve(env.STATIC_DIR ?? 'dist'),
    authSecret: env.AUTH_SECRET || undefined,
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    contentDir: env.CONTENT_DIR ? resolve(env.CONTENT_DIR) : undefined,
  };
}
