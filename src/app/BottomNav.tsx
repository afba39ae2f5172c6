import { useT } from '../i18n';
import { navigate, type Route } from './router';

const TABS = [
  {
    path: '/',
    key: 'nav.sessions',
    icon: '📋',
    match: ['sessions', 'sessionNew', 'session', 'sessionEdit', 'attendance', 'feedbackNew'],
  },
  {
    path: '/residents',
    key: 'nav.residents',
    icon: '👥',
    match: ['roster', 'residentNew', 'resident'],
  },
  { path: '/feedback', key: 'nav.feedback', icon: '💬', match: ['feedback'] },
  {
    path: '/reports',
    key: 'nav.dashboard',
    icon: '📊',
    match: ['reports', 'reportsAnnual', 'commendation', 'dossier'],
  },
  {
    path: '/more',
    key: 'nav.more',
    icon: '⚙',
    match: ['more', 'adminVolunteers', 'adminVolunteerNew', 'adminAudit', 'adminResidents'],
  },
] as const;

/** The main sections, at the bottom where a thumb reaches them. */
export function BottomNav({ route }: { route: Route }) {
  const t = useT();
  return (
    <nav class="bottom-nav" aria-label={t('nav.label')}>
      {TABS.map((tab) => {
        const current = (tab.match as readonly string[]).includes(route.name);
        return (
          <a
            key={tab.path}
            href={tab.path}
            class={`nav-item${current ? ' nav-current' : ''}`}
            aria-current={current ? 'page' : undefined}
            onClick={(e) => {
              e.preventDefault();
              navigate(tab.path);
            }}
          >
            <span aria-hidden="true" class="nav-icon">
              {tab.icon}
            </span>
            <span>{t(tab.key)}</span>
          </a>
        );
      })}
    </nav>
  );
}
