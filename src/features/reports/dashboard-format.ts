/** How the dashboard writes its figures: vi-VN numbers and percentages, Vietnam time. */
import { todayInVietnam } from '../../core/dates';
import { formatDate, formatNumber } from '../../i18n/format';

const percent = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
const vnClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export const num = formatNumber;

/** 0.456 → "46%". */
export const formatShare = (share: number): string => percent.format(share);

/** 4.25 → "4,3". */
export const formatRating = (rating: number): string => oneDecimal.format(rating);

/** An ISO timestamp → "14:05 24/11/2026" in Vietnam, whatever the phone's time zone. */
export const formatClockDay = (iso: string): string =>
  `${vnClock.format(new Date(iso))} ${formatDate(todayInVietnam(new Date(iso)))}`;

/** An ISO timestamp → "24/11/2026" in Vietnam. */
export const formatDayVn = (iso: string): string => formatDate(todayInVietnam(new Date(iso)));
