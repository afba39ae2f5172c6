import { useEffect, useState } from 'preact/hooks';
import { observe } from '../db/live';

/** The current result of a repository read, kept up to date as the local store changes. */
export function useLive<T>(query: () => Promise<T>, deps: unknown[] = []): T | undefined {
  const [value, setValue] = useState<T>();
  // Re-subscribes when `deps` change: the caller lists what the query reads.
  useEffect(() => {
    const sub = observe(query, setValue, (err) => console.error('live query failed', err));
    return () => sub.unsubscribe();
  }, deps);
  return value;
}
