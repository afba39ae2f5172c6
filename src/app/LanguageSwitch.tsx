import { currentLanguage, setLanguage, useT } from '../i18n';

export function LanguageSwitch() {
  const t = useT();
  const next = currentLanguage() === 'vi' ? 'en' : 'vi';
  return (
    <button
      type="button"
      class="btn btn-ghost"
      aria-label={t('lang.switchLabel')}
      onClick={() => void setLanguage(next)}
    >
      {t('lang.switch')}
    </button>
  );
}
