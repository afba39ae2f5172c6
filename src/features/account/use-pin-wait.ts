import { useEffect, useState } from 'preact/hooks';
import { type PinAttempts, pinAttempts } from '../../db/pin';
import type { t as translate } from '../../i18n';

/**
 * The stored count of wrong PINs and the wait it imposes, ticking every second while a wait runs
 * (it was stored, so a reload shows the same wait).
 */
export function usePinWait() {
  const [attempts, setAttempts] = useState<PinAttempts>();
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    void pinAttempts().then(setAttempts);
  }, []);
  const waitMs = attempts?.blockedUntil ? Math.max(0, attempts.blockedUntil - now) : 0;
  useEffect(() => {
    if (waitMs <= 0) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [waitMs > 0]);
  return {
    attempts,
    waitMs,
    /** After a check: the new count (and wait), with the clock moved to now. */
    update(next: PinAttempts) {
      setNow(Date.now());
      setAttempts(next);
    },
  };
}

/** "Hãy chờ 30 giây…" / "Hãy chờ 2 phút…" for a running wait. */
export function waitText(t: typeof translate, waitMs: number): string {
  const seconds = Math.ceil(waitMs / 1000);
  if (seconds < 60) return t('pin.waitSeconds', { n: seconds });
  const minutes = Math.ceil(seconds / 60);
  return t('pin.waitMinutes', { n: minutes });
}
