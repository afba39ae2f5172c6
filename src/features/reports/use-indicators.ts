import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { useAccount } from '../../app/account-context';
import { useLive } from '../../app/use-live';
import { useOnline } from '../../app/use-online';
import type { Period, SourcedIndicators } from '../../core/indicators';
import { deviceIndicators, type IndicatorScope } from '../../db/local-indicators';
import { SyncHttpError } from '../../sync/http';
import { fetchIndicators } from '../../sync/reports-api';

export interface IndicatorsState {
  /** The server's figures for the caller's scope; absent offline, before they come, or on error. */
  server?: SourcedIndicators;
  /** This phone's figures, recomputed whenever what it holds changes. */
  device?: SourcedIndicators;
  /** The server is being asked (device figures may already be there). */
  loading: boolean;
  /** Why the server's figures are missing, when it was asked and failed for more than no network. */
  error?: unknown;
  /** No network (or the server could not be reached): the device's figures are what there is. */
  offline: boolean;
  /** Asks the server again (after a failure, or after a change such as a village's population). */
  reload: () => void;
}

/** The server's answer for one period (`key`) and ask (`ask`: the period and the reload count). */
type ServerAnswer = { key: string; ask: string } & (
  | { status: 'ok'; data: SourcedIndicators }
  | { status: 'error'; error: unknown }
);

const unreachable = (err: unknown) =>
  err instanceof SyncHttpError && (err.kind === 'offline' || err.kind === 'timeout');

/**
 * The indicators of `period` from both sources, for the signed-in account's scope (the whole
 * commune for an administrator, their villages for a volunteer): the phone's own at once, offline
 * too, and the server's whenever the phone is online. An answer for an earlier period is never
 * returned for a later one. Used by the dashboard, the annual report and the commendations.
 */
export function useIndicators(period: Period, opts: { server?: boolean } = {}): IndicatorsState {
  const askServer = opts.server ?? true;
  const { user } = useAccount();
  const online = useOnline();
  const key = `${period.from}/${period.to}`;
  const scope = useMemo<IndicatorScope>(
    () => ({
      communeCode: user.communeCode,
      villages: user.role === 'admin' ? null : user.villages,
    }),
    [user.communeCode, user.role, user.villages.join()],
  );

  const device = useLive(() => deviceIndicators(scope, period), [scope, key]);

  const [answer, setAnswer] = useState<ServerAnswer>();
  const [attempt, setAttempt] = useState(0);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const ask = `${key}#${attempt}`;
  // Asks again when the period, the scope or the network changes, or on reload; stale answers drop.
  useEffect(() => {
    if (!askServer || !online) return;
    let live = true;
    fetchIndicators(period).then(
      (data) => live && setAnswer({ key, ask, status: 'ok', data }),
      (error: unknown) => live && setAnswer({ key, ask, status: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [askServer, online, scope, ask]);

  // While asking again for the same period, the previous answer stays on screen.
  const current = answer?.key === key ? answer : undefined;
  const failedUnreachable = current?.status === 'error' && unreachable(current.error);
  return {
    server: online && current?.status === 'ok' ? current.data : undefined,
    device:
      device?.indicators.period.from === period.from && device.indicators.period.to === period.to
        ? device
        : undefined,
    loading: askServer && online && answer?.ask !== ask,
    error: online && current?.status === 'error' && !failedUnreachable ? current.error : undefined,
    offline: !online || failedUnreachable,
    reload,
  };
}
