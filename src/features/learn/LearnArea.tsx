/**
 * The learner area: residents learning on a shared family phone. Who is learning is chosen first
 * (two taps to switch); each screen then works on that profile's progress only.
 */
import { useEffect } from 'preact/hooks';
import type { Route } from '../../app/router';
import { useLive } from '../../app/use-live';
import { rememberCommuneFromUrl } from '../../db/learner-commune';
import { currentProfile } from '../../db/profiles';
import { CertificateScreen } from './CertificateScreen';
import { LearnerBar } from './LearnerBar';
import { LessonScreen } from './LessonScreen';
import { ModuleList } from './ModuleList';
import { ModuleScreen } from './ModuleScreen';
import { ProfileForm } from './ProfileForm';
import { ProfilesScreen } from './ProfilesScreen';
import { QuizScreen } from './QuizScreen';
import './learn.css';

export function LearnArea({ route }: { route: Route }) {
  useEffect(() => {
    void rememberCommuneFromUrl(location.search);
  }, []);
  const profile = useLive(currentProfile);
  if (profile === undefined) return null;
  if (route.name === 'learnProfileNew')
    return (
      <main class="screen learn">
        <ProfileForm />
      </main>
    );
  if (profile === null || route.name === 'learnProfiles')
    return (
      <main class="screen learn">
        <ProfilesScreen current={profile} />
      </main>
    );
  return (
    <>
      <LearnerBar profile={profile} />
      <main class="screen learn">
        {route.name === 'learnModule' ? (
          <ModuleScreen profile={profile} code={route.code} />
        ) : route.name === 'learnLesson' ? (
          <LessonScreen profile={profile} code={route.code} lessonId={route.lessonId} />
        ) : route.name === 'learnQuiz' ? (
          <QuizScreen profile={profile} code={route.code} lessonId={route.lessonId} />
        ) : route.name === 'learnCertificate' ? (
          <CertificateScreen profile={profile} code={route.code} />
        ) : (
          <ModuleList profile={profile} />
        )}
      </main>
    </>
  );
}
