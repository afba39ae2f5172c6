import { useCommune } from '../../app/account-context';
import { useLive } from '../../app/use-live';
import { type ConflictItem, listConflicts, markConflictSeen } from '../../db/conflicts';
import { listVillages } from '../../db/reference';
import { useT } from '../../i18n';
import { formatDate, formatNumber } from '../../i18n/format';

type T = ReturnType<typeof useT>;

/** The field's label as the form shows it. */
function fieldLabel(t: T, c: ConflictItem): string {
  const form = c.recordType === 'session' ? 'sessionForm' : 'residentForm';
  const own = c.field === 'villageId' ? 'village' : c.field;
  const key = t(`${form}.${own}`, { defaultValue: '' });
  return key || t(`conflicts.field.${c.field}`, { defaultValue: t('conflicts.field.other') });
}

function valueText(t: T, value: unknown): string {
  if (value === null || value === undefined || value === '') return t('conflicts.empty');
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

/**
 * Changes that lost to someone else's later change of the same field: shown, not silently
 * dropped, so the volunteer can put their value back if it was the right one.
 */
export function ConflictList() {
  const t = useT();
  const commune = useCommune();
  const items = useLive(listConflicts);
  const villages = useLive(() => listVillages(commune));
  if (!items || items.length === 0) return null;
  const villageName = (id: string) =>
    villages?.find((v) => v.id === id)?.name ?? t('sessions.unknownVillage');
  return (
    <section aria-labelledby="conflicts-title">
      <h3 id="conflicts-title">{t('conflicts.title')}</h3>
      <p class="hint">{t('conflicts.intro')}</p>
      <ul class="cards">
        {items.map((c) => (
          <li key={c.id} class="card" data-testid="conflict">
            <strong>
              {c.label.kind === 'session'
                ? t('conflicts.session', {
                    date: c.label.date ? formatDate(c.label.date) : '',
                    village: villageName(c.label.villageId),
                  })
                : t('conflicts.resident', { name: c.label.name })}
            </strong>
            <p>{fieldLabel(t, c)}</p>
            <p>
              {t('conflicts.kept')}: {valueText(t, c.kept)}
            </p>
            <p>
              {t('conflicts.lost')}: {valueText(t, c.lost)}
            </p>
            <button
              type="button"
              class="btn btn-secondary"
              onClick={() => void markConflictSeen(c.id)}
            >
              {t('conflicts.seen')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
