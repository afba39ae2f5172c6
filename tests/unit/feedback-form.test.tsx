import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { addWalkIn } from '../../src/db/attendance';
import { db } from '../../src/db/db';
import { replaceReference } from '../../src/db/reference';
import { createSession } from '../../src/db/sessions';
import { FeedbackForm } from '../../src/features/feedback/FeedbackForm';
import { ResidentModeScreen } from '../../src/features/feedback/ResidentModeScreen';
import { AsVolunteer } from './account-fixtures';
import { consent, ME, residentInput, sessionInput, village } from './factories';
import { resetDb } from './reset-db';

let sessionId = '';
beforeEach(async () => {
  await resetDb();
  await replaceReference('10882', [village('nhan-bau', 'Nhan Bầu')], []);
  sessionId = (await createSession('10882', sessionInput())).id;
});

describe('FeedbackForm (volunteer)', () => {
  it('asks for a rating and saves anonymous feedback with tags', async () => {
    render(<FeedbackForm sessionId={sessionId} villageId="nhan-bau" />, { wrapper: AsVolunteer });
    fireEvent.click(await screen.findByRole('button', { name: 'Lưu góp ý' }));
    expect(await screen.findByText('Hãy chọn mức hài lòng.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Rất hài lòng' }));
    fireEvent.click(screen.getByRole('button', { name: 'Quên mật khẩu' }));
    fireEvent.input(screen.getByLabelText('Điều gì giúp ích?'), {
      target: { value: 'Cán bộ chỉ tận tình' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu góp ý' }));
    await waitFor(async () => expect(await db.feedback.count()).toBe(1));
    expect((await db.feedback.toArray())[0]).toMatchObject({
      sessionId,
      rating: 5,
      tags: ['forgot_password'],
      helped: 'Cán bộ chỉ tận tình',
      byResident: false,
      residentId: null,
      consent: null,
    });
  });

  it('names a resident only with their consent', async () => {
    const r = await addWalkIn(
      '10882',
      sessionId,
      residentInput({ fullName: 'Vũ Thị Mai' }),
      consent(),
    );
    render(<FeedbackForm sessionId={sessionId} villageId="nhan-bau" />, { wrapper: AsVolunteer });
    fireEvent.click(await screen.findByRole('button', { name: 'Hài lòng' }));
    fireEvent.click(screen.getByLabelText('Không ghi tên (mặc định)'));
    const who = await screen.findByLabelText('Người góp ý');
    await screen.findByRole('option', { name: 'Vũ Thị Mai (1960)' });
    fireEvent.change(who, { target: { value: r.id } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu góp ý' }));
    expect(
      await screen.findByText('Cần người này đồng ý ghi tên, hoặc để không ghi tên.'),
    ).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Người này đồng ý ghi tên cùng góp ý'));
    fireEvent.click(screen.getByRole('button', { name: 'Lưu góp ý' }));
    await waitFor(async () => expect(await db.feedback.count()).toBe(1));
    expect((await db.feedback.toArray())[0]).toMatchObject({
      residentId: r.id,
      consent: { version: 'v1', collectedBy: ME },
    });
  });
});

describe('Resident mode', () => {
  it('takes anonymous feedback in big text, thanks the resident and is ready for the next', async () => {
    render(<ResidentModeScreen sessionId={sessionId} villageId="nhan-bau" />, {
      wrapper: AsVolunteer,
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Gửi góp ý' }));
    expect(await screen.findByText('Hãy chọn mức hài lòng.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Bình thường' }));
    fireEvent.click(screen.getByRole('button', { name: 'Sợ bị lừa đảo' }));
    fireEvent.click(screen.getByRole('button', { name: 'Gửi góp ý' }));
    expect(await screen.findByRole('heading', { name: 'Cảm ơn ông/bà đã góp ý!' })).toBeTruthy();
    expect((await db.feedback.toArray())[0]).toMatchObject({
      rating: 3,
      tags: ['scam_worry'],
      byResident: true,
      residentId: null,
    });
    fireEvent.click(screen.getByRole('button', { name: 'Người tiếp theo góp ý' }));
    const first = await screen.findByRole('button', { name: 'Bình thường' });
    expect(first.getAttribute('aria-pressed')).toBe('false');
    expect(await db.drafts.count()).toBe(0);
  });
});
