/**
 * The text of a PDF as a reader would copy it, for asserting what a printed page says: pdf.js
 * (legacy build, which runs on Node 20) reads the text runs page by page. Whitespace is dropped,
 * because where Chromium breaks a run or a line is layout, not content; compare with `squash()`.
 * The page number a document prints atop pages 2 and on (Decree 30) is left out of the text, so
 * a figure at the foot of a page is not read as running into it; `numbered` lists those pages.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export const squash = (s: string): string => s.normalize('NFC').replace(/\s+/g, '');

export async function pdfText(
  bytes: Uint8Array,
): Promise<{ text: string; pages: number; numbered: number[]; size: number[] }> {
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
  const out: string[] = [];
  const numbered: number[] = [];
  // Width and height of the first page in points (A4: 595 × 842).
  const size = (await doc.getPage(1)).view.slice(2).map(Math.round);
  for (let n = 1; n <= doc.numPages; n += 1) {
    const content = await (await doc.getPage(n)).getTextContent();
    const runs = content.items.flatMap((item) =>
      'str' in item && item.str.trim() ? [item.str] : [],
    );
    if (runs[0]?.trim() === String(n)) {
      numbered.push(n);
      runs.shift();
    }
    out.push(...runs);
  }
  const pages = doc.numPages;
  await doc.destroy();
  return { text: squash(out.join('')), pages, numbered, size };
}
