import { useLive } from '../../app/use-live';
import { getCurrentVolunteerId } from '../../db/meta';
import { getSession } from '../../db/sessions';
import { useT } from '../../i18n';
import { SessionForm } from './SessionForm';
import { emptySessionForm, sessionToForm } from './session-form-state';

/** New session (no id) or editing one; each has its own draft. */
export function SessionFormScreen({ id }: { id?: string }) {
  const t = useT();
  const me = useLive(getCurrentVolunteerId);
  const session = useLive(async () => (id ? ((await getSession(id)) ?? null) : null), [id]);
  if (me === undefined || session === undefined) return null;
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
