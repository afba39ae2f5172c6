import { fireEvent, render, screen } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { hasPin, verifyPin } from '../../src/db/pin';
import { lockState, restoreLock } from '../../src/features/account/lock';
import { PinSettings } from '../../src/features/account/PinSettings';
import { resetDb } from './reset-db';

beforeEach(async () => {
  await resetDb();
  await restoreLock();
});

const type = (label: string, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });

describe('PinSettings', () => {
  it('sets a PIN after checking its form and repetition, then changes and removes it', async () => {
    render(<PinSettings />);
    fireEvent.click(screen.getByRole('button', { name: 'Đặt mã PIN' }));
    type('Mã PIN mới', '12');
    fireEvent.click(screen.getByRole('button', { name: 'Lưu mã PIN' }));
    expect(await screen.findByText('Mã PIN gồm 4 đến 6 chữ số.')).toBeTruthy();
    type('Mã PIN mới', '2468');
    type('Nhập lại mã PIN mới', '2469');
    fireEvent.click(screen.getByRole('button', { name: 'Lưu mã PIN' }));
    expect(await screen.findByText('Hai lần nhập chưa giống nhau.')).toBeTruthy();
    type('Nhập lại mã PIN mới', '2468');
    fireEvent.click(screen.getByRole('button', { name: 'Lưu mã PIN' }));
    expect(await screen.findByText('Đã lưu mã PIN.')).toBeTruthy();
    expect(lockState.getState()).toEqual({ pinSet: true, locked: false });

    fireEvent.click(screen.getByRole('button', { name: 'Đổi mã PIN' }));
    type('Mã PIN hiện tại', '1111');
    type('Mã PIN mới', '135790');
    type('Nhập lại mã PIN mới', '135790');
    fireEvent.click(screen.getByRole('button', { name: 'Lưu mã PIN' }));
    expect(await screen.findByText('Mã PIN hiện tại không đúng.')).toBeTruthy();
    type('Mã PIN hiện tại', '2468');
    fireEvent.click(screen.getByRole('button', { name: 'Lưu mã PIN' }));
    expect(await screen.findByText('Đã lưu mã PIN.')).toBeTruthy();
    expect(await verifyPin('135790')).toEqual({ ok: true });

    fireEvent.click(screen.getByRole('button', { name: 'Bỏ mã PIN' }));
    type('Mã PIN hiện tại', '135790');
    fireEvent.click(screen.getByRole('button', { name: 'Bỏ mã PIN' }));
    expect(await screen.findByText('Đã bỏ mã PIN.')).toBeTruthy();
    expect(await hasPin()).toBe(false);
    expect(lockState.getState().pinSet).toBe(false);
  });

  it('keeps only digits in a PIN box', async () => {
    render(<PinSettings />);
    fireEvent.click(screen.getByRole('button', { name: 'Đặt mã PIN' }));
    type('Mã PIN mới', '12a3-4567');
    expect(screen.getByLabelText<HTMLInputElement>('Mã PIN mới').value).toBe('123456');
  });
});
