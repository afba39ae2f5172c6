import { useEffect, useState } from 'preact/hooks';
import { navigate } from '../../app/router';
import type { LocalProfile } from '../../db/learning-types';
import { unlockProfile } from '../../db/profiles';
import { useT } from '../../i18n';
import { PinInput } from '../account/PinInput';
import { Avatar } from './Avatar';

/** A profile's 4-digit PIN; wrong tries make the next one wait longer (kept across reloads). */
export function ProfilePin({ profile, onCancel }: { profile: LocalProfile; onCancel: () => void }) {
  const t = useT();
  const [pin, setPin] = useState('');
  const [wrong, setWrong] = useState(false);
  const [blockedUntil, setBlockedUntil] = useState(profile.pinBlockedUntil);
  const [now, setNow] = useState(Date.now);
  const waitS = blockedUntil ? Math.max(0, Math.ceil((blockedUntil - now) / 1000)) : 0;
  useEffect(() => {
    if (waitS <= 0) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [waitS > 0]);

  const submit = async (e: Event) => {
    e.preventDefault();
    const result = await unlockProfile(profile.id, pin);
    if (result.ok) {
      navigate('/learn', { replace: true });
      return;
    }
    setPin('');
    setWrong(true);
    setNow(Date.now());
    setBlockedUntil(result.blockedUntil);
  };
  return (
    <form class="form lock-screen" onSubmit={submit}>
      <Avatar profile={profile} big />
      <h2>{profile.displayName}</h2>
      <label class="pin-label" for="profile-pin">
        {t('learn.enterPin')}
      </label>
      <PinInput
        id="profile-pin"
        value={pin}
        onInput={setPin}
        disabled={waitS > 0}
        invalid={wrong}
        describedBy="profile-pin-status"
        autoFocus
      />
      <p id="profile-pin-status" role="status" class={wrong ? 'error' : 'hint'}>
        {waitS > 0 ? t('learn.pinWait', { seconds: waitS }) : wrong ? t('learn.pinWrong') : ''}
      </p>
      <button
        type="submit"
        class="btn btn-primary btn-block"
        disabled={waitS > 0 || pin.length !== 4}
      >
        {t('learn.openProfile')}
      </button>
      <button type="button" class="btn btn-ghost btn-block" onClick={onCancel}>
        {t('learn.cancel')}
      </button>
    </form>
  );
}
