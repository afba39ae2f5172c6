import { render } from 'preact';
import './app/app.css';
import { Shell } from './app/Shell';
import { applyTextSize, savedTextSize } from './app/text-size';
import { initI18n } from './i18n';

applyTextSize(savedTextSize());
void initI18n().then(() => {
  const root = document.getElementById('app')!;
  root.textContent = '';
  render(<Shell />, root);
});
