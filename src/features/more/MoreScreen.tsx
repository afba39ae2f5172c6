import { useState } from 'preact/hooks';
import { applyTextSize, savedTextSize, TEXT_SIZES, type TextSize } from '../../app/text-size';
import { currentLanguage, LANGUAGES, setLanguage, useT } from '../../i18n';
import { ToggleChips } from '../../ui/ToggleChips';
import { AccountCard } from '../account/AccountCard';
import { PinSettings } from '../account/PinSettings';
import { AdminLinks } from '../admin/AdminLinks';
import { BackupCard } from './BackupCard';
import { ExportCard } from './ExportCard';
import { StorageCard } from './StorageCard';

/** Settings (the account on this phone, language, text size, PIN lock) and the CSV export. */
export function MoreScreen() {
  const t = useT();
  const [size, setSize] = useState<TextSize>(savedTextSize);
  return (
    <section aria-labelledby="more-title">
      <h2 id="more-title">{t('settings.title')}</h2>
      <AccountCard />
      <AdminLinks />
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
      <PinSettings />
      <ExportCard />
      <BackupCard />
      <StorageCard />
    </section>
  );
}
