import { useCommune } from '../app/account-context';
import { useLive } from '../app/use-live';
import { listVillages } from '../db/reference';
import { useT } from '../i18n';
import { Field } from '../ui/Field';

interface Props {
  id: string;
  value: string;
  onChange: (villageId: string) => void;
  error?: string;
  /** The empty choice's words ("— Chọn thôn —", "Tất cả"). */
  emptyLabel: string;
}

/** The commune's villages in Vietnamese order, as a labelled select. */
export function VillageSelect({ id, value, onChange, error, emptyLabel }: Props) {
  const commune = useCommune();
  const t = useT();
  const villages = useLive(() => listVillages(commune));
  return (
    <Field id={id} label={t('sessionForm.village')} error={error}>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">{emptyLabel}</option>
        {villages?.map((v) => (
          <option key={v.id} value={v.id}>
            {v.name}
          </option>
        ))}
      </select>
      {villages?.length === 0 && <p class="notice">{t('sessionForm.noVillages')}</p>}
    </Field>
  );
}
