import type { t as translate } from '../i18n';

/**
 * The message for a field's validation problem, in the current language: a date in the future has
 * one message everywhere; anything else gets the field's own message (`<form>.error.<field>`),
 * which says what is expected.
 */
export function errorText(
  t: typeof translate,
  form: string,
  errors: Record<string, string>,
  field: string,
): string | undefined {
  const code =
    errors[field] ?? Object.entries(errors).find(([k]) => k.startsWith(`${field}.`))?.[1];
  if (!code) return undefined;
  return code === 'future' ? t('errors.future') : t(`${form}.error.${field}`);
}
