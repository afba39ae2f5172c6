import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { currentPath, matchRoute } from '../../src/app/router';
import { AdminLinks } from '../../src/features/admin/AdminLinks';
import { signedInAs } from './admin-fixtures';

describe('administrator entry points', () => {
  it('routes the admin screens', () => {
    expect(matchRoute('/admin/volunteers')).toEqual({ name: 'adminVolunteers' });
    expect(matchRoute('/admin/volunteers/new')).toEqual({ name: 'adminVolunteerNew' });
    expect(matchRoute('/admin/audit/')).toEqual({ name: 'adminAudit' });
    expect(matchRoute('/admin/residents')).toEqual({ name: 'adminResidents' });
    expect(matchRoute('/admin')).toEqual({ name: 'notFound' });
  });

  it('shows the commune management links to an administrator', async () => {
    await signedInAs('admin');
    render(<AdminLinks />);
    expect(await screen.findByText('Quản lý xã')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Nhật ký truy cập' }));
    expect(currentPath.getState().path).toBe('/admin/audit');
    expect(screen.getByRole('button', { name: 'Tình nguyện viên' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Quyền của người dân' })).toBeTruthy();
  });

  it('shows nothing to a volunteer', async () => {
    await signedInAs('volunteer');
    const { container } = render(<AdminLinks />);
    await new Promise((r) => setTimeout(r, 50));
    expect(container.textContent).toBe('');
  });
});
