import { describe, expect, it } from 'vitest';
import type { ActiveResident } from '../../src/core/resident';
import { compareByGivenName, foldVi, matchesQuery } from '../../src/core/text';
import { indexRoster, searchRoster } from '../../src/features/residents/roster-search';
import { consent } from './factories';

const NAMES = [
  'Nguyễn Văn An',
  'Trần Thị Ánh',
  'Phạm Đức Đạt',
  'Lê Thị Ân',
  'Vũ Văn Dũng',
  'Đỗ Thị Bích',
  'Nguyễn Thị Ánh',
  'Hoàng Văn Ẩn',
];

const resident = (fullName: string, birthYear = 1960): ActiveResident => ({
  id: crypto.randomUUID(),
  communeCode: '10882',
  villageId: 'nhan-bau',
  fullName,
  birthYear,
  sex: null,
  phone: null,
  erased: false,
  consent: consent(),
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
});

describe('Vietnamese search', () => {
  it('folds diacritics, case, đ and spaces', () => {
    expect(foldVi('  Nguyễn   Văn ĐẠT ')).toBe('nguyen van dat');
    expect(foldVi('Phạm Đức Đạt')).toBe('pham duc dat');
  });

  it('finds a name typed without marks, in any case, with d for đ', () => {
    expect(matchesQuery(foldVi('Nguyễn Văn An'), 'nguyen van an')).toBe(true);
    expect(matchesQuery(foldVi('Phạm Đức Đạt'), 'DUC dat')).toBe(true);
    expect(matchesQuery(foldVi('Phạm Đức Đạt'), 'đạt')).toBe(true);
    expect(matchesQuery(foldVi('Nguyễn Văn An'), 'nguyen thi')).toBe(false);
    // Words match from their start: "an" is not found inside "van".
    expect(matchesQuery(foldVi('Nguyễn Văn Bình'), 'nguyen van an')).toBe(false);
    expect(matchesQuery(foldVi('Nguyễn Văn Ánh'), 'nguyen van an')).toBe(true);
  });

  it('searches a roster by words in any order, narrowing by birth year', () => {
    const index = indexRoster([
      resident('Nguyễn Văn An', 1960),
      resident('Nguyễn Văn An', 1985),
      resident('Trần Thị Ánh'),
    ]);
    expect(searchRoster(index, 'an nguyen').map((r) => r.birthYear)).toEqual([1960, 1985]);
    expect(searchRoster(index, 'nguyen van an 1985').map((r) => r.birthYear)).toEqual([1985]);
    expect(searchRoster(index, 'anh').map((r) => r.fullName)).toEqual(['Trần Thị Ánh']);
  });

  it('puts exact names before longer ones that start the same', () => {
    const index = indexRoster([
      resident('Nguyễn Văn Ánh'),
      resident('Nguyễn Văn An'),
      resident('Nguyễn Văn Bình'),
    ]);
    expect(searchRoster(index, 'nguyen van an').map((r) => r.fullName)).toEqual([
      'Nguyễn Văn An',
      'Nguyễn Văn Ánh',
    ]);
  });
});

describe('Vietnamese list order', () => {
  it('sorts by given name first, then by family and middle names, with Vietnamese letters', () => {
    expect([...NAMES].sort(compareByGivenName)).toEqual([
      'Nguyễn Văn An',
      'Nguyễn Thị Ánh',
      'Trần Thị Ánh',
      'Lê Thị Ân',
      'Hoàng Văn Ẩn',
      'Đỗ Thị Bích',
      'Vũ Văn Dũng',
      'Phạm Đức Đạt',
    ]);
  });
});
