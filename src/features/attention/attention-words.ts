import { todayInVietnam } from '../../core/dates';
import type { AttentionItem } from '../../db/attention';
import type { t as T } from '../../i18n';
import { formatDate, formatNumber } from '../../i18n/format';

/** Reason codes the server answers today; any other reads as the generic message. */
const REASONS = [
  'forbidden_village',
  'invalid',
  'invalid_merge',
  'unknown_resident',
  'unknown_session',
  'unknown_village',
  'wrong_commune',
];

/** Why the server would not take it, in plain words and the current language. */
export function reasonText(code: string, t: typeof T): string {
  return REASONS.includes(code) ? t(`attention.reason.${code}`) : t('attention.reason.other');
}

/** What the record is, as a volunteer recognises it: "Buổi 05/11/2026 · 08:00 · Nhân Bầu". */
export function itemTitle(
  item: AttentionItem,
  t: typeof T,
  villageName: (id: string) => string,
): string {
  const { session: s, resident: r, feedback: f } = item;
  switch (item.name) {
    case 'session.put':
      return s
        ? t('attention.session', {
            date: formatDate(s.date),
            time: s.startTime,
            village: villageName(s.villageId),
          })
        : t('attention.unknownRecord');
    case 'attendance.set':
      return s
        ? t('attention.attendance', {
            count: item.people,
            n: formatNumber(item.people),
            date: formatDate(s.date),
            village: villageName(s.villageId),
          })
        : t('attention.unknownRecord');
    case 'resident.put':
      if (!r) return t('attention.unknownRecord');
      return r.erased
        ? t('attention.residentErased')
        : t('attention.resident', {
            name: r.fullName,
            year: r.birthYear,
            village: villageName(r.villageId),
          });
    case 'feedback.add':
      return f
        ? t('attention.feedback', {
            date: formatDate(todayInVietnam(new Date(f.createdAt))),
            village: villageName(f.villageId),
          })
        : t('attention.unknownRecord');
    default:
      return t('attention.unknownRecord');
  }
}

/** Where the record can be seen and corrected; null when this phone no longer shows it. */
export function openPath(item: AttentionItem): string | null {
  const { session: s, resident: r, feedback: f } = item;
  switch (item.name) {
    case 'session.put':
      return s ? `/sessions/${s.id}` : null;
    case 'attendance.set':
      return s ? `/sessions/${s.id}/attendance` : null;
    case 'resident.put':
      return r && !r.erased ? `/residents/${r.id}` : null;
    case 'feedback.add':
      if (!f) return null;
      return f.sessionId ? `/sessions/${f.sessionId}` : '/feedback';
    default:
      return null;
  }
}
