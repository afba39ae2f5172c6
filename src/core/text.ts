/** Vietnamese text rules shared by device and server: sorting and diacritic-insensitive matching. */

const collator = new Intl.Collator('vi');

/** Compares two strings the way Vietnamese lists are sorted: Ă, Â after A, Đ after D, tones a à ả ã á ạ. */
export const compareVi = (a: string, b: string): number => collator.compare(a, b);

/**
 * Folds a string for searching: lower case, no tone marks or diacritics, đ → d, single spaces.
 * "  Nguyễn  Văn ĐẠT " → "nguyen van dat".
 */
export function foldVi(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * True when every word of the query starts a word of the (folded) text, ignoring marks and case:
 * "nguyen van an" finds "Nguyễn Văn An" and "Nguyễn Văn Anh", but not "Nguyễn Văn Bình".
 */
export function matchesQuery(foldedText: string, query: string): boolean {
  const q = foldVi(query);
  if (!q) return true;
  const text = ` ${foldedText}`;
  return q.split(' ').every((word) => text.includes(` ${word}`));
}

/** How many query words are whole words of the text: exact names rank before longer ones. */
export function wholeWordHits(foldedText: string, query: string): number {
  const words = new Set(foldedText.split(' '));
  return foldVi(query)
    .split(' ')
    .filter((w) => words.has(w)).length;
}

/** The given name: the last word of "Họ Đệm Tên". */
export const givenName = (fullName: string): string => fullName.trim().split(/\s+/).pop() ?? '';

/** Vietnamese list order: by given name, then by the whole name (family and middle names). */
export function compareByGivenName(a: string, b: string): number {
  return compareVi(givenName(a), givenName(b)) || compareVi(a, b);
}
