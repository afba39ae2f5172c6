import { navigate } from '../../app/router';
import type { LocalProfile } from '../../db/learning-types';
import { useT } from '../../i18n';
import { Avatar } from './Avatar';

/** Who is learning, and the way to hand the phone to someone else (tap, then tap their name). */
export function LearnerBar({ profile }: { profile: LocalProfile }) {
  const t = useT();
  return (
    <div class="learner-bar">
      <a
        href="/learn"
        class="learner-name"
        onClick={(e) => {
          e.preventDefault();
          navigate('/learn');
        }}
      >
        <Avatar profile={profile} />
        <span>{profile.displayName}</span>
      </a>
      <button type="button" class="btn btn-secondary" onClick={() => navigate('/learn/profiles')}>
        {t('learn.switchLearner')}
      </button>
    </div>
  );
}
