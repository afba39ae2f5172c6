import { fireEvent, render, screen } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Backup } from '../../src/core/backup';
import { todayInVietnam } from '../../src/core/dates';
import { db } from '../../src/db/db';
import { downloadJson } from '../../src/features/admin/download-json';
import { BackupCard } from '../../src/features/more/BackupCard';
import { AsVolunteer } from './account-fixtures';
import { attendance, resident, session, storeSession, storeTick } from './outbox-fixtures';
import { resetDb } from './reset-db';

vi.mock('../../src/sync/sync-now', () => ({ syncNow: vi.fn(async () => {}) }));
vi.mock('../../src/features/admin/download-json', () => ({ downloadJson: vi.fn() }));

beforeEach(async () => {
  await resetDb();
  vi.mocked(downloadJson).mockClear();
});

const show = () =>
  render(
    <AsVolunteer>
      <BackupCard />
    </AsVolunteer>,
  );

/** Chooses a file in the (hidden) file picker. */
function choose(text: string) {
  const input = screen.getByTestId('backup-file') as HTMLInputElement;
  Object.defineProperty(input, 'files', {
    value: [new File([text], 'hoc-vu-so-sao-luu.json')],
    configurable: true,
  });
  fireEvent.change(input);
}

/** A backup made by "another phone" (this store, then emptied). */
async function backupFromAnotherPhone(): Promise<Backup> {
  const s = session();
  await storeSession(s);
  await storeTick(attendance(s.id, resident().id));
  const view = show();
  fireEvent.click(await screen.findByRole('button', { name: 'Sao lưu bản ghi chưa gửi' }));
  await screen.findByText(/Đã tạo tệp/);
  const [, data] = vi.mocked(downloadJson).mock.calls[0]!;
  view.unmount();
  await resetDb();
  return data as Backup;
}

describe('BackupCard', () => {
  it('says there is nothing to back up on a phone with nothing unsent', async () => {
    show();
    expect(await screen.findByText('Không có bản ghi nào chưa gửi.')).toBeTruthy();
    const button = screen.getByRole('button', { name: 'Sao lưu bản ghi chưa gửi' });
    expect((button as HTMLButtonElement).disabled).toBe(true);
  });

  it('downloads every unsent record as a dated file', async () => {
    await storeSession(session());
    show();
    expect(await screen.findByText('1 bản ghi chưa gửi trên máy này.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Sao lưu bản ghi chưa gửi' }));
    const file = `hoc-vu-so-sao-luu-${todayInVietnam()}.json`;
    expect(await screen.findByText(new RegExp(`Đã tạo tệp ${file}`))).toBeTruthy();
    const [name, data] = vi.mocked(downloadJson).mock.calls[0]!;
    expect(name).toBe(file);
    expect(data).toMatchObject({ format: 'hoc-vu-so-backup', version: 1, communeCode: '10882' });
  });

  it('imports a backup on another phone and says what it added and skipped', async () => {
    const backup = await backupFromAnotherPhone();
    show();
    choose(JSON.stringify(backup));
    expect(
      await screen.findByText('Đã nhập xong: thêm 2 bản ghi, bỏ qua 0 bản ghi đã có trên máy.'),
    ).toBeTruthy();
    expect(await db.outbox.count()).toBe(2);
    choose(JSON.stringify(backup));
    expect(
      await screen.findByText('Đã nhập xong: thêm 0 bản ghi, bỏ qua 2 bản ghi đã có trên máy.'),
    ).toBeTruthy();
    expect(await db.outbox.count()).toBe(2);
  });

  it('refuses a foreign-commune or broken file clearly, changing nothing', async () => {
    const backup = await backupFromAnotherPhone();
    show();
    choose(JSON.stringify({ ...backup, communeCode: '10883' }));
    expect(await screen.findByText(/Tệp này của xã khác/)).toBeTruthy();
    choose('{"format":"hoc-vu-so-backup","version":1}');
    expect(await screen.findByText(/Tệp sao lưu bị hỏng hoặc thiếu phần/)).toBeTruthy();
    choose('PK\u0003\u0004 a zip, not a backup');
    expect(await screen.findByText(/Đây không phải tệp sao lưu của Học vụ số/)).toBeTruthy();
    expect(screen.getByTestId('backup-outcome').className).toContain('notice-error');
    expect(await db.sessions.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });
});
