import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import Dexie from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { hasUnsavedChanges } from '../../src/app/unsaved-changes';
import { setAttendance } from '../../src/db/attendance';
import { db } from '../../src/db/db';
import { addFeedback } from '../../src/db/feedback';
import { replaceReference } from '../../src/db/reference';
import { addResident } from '../../src/db/residents';
import { createSession } from '../../src/db/sessions';
import { AttendanceScreen } from '../../src/features/attendance/AttendanceScreen';
import { FeedbackForm } from '../../src/features/feedback/FeedbackForm';
import { ResidentModeScreen } from '../../src/features/feedback/ResidentModeScreen';
import { isQuotaError, saveErrorKey } from '../../src/features/save-error';
import { SessionForm } from '../../src/features/sessions/SessionForm';
import { emptySessionForm } from '../../src/features/sessions/session-form-state';
import { AsVolunteer } from './account-fixtures';
import { consent, residentInput, sessionInput, village } from './factories';
import { resetDb } from './reset-db';

// The repositories' writes can be made to fail; by default they do what they always do.
vi.mock('../../src/db/sessions', async (actual) => {
  const real = await actual<typeof import('../../src/db/sessions')>();
  return { ...real, createSession: vi.fn(real.createSession) };
});
vi.mock('../../src/db/feedback', async (actual) => {
  const real = await actual<typeof import('../../src/db/feedback')>();
  return { ...real, addFeedback: vi.fn(real.addFeedback) };
});
vi.mock('../../src/db/attendance', async (actual) => {
  const real = await actual<typeof import('../../src/db/attendance')>();
  return { ...real, setAttendance: vi.fn(real.setAttendance) };
});

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const FULL = /Bộ nhớ máy đã đầy nên chưa lưu được/;

describe('saveErrorKey', () => {
  it('recognises a full disk however the browser or Dexie reports it', () => {
    const cases: unknown[] = [
      quota(),
      new Dexie.QuotaExceededError('full'),
      // A transaction aborted by the quota: Dexie's AbortError carries the cause as `inner`.
      new Dexie.AbortError('aborted', quota()),
      new Error('wrapped', { cause: quota() }),
      { name: 'NS_ERROR_DOM_QUOTA_REACHED' },
    ];
    for (const err of cases) expect(saveErrorKey(err)).toBe('saveError.storageFull');
  });

  it('says "try again" for anything else', () => {
    for (const err of [new Error('x'), new Dexie.AbortError('aborted'), null, undefined, 'full'])
      expect(saveErrorKey(err)).toBe('saveError.failed');
    // A cycle of `inner` does not loop for ever.
    const a: { name: string; inner?: unknown } = { name: 'AbortError' };
    a.inner = a;
    expect(isQuotaError(a)).toBe(false);
  });
});

describe('a full disk while saving', () => {
  let sessionId = '';
  beforeEach(async () => {
    vi.clearAllMocks();
    await resetDb();
    await replaceReference('10882', [village('nhan-bau', 'Nhan Bầu')], []);
    sessionId = (await createSession('10882', sessionInput())).id;
  });

  it('keeps the typed session and says how to make room', async () => {
    vi.mocked(createSession).mockRejectedValueOnce(new Dexie.AbortError('aborted', quota()));
    const before = location.pathname;
    render(<SessionForm draftKey="session:new" initial={() => emptySessionForm(null)} />, {
      wrapper: AsVolunteer,
    });
    await screen.findByRole('option', { name: 'Nhan Bầu' });
    fireEvent.input(screen.getByLabelText('Ngày'), { target: { value: '2026-10-02' } });
    fireEvent.input(screen.getByLabelText('Giờ bắt đầu'), { target: { value: '19:30' } });
    fireEvent.change(screen.getByLabelText('Thôn'), { target: { value: 'nhan-bau' } });
    fireEvent.input(screen.getByLabelText('Địa điểm'), { target: { value: 'Sân đình' } });
    fireEvent.click(screen.getByRole('button', { name: 'Định danh điện tử VNeID' }));
    fireEvent.click(screen.getByRole('button', { name: 'Lưu buổi' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(FULL);
    expect((screen.getByLabelText('Địa điểm') as HTMLInputElement).value).toBe('Sân đình');
    expect(location.pathname).toBe(before);
    expect(hasUnsavedChanges()).toBe(true);
    expect(await db.drafts.get('session:new')).toBeTruthy();
    // Once there is room, the same form saves.
    fireEvent.click(screen.getByRole('button', { name: 'Lưu buổi' }));
    await waitFor(async () => expect(await db.sessions.count()).toBe(2));
    expect(screen.queryByText(FULL)).toBeNull();
  });

  it('keeps the typed feedback and says so', async () => {
    vi.mocked(addFeedback).mockRejectedValueOnce(quota());
    render(<FeedbackForm sessionId={sessionId} villageId="nhan-bau" />, { wrapper: AsVolunteer });
    fireEvent.click(await screen.findByRole('button', { name: 'Rất hài lòng' }));
    fireEvent.input(screen.getByLabelText('Điều gì giúp ích?'), { target: { value: 'Tận tình' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu góp ý' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(FULL);
    expect((screen.getByLabelText('Điều gì giúp ích?') as HTMLTextAreaElement).value).toBe(
      'Tận tình',
    );
    expect(hasUnsavedChanges()).toBe(true);
    expect(await db.feedback.count()).toBe(0);
    expect((screen.getByRole('button', { name: 'Lưu góp ý' }) as HTMLButtonElement).disabled).toBe(
      false,
    );
  });

  it('in resident mode, keeps the answer on screen instead of thanking', async () => {
    vi.mocked(addFeedback).mockRejectedValueOnce(new Error('disk error'));
    render(<ResidentModeScreen sessionId={sessionId} villageId="nhan-bau" />, {
      wrapper: AsVolunteer,
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Bình thường' }));
    fireEvent.click(screen.getByRole('button', { name: 'Gửi góp ý' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Chưa lưu được. Hãy thử lại.');
    expect(screen.queryByRole('heading', { name: 'Cảm ơn ông/bà đã góp ý!' })).toBeNull();
  });

  it('shows a failed attendance tick in the sticky bar', async () => {
    await addResident('10882', residentInput({ fullName: 'Vũ Thị Mai' }), consent());
    vi.mocked(setAttendance).mockRejectedValueOnce(quota());
    render(<AttendanceScreen id={sessionId} />, { wrapper: AsVolunteer });
    fireEvent.click(await screen.findByRole('button', { name: /Vũ Thị Mai/ }));
    expect((await screen.findByRole('alert')).textContent).toMatch(FULL);
    expect(await db.attendance.count()).toBe(0);
    // The next tick that saves clears the message.
    fireEvent.click(screen.getByRole('button', { name: /Vũ Thị Mai/ }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(await db.attendance.count()).toBe(1);
  });
});
