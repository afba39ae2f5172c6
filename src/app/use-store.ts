import { useEffect, useState } from 'preact/hooks';
import type { StoreApi } from 'zustand/vanilla';

/**
 * The current state of a zustand vanilla store, re-rendering on change. (zustand's own hook is
 * React-bound and would pull preact/compat into the app shell.)
 */
export function useStoreState<T>(store: StoreApi<T>): T {
  const [state, setState] = useState(store.getState);
  useEffect(() => {
    setState(store.getState());
    return store.subscribe(setState);
  }, [store]);
  return state;
}
