import { useCommune } from '../../app/account-context';
import { navigate } from '../../app/router';
import { useLive } from '../../app/use-live';
import { summarizeAttendance } from '../../core/attendance-summary';
import { presentResidents } from '../../db/attendance';
import { recordStates } from '../../db/attention';
import { listFeedback } from '../../db/feedback';
import { listVillages, listVolunteers } from '../../db/reference';
import { getSession, setSessionCancelled } from '../../db/sessions';
import { useT } from '../../i18n';
import { formatDate, formatNumber } from '../../i18n/format';
import { RecordStateChip, stateOf } from '../../ui/RecordStateChip';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { AttendanceSummaryLine } from '../attendance/AttendanceSummaryLine';

/** One session: what happened, who came, feedback, and what the volunteer can do next. */
export function SessionDetail({ id }: { id: string }) {
  const commune = useCommune();
  const t = useT();
  const session = useLive(async () => (await getSession(id)) ?? null, [id]);
  const present = useLive(() => presentResidents(id), [id]);
  const feedback = useLive(() => listFeedback(id), [id]);
  const villages = useLive(() => listVillages(commune));
  const volunteers = useLive(() => listVolunteers(commune));
  const states = useLive(recordStates);
  if (session === undefined) return null;
  if (session === null) return <p class="empty">{t('sessions.notFound')}</p>;
  const s = session;
  const village = villages?.find((v) => v.id === s.villageId)?.name ?? t('sessions.unknownVillage');
  const facilitators = s.facilitators
    .map((fid) => volunteers?.find((v) => v.id === fid)?.displayName)
    .filter(Boolean)
    .join(', ');
  const toggleCancel = async () => {
    if (!s.cancelledAt && !window.confirm(t('session.confirmCancel'))) return;
    await setSessionCancelled(s.id, !s.cancelledAt);
  };
  const rows: [string, string][] = [
    [t('sessionForm.village'), village],
    [t('sessionForm.venue'), s.venue || '—'],
    [t('sessionForm.durationMinutes'), formatNumber(s.durationMinutes)],
    [t('sessionForm.kind'), t(`kind.${s.kind}`)],
    [t('sessionForm.targetGroups'), s.targetGroups.map((g) => t(`targetGroup.${g}`)).join(', ')],
    [t('sessionForm.topics'), s.topics.map((c) => t(`module.${c}`)).join(', ') || '—'],
    [t('sessionForm.facilitators'), facilitators || '—'],
    [t('help.vneidActivations'), formatNumber(s.vneidActivations)],
    [t('help.onlineApplications'), formatNumber(s.onlineApplications)],
    [t('help.cashlessAccounts'), formatNumber(s.cashlessAccounts)],
  ];
  return (
    <section>
      <ScreenHeader
        title={`${formatDate(s.date)} · ${s.startTime}`}
        backLabel={t('nav.back')}
        onBack={() => navigate('/')}
      />
      <p class="record-state-line">
        <RecordStateChip
          state={stateOf(states, s.id)}
          onOpenAttention={() => navigate('/attention')}
        />
      </p>
      {s.cancelledAt && <p class="notice notice-warn">{t('session.cancelledNotice')}</p>}
      <div class="actions-grid">
        <button
          type="button"
          class="btn btn-primary"
          onClick={() => navigate(`/sessions/${s.id}/attendance`)}
        >
          {t('session.attendance')}
        </button>
        <button
          type="button"
          class="btn btn-secondary"
          onClick={() => navigate(`/sessions/${s.id}/feedback`)}
        >
          {t('session.feedback')}
        </button>
      </div>
      <div class="card">
        <h3>{t('session.present', { n: formatNumber(present?.length ?? 0) })}</h3>
        {present && (
          <AttendanceSummaryLine
            summary={summarizeAttendance(present, Number(s.date.slice(0, 4)))}
          />
        )}
        <p class="muted">
          {t('session.feedbackCount', { n: formatNumber(feedback?.length ?? 0) })}
        </p>
      </div>
      <dl class="details">
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      {s.notes && <p class="notes">{s.notes}</p>}
      <div class="row">
        <button
          type="button"
          class="btn btn-ghost"
          onClick={() => navigate(`/sessions/${s.id}/edit`)}
        >
          {t('session.edit')}
        </button>
        <button type="button" class="btn btn-ghost" onClick={() => void toggleCancel()}>
          {t(s.cancelledAt ? 'session.restore' : 'session.cancel')}
        </button>
      </div>
    </section>
  );
}
