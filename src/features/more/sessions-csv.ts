/**
 * The month's sessions as CSV for the volunteer, made on the device (works offline): UTF-8 with a
 * byte-order mark so Excel shows Vietnamese correctly, dates as dd/MM/yyyy, headers in the
 * interface language.
 */
import Papa from 'papaparse';
import type { Session } from '../../core/session';
import type { Village } from '../../core/village';
import type { Volunteer } from '../../core/volunteer';
import type { t as translate } from '../../i18n';
import { formatDate } from '../../i18n/format';

export const BOM = '\uFEFF';

export function sessionsCsv(
  t: typeof translate,
  sessions: Session[],
  presentCounts: Map<string, number>,
  villages: Village[],
  volunteers: Volunteer[],
): string {
  const village = new Map(villages.map((v) => [v.id, v.name]));
  const volunteer = new Map(volunteers.map((v) => [v.id, v.displayName]));
  const rows = [...sessions]
    .sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime))
    .map((s) => [
      formatDate(s.date),
      s.startTime,
      s.durationMinutes,
      village.get(s.villageId) ?? s.villageId,
      s.venue,
      t(`kind.${s.kind}`),
      s.targetGroups.map((g) => t(`targetGroup.${g}`)).join('; '),
      s.topics.map((c) => t(`module.${c}`)).join('; '),
      s.facilitators.map((id) => volunteer.get(id) ?? '').join('; '),
      presentCounts.get(s.id) ?? 0,
      s.vneidActivations,
      s.onlineApplications,
      s.cashlessAccounts,
      s.cancelledAt ? t('sessions.cancelled') : '',
      s.notes,
    ]);
  const header = [
    t('sessionForm.date'),
    t('sessionForm.startTime'),
    t('sessionForm.durationMinutes'),
    t('sessionForm.village'),
    t('sessionForm.venue'),
    t('sessionForm.kind'),
    t('sessionForm.targetGroups'),
    t('sessionForm.topics'),
    t('sessionForm.facilitators'),
    t('export.present'),
    t('help.vneidActivations'),
    t('help.onlineApplications'),
    t('help.cashlessAccounts'),
    t('export.status'),
    t('sessionForm.notes'),
  ];
  return BOM + Papa.unparse([header, ...rows], { newline: '\r\n' });
}
