/**
 * Which forms hold unsaved input. The update prompt and page unload ask before throwing it away;
 * nothing reloads the app by itself while this is non-empty.
 */
import { useEffect } from 'preact/hooks';
import { createStore } from 'zustand/vanilla';

export const unsavedForms = createStore<{ ids: ReadonlySet<string> }>(() => ({ ids: new Set() }));

export const hasUnsavedChanges = (): boolean => unsavedForms.getState().ids.size > 0;

function setDirty(id: string, dirty: boolean): void {
  const ids = new Set(unsavedForms.getState().ids);
  if (dirty) ids.add(id);
  else ids.delete(id);
  unsavedForms.setState({ ids });
}

const onBeforeUnload = (e: BeforeUnloadEvent) => {
  if (hasUnsavedChanges()) e.preventDefault();
};

/** Marks form `id` as holding unsaved input while `dirty` is true. */
export function useUnsavedChanges(id: string, dirty: boolean): void {
  useEffect(() => {
    setDirty(id, dirty);
    return () => setDirty(id, false);
  }, [id, dirty]);
  useEffect(() => {
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);
}
