/**
 * The key that signs access tokens. From AUTH_SECRET when set (required when several servers share
 * one PostgreSQL); otherwise generated once into the data directory with owner-only permissions, so
 * the embedded setup needs no configuration and keeps its sign-ins across restarts.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FILE = 'auth-secret';
const MIN_BYTES = 32;

export function loadAuthSecret(envSecret: string | undefined, dataDir: string): Uint8Array {
  if (envSecret) {
    const key = new TextEncoder().encode(envSecret);
    if (key.length < MIN_BYTES) throw new Error(`AUTH_SECRET must be at least ${MIN_BYTES} bytes.`);
    return key;
  }
  const path = join(dataDir, FILE);
  if (!existsSync(path)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(path, randomBytes(MIN_BYTES).toString('base64url'), { mode: 0o600, flag: 'wx' });
  }
  return new TextEncoder().encode(readFileSync(path, 'utf8').trim());
}
