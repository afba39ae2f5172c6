/**
 * The message for a record that could not be saved on the phone. A full disk (IndexedDB's
 * QuotaExceededError, which Dexie passes on by name, or wraps as the `inner` of an AbortError when
 * the transaction is aborted) gets a message saying what to do; anything else, "try again". The
 * form stays as typed either way, so nothing is lost while the volunteer makes room.
 */

export type SaveErrorKey = 'saveError.storageFull' | 'saveError.failed';

/** Quota error names across browsers (Firefox's old name included). */
const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
/** The legacy DOMException code for QUOTA_EXCEEDED_ERR (old WebKit). */
const QUOTA_CODE = 22;

export function isQuotaError(err: unknown, depth = 0): boolean {
  if (typeof err !== 'object' || err === null || depth > 4) return false;
  const e = err as { name?: unknown; code?: unknown; inner?: unknown; cause?: unknown };
  if (typeof e.name === 'string' && QUOTA_NAMES.has(e.name)) return true;
  if (e.code === QUOTA_CODE && typeof DOMException !== 'undefined' && err instanceof DOMException)
    return true;
  return isQuotaError(e.inner, depth + 1) || isQuotaError(e.cause, depth + 1);
}

/** The locale key of the message to show for a failed save. */
export function saveErrorKey(err: unknown): SaveErrorKey {
  return isQuotaError(err) ? 'saveError.storageFull' : 'saveError.failed';
}
