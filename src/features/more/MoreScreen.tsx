import { navigate } from '../../app/router';
import { currentLanguage, LANGUAGES, setLanguage, useT } from '../../i18n';
import { ToggleChips } from '../../ui/ToggleChips';
import { AccountCard } from '../account/AccountCard';
import { PinSettings } from '../account/PinSettings';
import { AdminLinks } from '../admin/AdminLinks';
import { DisplaySettings } from '../display/DisplaySettings';
import { BackupCard } from './BackupCard';
import { CertificateCheckCard } from './CertificateCheckCard';
import { ExportCard } from './ExportCard';
import { StorageCard } from './StorageCard';

/**
 * Settings (the account on this phone, language, text size and contrast, PIN lock) and the CSV
 * export.
 */
export function MoreScreen() {
  const t = useT();
  return (
    <section aria-labelledby="more-title">
      <h2 id="more-title">{t('settings.title')}</h2>
      <AccountCard />
      <AdminLinks />
      <button type="button" class="btn btn-secondary btn-block" onClick={() => navigate('/learn')}>
        🎓 {t('learn.openArea')}
      </button>
      <CertificateCheckCard />
      <ToggleChips
        id="settings-language"
        single
        label={t('settings.language')}
        options={LANGUAGES.map((l) => ({ value: l, label: t(`settings.languageName.${l}`) }))}
        selected={[currentLanguage()]}
        onChange={([l]) => l && void setLanguage(l)}
      />
      <DisplaySettings />
      <PinSettings />
      <ExportCard />
      <BackupCard />
      <StorageCard />
    </section>
  );
}
