import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/db/db';
import { replaceReference } from '../../src/db/reference';
import { addResident } from '../../src/db/residents';
import { ResidentForm } from '../../src/features/residents/ResidentForm';
import { emptyResidentForm } from '../../src/features/residents/resident-form-state';
import { AsVolunteer } from './account-fixtures';
import { consent, ME, residentInput, village } from './factories';
import { resetDb } from './reset-db';

beforeEach(async () => {
  await resetDb();
  await replaceReference(
    '10882',
    [village('nhan-bau', 'Nhan Bầu')],
    [{ id: ME, communeCode: '10882', displayName: 'Nguyễn Thị Hoa' }],
  );
});

function renderForm(onDone = vi.fn()) {
  render(
    <ResidentForm
      draftKey="resident:new"
      initial={() => emptyResidentForm('nhan-bau')}
      onDone={onDone}
    />,
    { wrapper: AsVolunteer },
  );
  return onDone;
}

async function fill(name: string, year: string) {
  fireEvent.input(await screen.findByLabelText('Họ và tên'), { target: { value: name } });
  fireEvent.input(screen.getByLabelText('Năm sinh'), { target: { value: year } });
}

describe('ResidentForm', () => {
  it('adds a resident with the consent record: who collected it, when, which text', async () => {
    const onDone = renderForm();
    await fill('  Trần   Thị Ánh ', '1958');
    fireEvent.click(screen.getByRole('button', { name: 'Nữ' }));
    fireEvent.input(screen.getByLabelText('Số điện thoại (không bắt buộc)'), {
      target: { value: '0912 345 678' },
    });
    fireEvent.click(screen.getByLabelText('Người dân (hoặc người giám hộ) đã nghe và đồng ý'));
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    const [saved] = await db.residents.toArray();
    expect(saved).toMatchObject({
      fullName: 'Trần Thị Ánh',
      birthYear: 1958,
      sex: 'female',
      phone: '0912345678',
      villageId: 'nhan-bau',
      erased: false,
      consent: { version: 'v1', givenBy: 'self', collectedBy: ME },
    });
    expect(await db.outbox.count()).toBe(1);
  });

  it('refuses to save without consent, and keeps what was typed', async () => {
    renderForm();
    await fill('Lê Văn Bình', '1970');
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Cần người dân đồng ý trước khi lưu.')).toBeTruthy();
    expect((screen.getByLabelText('Họ và tên') as HTMLInputElement).value).toBe('Lê Văn Bình');
    expect(await db.residents.count()).toBe(0);
  });

  it('asks for a guardian for a child under 16', async () => {
    renderForm();
    await fill('Phạm Minh Khôi', String(new Date().getFullYear() - 10));
    fireEvent.click(screen.getByLabelText('Người dân (hoặc người giám hộ) đã nghe và đồng ý'));
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(
      await screen.findByText('Người dưới 16 tuổi cần cha mẹ hoặc người giám hộ đồng ý.'),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cha mẹ / người giám hộ đồng ý' }));
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(async () => expect(await db.residents.count()).toBe(1));
    expect((await db.residents.toArray())[0]).toMatchObject({ consent: { givenBy: 'guardian' } });
  });

  it('shows field messages for a bad name, birth year and phone', async () => {
    renderForm();
    await fill('   ', '1899');
    fireEvent.input(screen.getByLabelText('Số điện thoại (không bắt buộc)'), {
      target: { value: '12345' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Hãy nhập họ và tên (tối đa 100 ký tự).')).toBeTruthy();
    expect(screen.getByText('Nhập năm sinh 4 chữ số, từ 1900 đến năm nay.')).toBeTruthy();
    expect(screen.getByText('Số điện thoại gồm 10 chữ số, bắt đầu bằng 0.')).toBeTruthy();
  });

  it('warns about a likely duplicate (same name ignoring marks, birth year, village) before saving', async () => {
    await addResident(
      '10882',
      residentInput({ fullName: 'Nguyễn Văn An', birthYear: 1960 }),
      consent(),
    );
    renderForm();
    await fill('nguyễn văn an', '1960');
    fireEvent.click(screen.getByLabelText('Người dân (hoặc người giám hộ) đã nghe và đồng ý'));
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(
      await screen.findByText('Có thể trùng với người đã có (cùng tên, năm sinh, thôn):'),
    ).toBeTruthy();
    expect(screen.getByText('Nguyễn Văn An (1960)')).toBeTruthy();
    expect(await db.residents.count()).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: 'Vẫn lưu (không phải trùng)' }));
    await waitFor(async () => expect(await db.residents.count()).toBe(2));
  });
});
