/**
 * A small history-API router: the current path in a store, `navigate()` that asks before leaving a
 * form with unsaved input, and `matchRoute()` turning a path into a typed route.
 */
import { createStore } from 'zustand/vanilla';
import { t } from '../i18n';
import { hasUnsavedChanges } from './unsaved-changes';

export type Route =
  | { name: 'sessions' }
  | { name: 'sessionNew' }
  | { name: 'session'; id: string }
  | { name: 'sessionEdit'; id: string }
  | { name: 'attendance'; id: string }
  | { name: 'feedbackNew'; sessionId: string | null }
  | { name: 'residentMode'; sessionId: string | null }
  | { name: 'feedback' }
  | { name: 'roster' }
  | { name: 'residentNew' }
  | { name: 'resident'; id: string }
  | { name: 'more' }
  | { name: 'attention' }
  | { name: 'adminVolunteers' }
  | { name: 'adminVolunteerNew' }
  | { name: 'adminAudit' }
  | { name: 'adminResidents' }
  | { name: 'learn' }
  | { name: 'learnProfileNew' }
  | { name: 'learnProfiles' }
  | { name: 'learnModule'; code: string }
  | { name: 'learnLesson'; code: string; lessonId: string }
  | { name: 'learnQuiz'; code: string; lessonId: string }
  | { name: 'learnCertificate'; code: string }
  | { name: 'reports' }
  | { name: 'reportsAnnual' }
  | { name: 'commendation' }
  | { name: 'dossier'; kind: string; id: string }
  | { name: 'notFound' };

/** Routes of the learner area (a family phone needs no volunteer signed in for these). */
export const isLearnRoute = (route: Route): boolean => route.name.startsWith('learn');

function matchLearn(parts: string[]): Route {
  const [, b, c, d, e] = parts;
  if (!b) return { name: 'learn' };
  if (b === 'profiles' && !c) return { name: 'learnProfiles' };
  if (b === 'profiles' && c === 'new' && !d) return { name: 'learnProfileNew' };
  if (b !== 'm' || !c) return { name: 'notFound' };
  if (!d) return { name: 'learnModule', code: c };
  if (d === 'certificate' && !e) return { name: 'learnCertificate', code: c };
  if (!e) return { name: 'learnLesson', code: c, lessonId: d };
  if (e === 'quiz' && parts.length === 5) return { name: 'learnQuiz', code: c, lessonId: d };
  return { name: 'notFound' };
}

export function matchRoute(path: string): Route {
  const p = path.replace(/\/+$/, '') || '/';
  const parts = p.split('/').filter(Boolean);
  const [a, b, c, d] = parts;
  if (p === '/') return { name: 'sessions' };
  if (a === 'learn') return matchLearn(parts);
  if (a === 'sessions' && b === 'new' && !c) return { name: 'sessionNew' };
  if (a === 'sessions' && b && !c) return { name: 'session', id: b };
  if (a === 'sessions' && b && c === 'edit' && !d) return { name: 'sessionEdit', id: b };
  if (a === 'sessions' && b && c === 'attendance' && !d) return { name: 'attendance', id: b };
  if (a === 'sessions' && b && c === 'feedback' && !d) return { name: 'feedbackNew', sessionId: b };
  if (a === 'sessions' && b && c === 'feedback' && d === 'resident')
    return { name: 'residentMode', sessionId: b };
  if (a === 'feedback' && !b) return { name: 'feedback' };
  if (a === 'feedback' && b === 'new' && !c) return { name: 'feedbackNew', sessionId: null };
  if (a === 'feedback' && b === 'resident' && !c) return { name: 'residentMode', sessionId: null };
  if (a === 'residents' && !b) return { name: 'roster' };
  if (a === 'residents' && b === 'new' && !c) return { name: 'residentNew' };
  if (a === 'residents' && b && !c) return { name: 'resident', id: b };
  if (a === 'more' && !b) return { name: 'more' };
  if (a === 'attention' && !b) return { name: 'attention' };
  if (a === 'admin' && b === 'volunteers' && !c) return { name: 'adminVolunteers' };
  if (a === 'admin' && b === 'volunteers' && c === 'new' && !d)
    return { name: 'adminVolunteerNew' };
  if (a === 'admin' && b === 'audit' && !c) return { name: 'adminAudit' };
  if (a === 'admin' && b === 'residents' && !c) return { name: 'adminResidents' };
  if (a === 'reports' && !b) return { name: 'reports' };
  if (a === 'reports' && b === 'annual' && !c) return { name: 'reportsAnnual' };
  if (a === 'reports' && b === 'commendation' && !c) return { name: 'commendation' };
  if (a === 'reports' && b === 'commendation' && c && d && parts.length === 4)
    return { name: 'dossier', kind: c, id: d };
  return { name: 'notFound' };
}

export const currentPath = createStore<{ path: string }>(() => ({
  path: typeof location === 'undefined' ? '/' : location.pathname,
}));

/** Asks before leaving unsaved input (its draft is kept either way). */
function mayLeave(): boolean {
  return !hasUnsavedChanges() || window.confirm(t('nav.leaveUnsaved'));
}

/** Goes to `path`; `force` skips the unsaved-input question (after a save or an explicit discard). */
export function navigate(path: string, opts: { replace?: boolean; force?: boolean } = {}): boolean {
  if (!opts.force && !mayLeave()) return false;
  if (opts.replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  currentPath.setState({ path });
  window.scrollTo(0, 0);
  return true;
}

/** Back button of the browser or phone: same question, and stay put when the answer is no. */
export function listenToHistory(): () => void {
  const onPop = () => {
    if (!mayLeave()) {
      history.pushState(null, '', currentPath.getState().path);
      return;
    }
    currentPath.setState({ path: location.pathname });
  };
  window.addEventListener('popstate', onPop);
  return () => window.removeEventListener('popstate', onPop);
}
