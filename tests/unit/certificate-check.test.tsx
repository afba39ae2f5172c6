import { fireEvent, render, screen } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CertificateCheckCard } from '../../src/features/more/CertificateCheckCard';
import { signedIn } from './account-fixtures';
import { resetDb } from './reset-db';

beforeEach(async () => {
  await resetDb();
  vi.unstubAllGlobals();
  await signedIn();
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) =>
      url.endsWith('/ABCD2345')
        ? Response.json({
            serverTime: '2026-11-24T05:00:00.000Z',
            valid: true,
            moduleCode: 'M04',
            completedAt: '2026-11-20T17:30:00.000Z',
            villageId: 'lap-le',
          })
        : Response.json({ error: 'unknown_certificate' }, { status: 404 }),
    ),
  );
});

const check = (code: string) => {
  fireEvent.input(screen.getByLabelText(/Mã xác nhận/), { target: { value: code } });
  fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
};

describe('checking a learner’s certificate', () => {
  it('says which module and when (the day in Vietnam) for a known code, typed as shown', async () => {
    render(<CertificateCheckCard />);
    check('abcd 2345');
    expect((await screen.findByRole('status')).textContent).toBe(
      '✓ Hợp lệ: đã hoàn thành “Định danh điện tử VNeID” ngày 21/11/2026.',
    );
  });

  it('says when the commune does not know a code, and refuses a malformed one', async () => {
    render(<CertificateCheckCard />);
    check('ABCD2346');
    expect((await screen.findByRole('status')).textContent).toContain('Xã chưa có mã này');
    check('ABC');
    expect(await screen.findByText(/Mã gồm 8 ký tự/)).toBeTruthy();
  });
});
