import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type ModuleText,
  moduleMetaSchema,
  moduleShape,
  moduleTextSchema,
} from '../../src/core/content';
import { MODULE_CODES } from '../../src/core/curriculum';

const root = join(__dirname, '../../src/content/modules');
const read = (code: string, file: string) => readFileSync(join(root, code, file), 'utf8');
const json = (code: string, file: string): unknown => JSON.parse(read(code, file));

/** Every piece of reading text in a module, for the plain-language checks. */
function sentencesOf(text: ModuleText): string[] {
  const out: string[] = [];
  for (const lesson of text.lessons)
    for (const b of lesson.blocks) {
      if (b.kind === 'steps') out.push(...b.items);
      else if (b.kind !== 'image') out.push(b.text);
    }
  return out.flatMap((t) => t.split(/(?<=[.!?])\s+/));
}

describe('learning content', () => {
  it('has a folder for each of the 13 modules and nothing else', () => {
    expect(readdirSync(root).sort()).toEqual([...MODULE_CODES]);
  });

  describe.each(MODULE_CODES)('%s', (code) => {
    const meta = moduleMetaSchema.parse(json(code, 'meta.json'));
    const vi = moduleTextSchema.parse(json(code, 'vi.json'));
    const en = moduleTextSchema.parse(json(code, 'en.json'));
    const files = readdirSync(join(root, code));
    const images = new Set([
      meta.cover,
      ...vi.lessons.flatMap((l) => l.blocks.flatMap((b) => (b.kind === 'image' ? [b.src] : []))),
    ]);

    it('meta names its own folder and lists its lessons', () => {
      expect(meta.code).toBe(code);
      expect(meta.lessons).toEqual(vi.lessons.map((l) => l.id));
    });

    it('the English text has the same lessons, blocks, questions and answers as the Vietnamese', () => {
      expect(moduleShape(en)).toEqual(moduleShape(vi));
    });

    it('every picture it shows is there, small and safe, and every picture there is shown', () => {
      const svgs = files.filter((f) => f.endsWith('.svg'));
      expect(new Set(svgs)).toEqual(images);
      for (const svg of svgs) {
        const body = read(code, svg);
        expect(body, svg).toMatch(/^<svg [^>]*viewBox="/);
        expect(body.length, `${svg} is over 6 KB`).toBeLessThanOrEqual(6_000);
        expect(body, svg).not.toMatch(/<script|<foreignObject|\son\w+=|href="(?!#)|<text/i);
      }
      expect(files.sort()).toEqual(['en.json', 'meta.json', ...svgs, 'vi.json'].sort());
    });

    it('reads in short sentences', () => {
      for (const sentence of sentencesOf(vi))
        expect(sentence.split(/\s+/).length, sentence).toBeLessThanOrEqual(30);
    });
  });
});
