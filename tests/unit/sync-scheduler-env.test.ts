import { waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createSession } from '../../src/db/sessions';
import { browserSchedulerEnv } from '../../src/sync/scheduler-env';
import { syncStatus } from '../../src/sync/status';
import { syncNow } from '../../src/sync/sync-now';
import { sessionInput } from './factories';
import { resetDb } from './reset-db';

vi.mock('../../src/sync/sync-now', () => ({ syncNow: vi.fn(async () => {}) }));

beforeEach(async () => {
  await resetDb();
});

describe('the browser side of the scheduler', () => {
  it('reads a run’s success from the sync status', async () => {
    const env = browserSchedulerEnv();
    vi.mocked(syncNow).mockImplementationOnce(async () => {
      syncStatus.setState({ state: 'error', error: 'offline' });
    });
    expect(await env.run()).toBe(false);
    vi.mocked(syncNow).mockImplementationOnce(async () => {
      syncStatus.setState({ state: 'done', error: null });
    });
    expect(await env.run()).toBe(true);
  });

  it('sees a saved record as a local change', async () => {
    const onChange = vi.fn();
    const stop = browserSchedulerEnv().watchChanges(onChange);
    await new Promise((r) => setTimeout(r, 50)); // the first count is the baseline
    expect(onChange).not.toHaveBeenCalled();
    await createSession('10882', sessionInput());
    await waitFor(() => expect(onChange).toHaveBeenCalledOnce());
    stop();
  });

  it('does not fail where there is no Background Sync or service worker', () => {
    expect(() => browserSchedulerEnv().wakeLater()).not.toThrow();
  });
});
