/** Calendar dates as yyyy-MM-dd strings, the storage form of a session's date. */

/** Today (or `d`) in the device's local time zone, as yyyy-MM-dd. */
export function localIsoDate(d: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
