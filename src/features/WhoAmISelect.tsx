import { useLive } from '../app/use-live';
import { DEMO_COMMUNE_CODE } from '../core/wire';
import { getCurrentVolunteerId, setCurrentVolunteerId } from '../db/meta';
import { listVolunteers } from '../db/reference';
import { useT } from '../i18n';
import { Field } from '../ui/Field';

/** "Who are you?": the volunteer using this phone, until accounts exist. */
export function WhoAmISelect({ id, label, hint }: { id: string; label: string; hint?: string }) {
  const t = useT();
  const me = useLive(getCurrentVolunteerId);
  const volunteers = useLive(() => listVolunteers(DEMO_COMMUNE_CODE));
  return (
    <Field id={id} label={label} hint={hint}>
      <select
        id={id}
        value={me ?? ''}
        onChange={(e) => void setCurrentVolunteerId(e.currentTarget.value)}
      >
        <option value="">{t('settings.choose')}</option>
        {volunteers?.map((v) => (
          <option key={v.id} value={v.id}>
            {v.displayName}
          </option>
        ))}
      </select>
    </Field>
  );
}
