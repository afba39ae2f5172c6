import { render } from 'preact';
import './app/app.css';
import './app/high-contrast.css';
import { applyHighContrast, savedHighContrast } from './app/contrast';
import { Shell } from './app/Shell';
import { applyTextSize, savedTextSize } from './app/text-size';
import { initI18n } from './i18n';

// Before the app's first paint: only index.html's static brand bar can show earlier.
applyTextSize(savedTextSize());
applyHighContrast(savedHighContrast());
void initI18n().then(() => {
  const root = document.getElementById('app')!;
  root.textContent = '';
  render(<Shell />, root);
});
