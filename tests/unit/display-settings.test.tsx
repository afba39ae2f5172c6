import { fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { savedHighContrast } from '../../src/app/contrast';
import { savedTextSize } from '../../src/app/text-size';
import { DisplaySettings } from '../../src/features/display/DisplaySettings';
import { MoreScreen } from '../../src/features/more/MoreScreen';
import { AsVolunteer, signedIn } from './account-fixtures';
import { resetDb } from './reset-db';

const html = document.documentElement;
const reset = () => {
  localStorage.clear();
  html.className = '';
  html.style.fontSize = '';
};
beforeEach(reset);
afterEach(reset);

const sizes = () => within(screen.getByRole('group', { name: 'Cỡ chữ' }));

describe('DisplaySettings', () => {
  it('scales the whole app from 100 % to 200 % and remembers the choice', () => {
    render(<DisplaySettings />);
    expect(
      sizes()
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['✓ 100%', '125%', '150%', '175%', '200%']);
    fireEvent.click(sizes().getByRole('button', { name: '200%' }));
    expect(html.style.fontSize).toBe('200%');
    expect(sizes().getByRole('button', { name: '200%' }).getAttribute('aria-pressed')).toBe('true');
    expect(savedTextSize()).toBe(200);
    expect(screen.getByText('Chữ sẽ trông như thế này:')).toBeTruthy();
  });

  it('switches high contrast on and off for the whole app, remembered on this phone', () => {
    render(<DisplaySettings />);
    const toggle = screen.getByRole('switch', { name: 'Tương phản cao (chữ trắng trên nền đen)' });
    fireEvent.click(toggle);
    expect(html.classList.contains('high-contrast')).toBe(true);
    expect(savedHighContrast()).toBe(true);
    fireEvent.click(toggle);
    expect(html.classList.contains('high-contrast')).toBe(false);
    expect(savedHighContrast()).toBe(false);
  });

  it('starts from what this phone remembers', () => {
    localStorage.setItem('hvs.textSize', '175');
    localStorage.setItem('hvs.contrast', 'high');
    render(<DisplaySettings />);
    expect(sizes().getByRole('button', { name: '175%' }).getAttribute('aria-pressed')).toBe('true');
    expect((screen.getByRole('switch') as HTMLInputElement).checked).toBe(true);
  });

  it('is part of Settings', async () => {
    await resetDb();
    await signedIn();
    render(
      <AsVolunteer>
        <MoreScreen />
      </AsVolunteer>,
    );
    expect(await screen.findByRole('heading', { name: 'Chữ và màu' })).toBeTruthy();
    expect(sizes().getByRole('button', { name: '150%' })).toBeTruthy();
  });
});
