import { useId, useState } from 'preact/hooks';
import { applyHighContrast, savedHighContrast } from '../../app/contrast';
import { applyTextSize, savedTextSize, TEXT_SIZES, type TextSize } from '../../app/text-size';
import { useT } from '../../i18n';
import { ToggleChips } from '../../ui/ToggleChips';

/**
 * Text size (100–200 %) and high contrast, with a sentence showing the result: in Settings and in
 * the learner's area, so whoever holds the phone can make it readable without leaving the lesson.
 * Both apply to the whole app at once and are remembered on this phone.
 */
export function DisplaySettings() {
  const t = useT();
  const id = useId();
  const [size, setSize] = useState<TextSize>(savedTextSize);
  const [contrast, setContrast] = useState(savedHighContrast);
  return (
    <section class="card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('settings.display')}</h3>
      <ToggleChips
        id={`${id}-size`}
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
      <label class="check">
        <input
          type="checkbox"
          role="switch"
          aria-checked={contrast}
          checked={contrast}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            setContrast(on);
            applyHighContrast(on);
          }}
        />
        {t('settings.highContrast')}
      </label>
      <p class="hint">{t('settings.previewLabel')}</p>
      <p class="notice">{t('settings.previewText')}</p>
    </section>
  );
}
