import { useState } from 'preact/hooks';
import { applyTextSize, savedTextSize, TEXT_SIZES, type TextSize } from '../../app/text-size';
import { useLive } from '../../app/use-live';
import { DEMO_COMMUNE_CODE } from '../../core/wire';
import { getCurrentVolunteerId, setCurrentVolunteerId } from '../../db/meta';
import { listVolunteers } from '../../db/reference';
import { currentLanguage, LANGUAGES, setLanguage, useT } from '../../i18n';
import { Field } from '../../ui/Field';
import { ToggleChips } from '../../ui/ToggleChips';
import { ExportCard } from './ExportCard';

/** Settings (who uses this phone, language, text size) and the volunteer's CSV export. */
export function MoreScreen() {
  const t = useT();
  const me = useLive(getCurrentVolunteerId);
  const volunteers = useLive(() => listVolunteers(DEMO_COMMUNE_CODE));
  const [size, setSize] = useState<TextSize>(savedTextSize);
  return (
    <section aria-labelledby="more-title">
      <h2 id="more-title">{t('settings.title')}</h2>
      <Field id="settings-me" label={t('settings.me')} hint={t('settings.meHint')}>
        <select
          id="settings-me"
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
      <ToggleChips
        id="settings-language"
        single
        label={t('settings.language')}
        options={LANGUAGES.map((l) => ({ value: l, label: t(`settings.languageName.${l}`) }))}
        selected={[currentLanguage()]}
        onChange={([l]) => l && void setLanguage(l)}
      />
      <ToggleChips
        id="settings-textSize"
        single
        label={t('settings.textSize')}
        options={TEXT_SIZES.map((s) => ({ value: String(s), label: `${s}%` }))}
        selected={[String(size)]}
        onChange={([s]) => {
          const next = Number(s) as TextSize;
          setSize(next);
          applyTextSize(next);
        }}
      />
      <ExportCard />
    </section>
  );
}
