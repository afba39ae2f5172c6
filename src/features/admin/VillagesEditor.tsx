import { useState } from 'preact/hooks';
import { setVillagesSchema } from '../../core/auth';
import { useT } from '../../i18n';
import { ToggleChips } from '../../ui/ToggleChips';
import type { Villages } from './use-villages';

interface Props {
  id: string;
  villages: Villages;
  initial: string[];
  saving: boolean;
  onSave: (villages: string[]) => void;
  onCancel: () => void;
}

/** The villages a volunteer looks after, as large toggles; at least one (the shared rule). */
export function VillagesEditor({ id, villages, initial, saving, onSave, onCancel }: Props) {
  const t = useT();
  const [chosen, setChosen] = useState(initial);
  const [invalid, setInvalid] = useState(false);
  const save = () => {
    const ok = setVillagesSchema.safeParse({ villages: chosen }).success;
    setInvalid(!ok);
    if (ok) onSave(chosen);
  };
  return (
    <div class="admin-panel">
      <ToggleChips
        id={id}
        label={t('admin.volunteerForm.villages')}
        options={villages.list.map((v) => ({ value: v.id, label: v.name }))}
        selected={chosen}
        onChange={setChosen}
        error={invalid ? t('admin.volunteerForm.error.villages') : undefined}
      />
      <div class="row form-actions">
        <button type="button" class="btn btn-ghost" onClick={onCancel}>
          {t('sessionForm.cancel')}
        </button>
        <button type="button" class="btn btn-primary" disabled={saving} onClick={save}>
          {t('admin.volunteers.saveVillages')}
        </button>
      </div>
    </div>
  );
}
