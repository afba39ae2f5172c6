/** Vietnamese formats whatever the interface language: dd/MM/yyyy dates, vi-VN numbers. */

const dateFormat = new Intl.DateTimeFormat('vi-VN', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'UTC',
});
const timeFormat = new Intl.DateTimeFormat('vi-VN', { hour: '2-digit', minute: '2-digit' });
const numberFormat = new Intl.NumberFormat('vi-VN');

/** yyyy-MM-dd → dd/MM/yyyy. */
export function formatDate(isoDate: string): string {
  return dateFormat.format(new Date(`${isoDate}T00:00:00Z`));
}

/** An ISO timestamp → HH:mm in the device's time zone. */
export function formatTime(isoDateTime: string): string {
  return timeFormat.format(new Date(isoDateTime));
}

export function formatNumber(n: number): string {
  return numberFormat.format(n);
}
