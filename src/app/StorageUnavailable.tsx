import { useT } from '../i18n';

/** Shown instead of the app when IndexedDB cannot be opened (private mode, blocked storage). */
export function StorageUnavailable() {
  const t = useT();
  return (
    <main class="screen" role="alert">
      <h1>{t('storage.unavailableTitle')}</h1>
      <p>{t('storage.unavailableBody')}</p>
    </main>
  );
}
