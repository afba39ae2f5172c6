/** Vietnamese text rules shared by device and server: sorting and diacritic-insensitive matching. */

const collator = new Intl.Collator('vi', { sensitivity: 'base' });

/** Compares two strings the way Vietnamese lists are sorted (Â after A, Đ after D…). */
export const compareVi = (a: string, b: string): number => collator.compare(a, b);
