import { useState } from 'preact/hooks';
import { navigate } from '../../app/router';
import { useLive } from '../../app/use-live';
import { accountSummary } from '../../db/account';
import type { LocalProfile } from '../../db/learning-types';
import { chooseProfile, listProfiles } from '../../db/profiles';
import { useT } from '../../i18n';
import { DisplaySettings } from '../display/DisplaySettings';
import { Avatar } from './Avatar';
import { ProfilePin } from './ProfilePin';

/** "Who is learning?": everyone on this phone as a big button, and a way to add someone. */
export function ProfilesScreen({ current }: { current: LocalProfile | null }) {
  const t = useT();
  const profiles = useLive(listProfiles);
  const staff = useLive(accountSummary);
  const [asking, setAsking] = useState<LocalProfile | null>(null);
  if (profiles === undefined) return null;
  if (asking) return <ProfilePin profile={asking} onCancel={() => setAsking(null)} />;

  const choose = async (p: LocalProfile) => {
    if (p.pin && p.id !== current?.id) {
      setAsking(p);
      return;
    }
    await chooseProfile(p.id);
    navigate('/learn', { replace: true });
  };
  return (
    <section aria-labelledby="profiles-title">
      <h2 id="profiles-title">{t('learn.whoIsLearning')}</h2>
      {profiles.length === 0 && <p>{t('learn.noProfiles')}</p>}
      <ul class="profile-list">
        {profiles.map((p) => (
          <li key={p.id}>
            <button type="button" class="profile-button" onClick={() => void choose(p)}>
              <Avatar profile={p} big />
              <span class="profile-button-name">{p.displayName}</span>
              {p.pin && <span class="muted">🔒 {t('learn.hasPin')}</span>}
              {p.id === current?.id && <span class="badge badge-ok">{t('learn.learningNow')}</span>}
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        class="btn btn-primary btn-block"
        onClick={() => navigate('/learn/profiles/new')}
      >
        + {t('learn.addProfile')}
      </button>
      <details class="card display-details">
        <summary>{t('learn.display')}</summary>
        <DisplaySettings />
      </details>
      {staff && (
        <button type="button" class="btn btn-ghost btn-block" onClick={() => navigate('/')}>
          ← {t('learn.backToVolunteer')}
        </button>
      )}
    </section>
  );
}
