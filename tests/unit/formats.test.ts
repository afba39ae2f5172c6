import { describe, expect, it } from 'vitest';
import { localIsoDate } from '../../src/core/dates';
import { compareVi } from '../../src/core/text';
import { formatDate, formatNumber } from '../../src/i18n/format';

describe('Vietnamese formats', () => {
  it('shows dates as dd/MM/yyyy with padded day and month', () => {
    expect(formatDate('2026-11-05')).toBe('05/11/2026');
    expect(formatDate('2027-01-09')).toBe('09/01/2027');
  });

  it('groups numbers with dots and uses a decimal comma', () => {
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatNumber(80.5)).toBe('80,5');
  });

  it("gives today's local date as yyyy-MM-dd", () => {
    expect(localIsoDate(new Date(2026, 10, 5, 23, 59))).toBe('2026-11-05');
  });

  it('sorts village names in Vietnamese alphabetical order', () => {
    const names = ['Vĩnh Bình', 'Đồng Hạ', 'Dương Xá', 'Ân Thi', 'An Lạc', 'Bình Minh'];
    expect([...names].sort(compareVi)).toEqual([
      'An Lạc',
      'Ân Thi',
      'Bình Minh',
      'Dương Xá',
      'Đồng Hạ',
      'Vĩnh Bình',
    ]);
  });
});
