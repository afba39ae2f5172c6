import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Workspace } from '../../src/app/Workspace';
import { getAccount, markRevoked } from '../../src/db/account';
import { db } from '../../src/db/db';
import { pinAttempts, saveLock, setPin } from '../../src/db/pin';
import { createSession } from '../../src/db/sessions';
import { signedIn } from './account-fixtures';
import { sessionInput } from './factories';
import { resetDb } from './reset-db';

let online = true;
beforeEach(async () => {
  await resetDb();
  vi.unstubAllGlobals();
  online = true;
  vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => online);
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
  history.replaceState(null, '', '/');
});
afterEach(() => {
  vi.restoreAllMocks();
});

const fetchNothing = () => {
  const fetchMock = vi.fn(async () => {
    throw new TypeError('Failed to fetch');
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
};

describe('Workspace and the account', () => {
  it('shows the sign-in screen, and nothing of the app, when nobody is signed in', async () => {
    fetchNothing();
    render(<Workspace />);
    expect(await screen.findByRole('heading', { name: 'Lần đầu đăng nhập' })).toBeTruthy();
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.queryByText('Đồng bộ')).toBeNull();
  });

  it('opens straight into the app offline with a stored account, with no request', async () => {
    await signedIn();
    online = false;
    const fetchMock = fetchNothing();
    render(<Workspace />);
    expect(await screen.findByRole('heading', { name: 'Buổi tập huấn' })).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('says so when the server signed the phone out, and keeps the records', async () => {
    await signedIn(0);
    await createSession('10882', sessionInput());
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Response.json({ error: 'unauthenticated' }, { status: 401 })),
    );
    render(<Workspace />);
    expect(
      await screen.findByText(/^Máy này đã được đăng xuất \(phiên đăng nhập hết hạn/),
    ).toBeTruthy();
    expect(await screen.findByText(/Trên máy còn 1 bản ghi chưa gửi/)).toBeTruthy();
    expect(await db.sessions.count()).toBe(1);
  });

  it('keeps a clear message about a revoked account, with the unsent records counted', async () => {
    await signedIn();
    await createSession('10882', sessionInput());
    await createSession('10882', sessionInput());
    await markRevoked();
    online = false;
    fetchNothing();
    render(<Workspace />);
    expect(await screen.findByTestId('sync-revoked')).toBeTruthy();
    expect(screen.getByTestId('sync-message').textContent).toBe(
      'Tài khoản này đã bị xã thu hồi quyền đồng bộ. 2 bản ghi chưa gửi vẫn được giữ trên máy — hãy Xuất CSV ở mục Cài đặt và liên hệ cán bộ xã.',
    );
    expect(screen.queryByRole('button', { name: 'Đồng bộ' })).toBeNull();
  });

  it('shows only the lock while locked; the right PIN opens the app', async () => {
    await signedIn();
    await createSession('10882', sessionInput({ venue: 'Nhà ông Tư' }));
    await setPin('2468');
    await saveLock({ locked: true, lastActiveAt: Date.now() });
    online = false;
    fetchNothing();
    render(<Workspace />);
    const pin = await screen.findByLabelText('Nhập mã PIN (4–6 chữ số)');
    expect(screen.queryByText(/Nhà ông Tư/)).toBeNull();
    expect(screen.queryByRole('navigation')).toBeNull();
    fireEvent.input(pin, { target: { value: '1111' } });
    fireEvent.click(screen.getByRole('button', { name: 'Mở khoá' }));
    expect(
      await screen.findByText('Mã PIN không đúng. Còn 4 lần thử, sau đó phải chờ.'),
    ).toBeTruthy();
    expect((await pinAttempts()).failures).toBe(1);
    fireEvent.input(pin, { target: { value: '2468' } });
    fireEvent.click(screen.getByRole('button', { name: 'Mở khoá' }));
    expect(await screen.findByRole('heading', { name: 'Buổi tập huấn' })).toBeTruthy();
  });

  it('"forgot PIN" signs the phone out but keeps every record', async () => {
    await signedIn();
    await createSession('10882', sessionInput());
    await setPin('2468');
    await saveLock({ locked: true, lastActiveAt: Date.now() });
    online = false;
    fetchNothing();
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    render(<Workspace />);
    fireEvent.click(await screen.findByRole('button', { name: 'Quên mã PIN?' }));
    expect(await screen.findByRole('heading', { name: 'Đăng nhập' })).toBeTruthy();
    expect(await getAccount()).toBeNull();
    expect(await db.sessions.count()).toBe(1);
    expect(await db.outbox.count()).toBe(1);
    await waitFor(async () => expect(await db.meta.get('pin')).toBeUndefined());
  });
});
