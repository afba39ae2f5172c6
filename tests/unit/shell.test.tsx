import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LanguageSwitch } from '../../src/app/LanguageSwitch';
import { NetworkBadge } from '../../src/app/NetworkBadge';
import { UpdatePrompt } from '../../src/app/UpdatePrompt';
import { useUnsavedChanges } from '../../src/app/unsaved-changes';
import { setLanguage, t } from '../../src/i18n';

afterEach(async () => {
  await setLanguage('vi');
});

function DirtyForm() {
  useUnsavedChanges('test-form', true);
  return null;
}

describe('UpdatePrompt', () => {
  it('offers the new version and reloads only when asked', async () => {
    const onReload = vi.fn();
    render(<UpdatePrompt onReload={onReload} onLater={() => {}} />);
    expect(screen.getByText('Đã có phiên bản mới')).toBeTruthy();
    expect(onReload).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Tải lại' }));
    await waitFor(() => expect(onReload).toHaveBeenCalledOnce());
  });

  it('does not throw away unsaved input without asking', () => {
    const onReload = vi.fn();
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    render(
      <>
        <DirtyForm />
        <UpdatePrompt onReload={onReload} onLater={() => {}} />
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Tải lại' }));
    expect(confirm).toHaveBeenCalledOnce();
    expect(onReload).not.toHaveBeenCalled();
    confirm.mockRestore();
  });
});

describe('language', () => {
  it('switches to English and remembers the choice', async () => {
    render(<LanguageSwitch />);
    fireEvent.click(screen.getByRole('button', { name: 'Đổi ngôn ngữ sang tiếng Anh' }));
    await screen.findByRole('button', { name: 'Switch language to Vietnamese' });
    expect(localStorage.getItem('hvs.lang')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(t('update.reload')).toBe('Reload');
  });
});

describe('NetworkBadge', () => {
  it('follows the browser going offline and back', async () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    render(<NetworkBadge />);
    expect(screen.getByRole('status').textContent).toContain('Có mạng');
    onLine.mockReturnValue(false);
    window.dispatchEvent(new Event('offline'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Mất mạng'));
    onLine.mockRestore();
  });
});
