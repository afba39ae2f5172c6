import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

export type Remote<T> =
  | { status: 'loading' }
  | { status: 'ok'; data: T }
  | { status: 'error'; error: unknown };

export interface RemoteState<T> {
  state: Remote<T>;
  /** Asks the server again (the "Thử lại" button, or the network coming back). */
  reload: () => void;
  /** Replaces the data after a change the server confirmed, without asking again. */
  update: (change: (data: T) => T) => void;
}

/**
 * Data read from the server for an administrator's screen: loading, the data, or the error. A
 * failed read is tried again by itself when the phone gets its network back.
 */
export function useRemote<T>(load: () => Promise<T>, deps: unknown[] = []): RemoteState<T> {
  const [state, setState] = useState<Remote<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const failed = useRef(false);
  // Loads again when `deps` change or on reload; a stale answer is dropped.
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    load().then(
      (data) => {
        failed.current = false;
        if (live) setState({ status: 'ok', data });
      },
      (error: unknown) => {
        failed.current = true;
        if (live) setState({ status: 'error', error });
      },
    );
    return () => {
      live = false;
    };
  }, [...deps, attempt]);
  useEffect(() => {
    const onOnline = () => failed.current && reload();
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  }, [reload]);
  const update = useCallback(
    (change: (data: T) => T) =>
      setState((s) => (s.status === 'ok' ? { status: 'ok', data: change(s.data) } : s)),
    [],
  );
  return { state, reload, update };
}
