/** Live queries: an observable that re-runs a repository read whenever the tables it read change. */
import { liveQuery } from 'dexie';

export interface Subscription {
  unsubscribe(): void;
}

export function observe<T>(
  query: () => Promise<T>,
  onValue: (value: T) => void,
  onError: (err: unknown) => void,
): Subscription {
  return liveQuery(query).subscribe({ next: onValue, error: onError });
}
