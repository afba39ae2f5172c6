import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentPath, matchRoute, navigate } from '../../src/app/router';
import { unsavedForms } from '../../src/app/unsaved-changes';

afterEach(() => {
  unsavedForms.setState({ ids: new Set() });
  vi.restoreAllMocks();
});

describe('router', () => {
  it('turns paths into routes', () => {
    expect(matchRoute('/')).toEqual({ name: 'sessions' });
    expect(matchRoute('/sessions/abc/attendance')).toEqual({ name: 'attendance', id: 'abc' });
    expect(matchRoute('/sessions/abc/feedback/resident')).toEqual({
      name: 'residentMode',
      sessionId: 'abc',
    });
    expect(matchRoute('/feedback/resident')).toEqual({ name: 'residentMode', sessionId: null });
    expect(matchRoute('/residents/new')).toEqual({ name: 'residentNew' });
    expect(matchRoute('/nope/x/y')).toEqual({ name: 'notFound' });
  });

  it('asks before leaving a form with unsaved input, and stays when told no', () => {
    navigate('/sessions/new', { force: true });
    unsavedForms.setState({ ids: new Set(['session:new']) });
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    expect(navigate('/residents')).toBe(false);
    expect(currentPath.getState().path).toBe('/sessions/new');
    confirm.mockReturnValue(true);
    expect(navigate('/residents')).toBe(true);
    expect(location.pathname).toBe('/residents');
  });
});
