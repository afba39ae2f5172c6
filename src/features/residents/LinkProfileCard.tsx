import { useState } from 'preact/hooks';
import { useAccount } from '../../app/account-context';
import { groupCode } from '../../core/learning';
import { linkProfile } from '../../db/profile-links';
import { useT } from '../../i18n';
import { Field } from '../../ui/Field';

/**
 * Counts a resident's self-paced learning: the volunteer types the code the resident's learner
 * profile shows (on the family phone), and records the resident's consent to link the two.
 */
export function LinkProfileCard({ residentId, name }: { residentId: string; name: string }) {
  const t = useT();
  const me = useAccount().user;
  const [code, setCode] = useState('');
  const [givenBy, setGivenBy] = useState<'self' | 'guardian'>('self');
  const [agreed, setAgreed] = useState(false);
  const [error, setError] = useState<string>();
  const [linked, setLinked] = useState<string>();

  const submit = async (e: Event) => {
    e.preventDefault();
    const clean = code.replace(/\s+/g, '').toUpperCase();
    if (!/^[0-9A-F]{8}$/.test(clean)) return setError(t('learnLink.codeInvalid'));
    if (!agreed) return setError(t('learnLink.consentNeeded'));
    await linkProfile({
      communeCode: me.communeCode,
      profileCode: clean,
      residentId,
      givenBy,
      volunteerId: me.id,
    });
    setError(undefined);
    setLinked(clean);
    setCode('');
    setAgreed(false);
  };
  return (
    <form class="card form" onSubmit={submit} noValidate>
      <h3>{t('learnLink.title')}</h3>
      <p class="hint">{t('learnLink.intro', { name })}</p>
      <Field id="link-code" label={t('learnLink.code')} error={error}>
        <input
          id="link-code"
          value={code}
          maxLength={9}
          autoComplete="off"
          autoCapitalize="characters"
          onInput={(e) => setCode(e.currentTarget.value)}
        />
      </Field>
      <div class="chips">
        {(['self', 'guardian'] as const).map((g) => (
          <button
            key={g}
            type="button"
            aria-pressed={givenBy === g}
            class={`chip${givenBy === g ? ' chip-on' : ''}`}
            onClick={() => setGivenBy(g)}
          >
            {t(`consent.by.${g}`)}
          </button>
        ))}
      </div>
      <label class="check">
        <input
          type="checkbox"
          checked={agreed}
          onChange={(e) => setAgreed(e.currentTarget.checked)}
        />
        {t('learnLink.consent')}
      </label>
      <button type="submit" class="btn btn-secondary btn-block">
        {t('learnLink.submit')}
      </button>
      {linked && (
        <p class="notice" role="status">
          {t('learnLink.done', { code: groupCode(linked) })}
        </p>
      )}
    </form>
  );
}
