import { useAccount } from '../../app/account-context';
import { useLive } from '../../app/use-live';
import { getSession } from '../../db/sessions';
import { useT } from '../../i18n';
import { SessionForm } from './SessionForm';
import { emptySessionForm, sessionToForm } from './session-form-state';

/** New session (no id) or editing one; each has its own draft. */
export function SessionFormScreen({ id }: { id?: string }) {
  const t = useT();
  const me = useAccount().user.id;
  const session = useLive(async () => (id ? ((await getSession(id)) ?? null) : null), [id]);
  if (session === undefined) return null;
  if (id && !session) return <p class="empty">{t('sessions.notFound')}</p>;
  return session ? (
    <SessionForm
      session={session}
      draftKey={`session:${session.id}`}
      initial={() => sessionToForm(session)}
    />
  ) : (
    <SessionForm draftKey="session:new" initial={() => emptySessionForm(me)} />
  );
}
