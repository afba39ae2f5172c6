import { useEffect, useRef, useState } from 'preact/hooks';
import { type AdminResident, searchResidents } from '../../sync/admin-api';

export const SEARCH_DELAY_MS = 500;
export const MIN_QUERY = 2;

export type SearchState =
  | { status: 'idle' }
  | { status: 'searching' }
  | { status: 'ok'; residents: AdminResident[] }
  | { status: 'error'; error: unknown };

/**
 * The server's resident search for what is typed, asked once typing pauses (a request per key
 * would waste a 2G connection); an answer to an older query never replaces a newer one.
 */
export function useResidentSearch(query: string, online: boolean) {
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(0);
  // Searches again when the query, the network or a retry changes.
  useEffect(() => {
    const q = query.trim();
    const ticket = ++latest.current;
    if (q.length < MIN_QUERY || !online) {
      setState({ status: 'idle' });
      return;
    }
    setState({ status: 'searching' });
    const timer = setTimeout(() => {
      searchResidents(q).then(
        (residents) => ticket === latest.current && setState({ status: 'ok', residents }),
        (error: unknown) => ticket === latest.current && setState({ status: 'error', error }),
      );
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query, online, attempt]);
  /** Replaces one resident after a change the server confirmed (an erasure). */
  const replace = (r: AdminResident) =>
    setState((s) =>
      s.status === 'ok'
        ? { status: 'ok', residents: s.residents.map((x) => (x.id === r.id ? r : x)) }
        : s,
    );
  return { state, retry: () => setAttempt((n) => n + 1), replace };
}
