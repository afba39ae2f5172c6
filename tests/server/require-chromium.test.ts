import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('require-chromium', () => {
  it('fails with install instructions, not a stack trace, when Chromium is missing', () => {
    const r = spawnSync(process.execPath, ['scripts/require-chromium.mjs'], {
      env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' },
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('apt-get install -y chromium');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
