/**
 * High-contrast mode for low vision: a class on <html> that switches app.css's colour variables to
 * black, white and yellow with thicker borders and focus rings (high-contrast.css). Remembered on
 * the device like the text size and applied by main.tsx before the app's first paint.
 */
const KEY = 'hvs.contrast';
const CLASS = 'high-contrast';

export function savedHighContrast(): boolean {
  try {
    return localStorage.getItem(KEY) === 'high';
  } catch {
    return false;
  }
}

export function applyHighContrast(on: boolean): void {
  document.documentElement.classList.toggle(CLASS, on);
  try {
    if (on) localStorage.setItem(KEY, 'high');
    else localStorage.removeItem(KEY);
  } catch {
    // Storage blocked: the mode still applies for this visit.
  }
}
