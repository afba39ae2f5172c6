import { useId, useState } from 'preact/hooks';
import { formatInviteCode, type Invite } from '../../core/auth';
import { useT } from '../../i18n';
import { formatDayVn, formatPhone } from './format-at';

interface Props {
  name: string;
  phone: string;
  invite: Invite;
}

/**
 * The invite code to read out or send: large digits in two groups of four, its expiry day, what
 * the volunteer does with it, and "Sao chép" for a message ready to paste into Zalo or an SMS.
 */
export function InviteCard({ name, phone, invite }: Props) {
  const t = useT();
  const titleId = useId();
  const [copy, setCopy] = useState<'idle' | 'done' | 'failed'>('idle');
  const code = formatInviteCode(invite.code);
  const date = formatDayVn(invite.expiresAt);
  const shownPhone = formatPhone(phone);
  const doCopy = async () => {
    const message = t('admin.invite.message', { name, code, date, phone: shownPhone });
    try {
      await navigator.clipboard.writeText(message);
      setCopy('done');
    } catch {
      setCopy('failed');
    }
  };
  return (
    <section class="invite-card" aria-labelledby={titleId} data-testid="invite-card">
      <h3 id={titleId}>{t('admin.invite.forName', { name })}</h3>
      <p class="invite-code">{code}</p>
      <p class="invite-expiry">{t('admin.invite.expires', { date })}</p>
      <p class="invite-steps-title">{t('admin.invite.steps')}</p>
      <ol class="invite-steps">
        <li>{t('admin.invite.step1')}</li>
        <li>{t('admin.invite.step2')}</li>
        <li>{t('admin.invite.step3', { phone: shownPhone })}</li>
        <li>{t('admin.invite.step4')}</li>
      </ol>
      <p class="hint">{t('admin.invite.oneTime')}</p>
      <button type="button" class="btn btn-primary btn-block" onClick={() => void doCopy()}>
        {t('admin.invite.copy')}
      </button>
      <p role="status" class={copy === 'failed' ? 'error' : 'muted'}>
        {copy === 'done' && t('admin.invite.copied')}
        {copy === 'failed' && t('admin.invite.copyFailed')}
      </p>
    </section>
  );
}
