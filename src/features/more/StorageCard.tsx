import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../i18n';

/** What the browser says about this site's storage; undefined where it does not say. */
export interface StorageInfo {
  usage?: number;
  quota?: number;
  persisted?: boolean;
}

/** Over this share of the quota, the card warns before saving starts to fail. */
const ALMOST_FULL = 0.8;

export async function readStorageInfo(): Promise<StorageInfo> {
  const storage = (navigator as Partial<Navigator>).storage;
  const [estimate, persisted] = await Promise.all([
    storage?.estimate?.().catch(() => undefined),
    storage?.persisted?.().catch(() => undefined),
  ]);
  return { usage: estimate?.usage, quota: estimate?.quota, persisted };
}

const megabytes = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** 12_345_678 → "11,8 MB"; GB from 1 GB (vi-VN numbers, like the rest of the app). */
export function formatBytes(n: number): string {
  const mb = n / 1024 / 1024;
  return mb >= 1024 ? `${megabytes.format(mb / 1024)} GB` : `${megabytes.format(mb)} MB`;
}

/**
 * Settings card: how much storage the app uses and whether the browser keeps it for good
 * (navigator.storage.persisted). Not persisted, the browser may clear the records under disk
 * pressure, so the card says to sync often and offers to ask again (persist() is also asked
 * once after the first save, src/db/persist.ts).
 */
export function StorageCard() {
  const t = useT();
  const [info, setInfo] = useState<StorageInfo>();
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    void readStorageInfo().then(setInfo);
  }, []);
  if (!info) return null;
  const canAsk = !info.persisted && typeof navigator.storage?.persist === 'function';
  const ask = async () => {
    const granted = await navigator.storage.persist().catch(() => false);
    setRefused(!granted);
    setInfo(await readStorageInfo());
  };
  const { usage, quota } = info;
  const known = usage !== undefined && quota !== undefined && quota > 0;
  return (
    <div class="card" data-testid="storage-card">
      <h3>{t('storage.title')}</h3>
      <p>
        {known
          ? t('storage.usage', { used: formatBytes(usage), quota: formatBytes(quota) })
          : t('storage.usageUnknown')}
      </p>
      {known && usage / quota > ALMOST_FULL && (
        <p class="notice notice-warn" role="status">
          {t('storage.almostFull')}
        </p>
      )}
      {info.persisted !== undefined && (
        <p class="muted">{t(info.persisted ? 'storage.persisted' : 'storage.notPersisted')}</p>
      )}
      {refused && <p class="muted">{t('storage.persistRefused')}</p>}
      {canAsk && (
        <button type="button" class="btn btn-secondary btn-block" onClick={() => void ask()}>
          {t('storage.persist')}
        </button>
      )}
    </div>
  );
}
