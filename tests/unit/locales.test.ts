import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODULE_CODES } from '../../src/core/curriculum';
import reportsEn from '../../src/features/reports/locales/en.json';
import reportsVi from '../../src/features/reports/locales/vi.json';
import shellEn from '../../src/i18n/locales/en.json';
import shellVi from '../../src/i18n/locales/vi.json';

type Tree = { [k: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : leaves(v, `${prefix}${k}.`),
  );
}

function assertSorted(tree: Tree, path = 'root'): void {
  const keys = Object.keys(tree);
  expect(keys, `keys of ${path}`).toEqual([...keys].sort());
  for (const [k, v] of Object.entries(tree)) if (typeof v !== 'string') assertSorted(v, k);
}

/** Plural forms differ by language (vi has only _other), so compare keys without the suffix. */
const base = (key: string) => key.replace(/_(one|other)$/, '');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.tsx?$/.test(name) ? [p] : [];
  });
}

/** The shell's strings and a feature's, as i18next holds them once the feature has loaded. */
const files = { shell: [shellVi, shellEn], reports: [reportsVi, reportsEn] } as const;
const vi = { ...shellVi, ...reportsVi };
const en = { ...shellEn, ...reportsEn };

describe('locale files', () => {
  it('never give a feature a namespace the shell has (its strings would hide the shell’s)', () => {
    expect(Object.keys(reportsVi).filter((k) => k in shellVi)).toEqual([]);
    expect(Object.keys(reportsEn).filter((k) => k in shellEn)).toEqual([]);
  });

  it('have the same keys in Vietnamese and English', () => {
    expect([...new Set(leaves(en).map(base))]).toEqual([...new Set(leaves(vi).map(base))]);
  });

  it('keep their keys sorted', () => {
    for (const [name, trees] of Object.entries(files))
      for (const tree of trees) assertSorted(tree as Tree, name);
  });

  it('have no empty strings', () => {
    for (const tree of [vi, en] as Tree[]) {
      const walk = (t: Tree): void => {
        for (const v of Object.values(t))
          typeof v === 'string' ? expect(v.trim()).not.toBe('') : walk(v);
      };
      walk(tree);
    }
  });

  it('title every curriculum module in both languages', () => {
    for (const code of MODULE_CODES) {
      expect(vi.module[code]).toBeTruthy();
      expect(en.module[code]).toBeTruthy();
    }
  });

  it('hold every key the code asks for', () => {
    const known = new Set(leaves(vi).map(base));
    const used = sourceFiles('src').flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)].map((m) => m[1]!),
    );
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((k) => !known.has(k))).toEqual([]);
  });
});
