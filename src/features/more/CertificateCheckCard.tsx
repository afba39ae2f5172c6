import { useState } from 'preact/hooks';
import { useOnline } from '../../app/use-online';
import { todayInVietnam } from '../../core/dates';
import { CERTIFICATE_ALPHABET } from '../../core/learning';
import type { CertificateResponse } from '../../core/wire';
import { useT } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { checkCertificate } from '../../sync/certificate-check';
import { Field } from '../../ui/Field';

type Outcome =
  | { kind: 'found'; cert: CertificateResponse }
  | { kind: 'unknown' }
  | { kind: 'error' };

const codePattern = new RegExp(`^[${CERTIFICATE_ALPHABET}]{8}$`);

/** Checks the code a learner shows on their certificate (online). */
export function CertificateCheckCard() {
  const t = useT();
  const online = useOnline();
  const [code, setCode] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();

  const submit = async (e: Event) => {
    e.preventDefault();
    const clean = code.replace(/\s+/g, '').toUpperCase();
    setInvalid(!codePattern.test(clean));
    if (!codePattern.test(clean)) return;
    try {
      const cert = await checkCertificate(clean);
      setOutcome(cert ? { kind: 'found', cert } : { kind: 'unknown' });
    } catch {
      setOutcome({ kind: 'error' });
    }
  };
  return (
    <form class="card form" onSubmit={submit} noValidate>
      <h3>{t('certificateCheck.title')}</h3>
      <Field
        id="certificate-code"
        label={t('certificateCheck.code')}
        error={invalid ? t('certificateCheck.invalid') : undefined}
      >
        <input
          id="certificate-code"
          value={code}
          maxLength={9}
          autoComplete="off"
          autoCapitalize="characters"
          onInput={(e) => setCode(e.currentTarget.value)}
        />
      </Field>
      <button type="submit" class="btn btn-secondary btn-block" disabled={!online}>
        {t('certificateCheck.submit')}
      </button>
      {!online && <p class="hint">{t('certificateCheck.offline')}</p>}
      {outcome && (
        <p class={outcome.kind === 'found' ? 'notice' : 'notice notice-warn'} role="status">
          {outcome.kind === 'found'
            ? `✓ ${t('certificateCheck.valid', {
                module: t(`module.${outcome.cert.moduleCode}`),
                date: formatDate(todayInVietnam(new Date(outcome.cert.completedAt))),
              })}`
            : outcome.kind === 'unknown'
              ? `✗ ${t('certificateCheck.unknown')}`
              : t('certificateCheck.error')}
        </p>
      )}
    </form>
  );
}
