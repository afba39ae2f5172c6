import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getAccount, markRevoked } from '../../src/db/account';
import { db } from '../../src/db/db';
import { replaceReference } from '../../src/db/reference';
import { createSession } from '../../src/db/sessions';
import { AccountCard } from '../../src/features/account/AccountCard';
import { signedIn } from './account-fixtures';
import { sessionInput, village } from './factories';
import { resetDb } from './reset-db';

beforeEach(async () => {
  await resetDb();
  await replaceReference(
    '10882',
    [village('nhan-bau', 'Nhân Bầu'), village('tien-kieu', 'Tiên Kiều', 2)],
    [],
  );
  await signedIn();
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
});
afterEach(() => vi.restoreAllMocks());

describe('AccountCard', () => {
  it('shows who is signed in and for which villages', async () => {
    render(<AccountCard />);
    expect(await screen.findByText('Nguyễn Thị Hoa')).toBeTruthy();
    expect(await screen.findByText(/Thôn phụ trách: Nhân Bầu, Tiên Kiều/)).toBeTruthy();
    expect(screen.getByText(/0900 000 011/)).toBeTruthy();
  });

  it('warns about unsent records before signing out, and keeps them', async () => {
    await createSession('10882', sessionInput());
    const confirm = vi
      .spyOn(window, 'confirm')
      .mockReturnValueOnce(false)
      .mockReturnValueOnce(true);
    render(<AccountCard />);
    const button = await screen.findByRole('button', { name: 'Đăng xuất khỏi máy này' });
    fireEvent.click(button);
    await waitFor(() =>
      expect(confirm.mock.calls[0]?.[0]).toMatch(/^Còn 1 bản ghi chưa gửi lên xã\./),
    );
    expect(await getAccount()).not.toBeNull();
    fireEvent.click(button);
    await waitFor(async () => expect(await getAccount()).toBeNull());
    expect(await db.outbox.count()).toBe(1);
    expect(await db.sessions.count()).toBe(1);
  });

  it('tells a revoked volunteer to export first, since signing out shuts them out', async () => {
    await createSession('10882', sessionInput());
    await markRevoked();
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    render(<AccountCard />);
    expect(await screen.findByText(/Xã đã thu hồi quyền đồng bộ/)).toBeTruthy();
    const button = screen.getByRole('button', { name: 'Đăng xuất khỏi máy này' });
    fireEvent.click(button);
    await waitFor(() =>
      expect(String(confirm.mock.lastCall?.[0])).toContain('Hãy Xuất CSV trước.'),
    );
    expect(await getAccount()).not.toBeNull();
  });
});
