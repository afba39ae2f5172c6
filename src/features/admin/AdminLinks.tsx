import { navigate } from '../../app/router';
import { useT } from '../../i18n';
import { useAdminAccount } from './use-admin';

const LINKS = [
  { path: '/admin/volunteers', key: 'admin.volunteers.title' },
  { path: '/admin/residents', key: 'admin.residents.title' },
  { path: '/admin/audit', key: 'admin.audit.title' },
] as const;

/**
 * The administrator's entry points on the "Thêm" screen, shown only to a signed-in administrator.
 * Part of the 'more' chunk (a few links); the screens themselves are the 'admin' chunk.
 */
export function AdminLinks() {
  const t = useT();
  const admin = useAdminAccount();
  if (!admin) return null;
  return (
    <section class="card" aria-labelledby="admin-links-title">
      <h3 id="admin-links-title">{t('admin.links.title')}</h3>
      <p class="hint">{t('admin.links.hint')}</p>
      {LINKS.map((l) => (
        <button
          key={l.path}
          type="button"
          class="btn btn-secondary btn-block"
          onClick={() => navigate(l.path)}
        >
          {t(l.key)}
        </button>
      ))}
    </section>
  );
}
