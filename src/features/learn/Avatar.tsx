import type { LocalProfile } from '../../db/learning-types';

/** A learner's round badge: their colour and initial (the name is always shown beside it). */
export function Avatar({ profile, big }: { profile: LocalProfile; big?: boolean }) {
  const initial = profile.displayName.trim().split(/\s+/).pop()?.[0] ?? '?';
  return (
    <span class={`avatar avatar-${profile.colour}${big ? ' avatar-big' : ''}`} aria-hidden="true">
      {initial.toLocaleUpperCase('vi')}
    </span>
  );
}
