import { render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';

describe('Workspace without IndexedDB (private mode)', () => {
  it('explains the problem instead of showing a blank page', async () => {
    vi.resetModules();
    vi.stubGlobal('indexedDB', undefined);
    try {
      const { Workspace } = await import('../../src/app/Workspace');
      render(<Workspace />);
      expect(
        await screen.findByRole('heading', { name: 'Không mở được bộ nhớ trên máy' }),
      ).toBeTruthy();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
