import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getAccount } from '../../src/db/account';
import { db } from '../../src/db/db';
import { SignInScreen } from '../../src/features/account/SignInScreen';
import { formatCodeInput } from '../../src/features/account/sign-in-form-state';
import { tokens, USER } from './account-fixtures';
import { resetDb } from './reset-db';

beforeEach(async () => {
  await resetDb();
  vi.unstubAllGlobals();
});

function stubFetch(handler: (url: string, body: unknown) => Response) {
  const fetchMock = vi.fn(async (url: string, init: RequestInit = {}) =>
    handler(url, init.body ? JSON.parse(String(init.body)) : undefined),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const type = (label: string, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });

async function fillFirstSignIn() {
  render(<SignInScreen />);
  await screen.findByRole('heading', { name: 'Lần đầu đăng nhập' });
  type('Số điện thoại', '0900 000 011');
  type('Mã mời (8 chữ số)', '48210937');
  type('Mật khẩu mới', 'mat-khau-cua-hoa');
  type('Nhập lại mật khẩu mới', 'mat-khau-cua-hoa');
}

const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));

describe('SignInScreen', () => {
  it('shows the invite code as it is read aloud', () => {
    expect(formatCodeInput('48210937')).toBe('4821 0937');
    expect(formatCodeInput('4821-0937 9')).toBe('4821 0937');
    expect(formatCodeInput('482')).toBe('482');
  });

  it('checks each field with the shared rules and says what is expected', async () => {
    const fetchMock = stubFetch(() => Response.json({}));
    render(<SignInScreen />);
    await screen.findByRole('heading', { name: 'Lần đầu đăng nhập' });
    type('Số điện thoại', '12345');
    type('Mã mời (8 chữ số)', '4821');
    type('Mật khẩu mới', 'short');
    type('Nhập lại mật khẩu mới', 'shorter');
    submit();
    expect(await screen.findByText('Số điện thoại gồm 10 chữ số, bắt đầu bằng 0.')).toBeTruthy();
    expect(screen.getByText('Mã mời gồm 8 chữ số, ví dụ 4821 0937.')).toBeTruthy();
    expect(screen.getByText('Mật khẩu cần ít nhất 8 ký tự.')).toBeTruthy();
    expect(screen.getByText('Hai lần nhập mật khẩu chưa giống nhau.')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('redeems an invite, stores the account and makes it the volunteer using the phone', async () => {
    const answer = tokens();
    const fetchMock = stubFetch((url) =>
      url === '/api/auth/redeem' ? Response.json(answer) : Response.json({}, { status: 500 }),
    );
    await fillFirstSignIn();
    expect(screen.getByLabelText<HTMLInputElement>('Mã mời (8 chữ số)').value).toBe('4821 0937');
    submit();
    await waitFor(async () => expect(await getAccount()).not.toBeNull());
    expect(fetchMock.mock.calls[0]![0]).toBe('/api/auth/redeem');
    expect(JSON.parse(String(fetchMock.mock.calls[0]![1]!.body))).toEqual({
      phone: '0900000011',
      code: '48210937',
      password: 'mat-khau-cua-hoa',
    });
    expect(await getAccount()).toMatchObject({
      user: USER,
      refreshToken: answer.refreshToken,
      revoked: false,
    });
    await waitFor(async () => expect(await db.drafts.get('sign-in')).toBeUndefined());
  });

  it('explains a wrong or expired code and keeps everything typed', async () => {
    stubFetch(() => Response.json({ error: 'invalid_invite' }, { status: 401 }));
    await fillFirstSignIn();
    submit();
    expect(
      await screen.findByText(
        'Mã mời không đúng hoặc đã hết hạn. Hãy kiểm tra lại số điện thoại và mã, hoặc xin cán bộ xã mã mới.',
      ),
    ).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Số điện thoại').value).toBe('0900 000 011');
    expect(screen.getByLabelText<HTMLInputElement>('Mã mời (8 chữ số)').value).toBe('4821 0937');
    expect(screen.getByLabelText<HTMLInputElement>('Mật khẩu mới').value).toBe('mat-khau-cua-hoa');
    expect(await getAccount()).toBeNull();
  });

  it('keeps the phone and code as a draft for a reload, but never the password', async () => {
    stubFetch(() => Response.json({ error: 'invalid_invite' }, { status: 401 }));
    await fillFirstSignIn();
    await waitFor(async () =>
      expect((await db.drafts.get('sign-in'))?.value).toMatchObject({
        mode: 'redeem',
        phone: '0900 000 011',
        code: '4821 0937',
      }),
    );
    expect(JSON.stringify(await db.drafts.toArray())).not.toContain('mat-khau');
  });

  it('says to wait after too many attempts', async () => {
    stubFetch(() =>
      Response.json({ error: 'too_many_attempts', retryAfter: 250 }, { status: 429 }),
    );
    await fillFirstSignIn();
    submit();
    expect(await screen.findByText('Đã thử sai nhiều lần. Hãy thử lại sau 5 phút.')).toBeTruthy();
  });

  it('says the first sign-in needs the network', async () => {
    stubFetch(() => {
      throw new TypeError('Failed to fetch');
    });
    await fillFirstSignIn();
    submit();
    expect(
      await screen.findByText(
        'Cần có mạng để đăng nhập lần đầu. Hãy bật 4G hoặc Wi-Fi rồi thử lại.',
      ),
    ).toBeTruthy();
  });

  it('signs in with a password, offering the last phone number used on this phone', async () => {
    await db.meta.put({ key: 'lastPhone', value: '0900000011' });
    let calls = 0;
    stubFetch((url) => {
      if (url !== '/api/auth/sign-in') return Response.json({}, { status: 500 });
      calls += 1;
      return calls === 1
        ? Response.json({ error: 'invalid_credentials' }, { status: 401 })
        : Response.json(tokens());
    });
    render(<SignInScreen />);
    expect(await screen.findByRole('heading', { name: 'Đăng nhập' })).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Số điện thoại').value).toBe('0900000011');
    expect(screen.queryByLabelText('Mã mời (8 chữ số)')).toBeNull();
    submit();
    expect(await screen.findByText('Hãy nhập mật khẩu.')).toBeTruthy();
    type('Mật khẩu', 'sai-mat-khau');
    submit();
    expect(await screen.findByText(/^Sai số điện thoại hoặc mật khẩu\./)).toBeTruthy();
    type('Mật khẩu', 'mat-khau-dung');
    submit();
    await waitFor(async () => expect(await getAccount()).not.toBeNull());
  });

  it('tells a revoked volunteer to contact the commune', async () => {
    await db.meta.put({ key: 'lastPhone', value: '0900000011' });
    stubFetch(() => Response.json({ error: 'revoked' }, { status: 403 }));
    render(<SignInScreen />);
    await screen.findByRole('heading', { name: 'Đăng nhập' });
    type('Mật khẩu', 'mat-khau-dung');
    submit();
    expect(
      await screen.findByText('Tài khoản này đã bị xã thu hồi quyền. Hãy liên hệ cán bộ xã.'),
    ).toBeTruthy();
  });
});
