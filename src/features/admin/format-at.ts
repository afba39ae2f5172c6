/** Server timestamps as the commune reads them: Vietnam time, dd/MM/yyyy HH:mm, on any device. */
import { todayInVietnam } from '../../core/dates';
import { formatDate } from '../../i18n/format';

const vnTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "2026-11-05T01:30:00.000Z" → "05/11/2026". */
export const formatDayVn = (iso: string): string => formatDate(todayInVietnam(new Date(iso)));

/** "2026-11-05T01:30:00.000Z" → "05/11/2026 08:30". */
export const formatAtVn = (iso: string): string =>
  `${formatDayVn(iso)} ${vnTime.format(new Date(iso))}`;

/** "0912345678" → "0912 345 678", easier to read and check. */
export function formatPhone(phone: string): string {
  const d = phone.replace(/\D/g, '');
  return d.length === 10 ? `${d.slice(0, 4)} ${d.slice(4, 7)} ${d.slice(7)}` : phone;
}
