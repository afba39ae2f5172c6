/**
 * Text size for older eyes: the whole interface scales (everything is sized in rem, and app.css
 * wraps rather than overflows up to 200 % on a 360 px phone), remembered on the device and applied
 * before the first paint.
 */
export const TEXT_SIZES = [100, 125, 150, 175, 200] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
const KEY = 'hvs.textSize';

export function savedTextSize(): TextSize {
  try {
    const n = Number(localStorage.getItem(KEY));
    return (TEXT_SIZES as readonly number[]).includes(n) ? (n as TextSize) : 100;
  } catch {
    return 100;
  }
}

export function applyTextSize(size: TextSize): void {
  document.documentElement.style.fontSize = `${size}%`;
  try {
    localStorage.setItem(KEY, String(size));
  } catch {
    // Storage blocked: the size still applies for this visit.
  }
}
