import { useEffect, useRef, useState } from 'preact/hooks';
import { clearDraft, loadDraft, saveDraft } from '../db/drafts';
import { t } from '../i18n';
import { useUnsavedChanges } from './unsaved-changes';

export interface Draft<T> {
  /** undefined while the saved draft is being read. */
  value: T | undefined;
  /** Changes fields; the whole form is written to the device at once, so nothing typed is lost. */
  set: (patch: Partial<T>) => void;
  /** True when the form holds input not yet saved as a record. */
  dirty: boolean;
  /** Forgets the draft (after saving the record, or when the volunteer discards it). */
  clear: () => Promise<void>;
  /** Starts over with `value` as a fresh, clean form (e.g. the next resident's feedback). */
  reset: (value: T) => Promise<void>;
  /** Cancel: forgets the draft, asking first when it holds input; false when the answer is no. */
  discard: () => Promise<boolean>;
}

/**
 * Form state kept as a draft on the device under `key`: restored after a reload, a crash or an
 * app update; leaving the form asks first while it is dirty. With `autosave`, the draft is the
 * work itself (the annual report's text): nothing is lost by leaving, so nobody is asked.
 */
export function useDraft<T extends object>(
  key: string,
  initial: () => T,
  opts: { autosave?: boolean } = {},
): Draft<T> {
  const [value, setValue] = useState<T>();
  const [dirty, setDirty] = useState(false);
  const latest = useRef<T>();
  // Reads the draft once per key; `initial` is only the fallback for a key with no draft.
  useEffect(() => {
    let live = true;
    void loadDraft<T>(key).then((saved) => {
      if (!live) return;
      latest.current = saved ?? initial();
      setValue(latest.current);
      setDirty(saved !== undefined);
    });
    return () => {
      live = false;
    };
  }, [key]);
  useUnsavedChanges(key, dirty && !opts.autosave);
  return {
    value,
    dirty,
    set(patch) {
      const next = { ...(latest.current as T), ...patch };
      latest.current = next;
      setValue(next);
      setDirty(true);
      void saveDraft(key, next);
    },
    async clear() {
      setDirty(false);
      await clearDraft(key);
    },
    async discard() {
      if (dirty && !window.confirm(t('sessionForm.confirmDiscard'))) return false;
      setDirty(false);
      await clearDraft(key);
      return true;
    },
    async reset(next) {
      latest.current = next;
      setValue(next);
      setDirty(false);
      await clearDraft(key);
    },
  };
}
