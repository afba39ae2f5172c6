/**
 * The learning content the server publishes (issue 6, item 2): the modules bundled with the app
 * (src/content/modules) and, when CONTENT_DIR is set, a folder of the same layout where a commune
 * or the ministry puts a newer version of a module without an app update. For each module the
 * higher version of the two is served. A module is served only as a whole package that passes the
 * shared schema (src/core/content.ts), names its own folder, has the same lessons and answers in
 * both languages, every picture it shows and no active SVG content: a half-copied or broken update
 * is skipped, and the other folder's version (if valid) is served instead. The folders are read
 * again at most once a minute, so a publication reaches phones without a restart.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CONTENT_LANGUAGES,
  isCompletePackage,
  type ModulePackage,
  type ModuleText,
  modulePackageSchema,
} from '../../src/core/content';
import { MODULE_CODES, type ModuleCode } from '../../src/core/curriculum';

export const BUNDLED_CONTENT_DIR = fileURLToPath(
  new URL('../../src/content/modules/', import.meta.url),
);

export interface PublishedModule {
  code: ModuleCode;
  version: number;
  /** The package as JSON, made once per read of the folders. */
  body: string;
  /** A weak validator of `body` (weak: the response may be compressed on the way). */
  etag: string;
}

/** By code, in curriculum order: only the modules that passed every check. */
export type ContentCatalog = ReadonlyMap<ModuleCode, PublishedModule>;

/** The pictures a module's text shows, its cover included. */
function picturesOf(pkg: ModulePackage): Set<string> {
  const texts: ModuleText[] = CONTENT_LANGUAGES.map((lang) => pkg.text[lang]);
  const shown = texts.flatMap((t) =>
    t.lessons.flatMap((l) => l.blocks.flatMap((b) => (b.kind === 'image' ? [b.src] : []))),
  );
  return new Set([pkg.meta.cover, ...shown]);
}

/** An SVG a phone can show as a picture: no script, no event handler, no outside reference. */
const safeSvg = (svg: string) =>
  /^<svg\s/.test(svg) && !/<script|<foreignObject|\son\w+\s*=|href\s*=\s*["'](?!#)/i.test(svg);

const readJson = async (path: string): Promise<unknown> => JSON.parse(await readFile(path, 'utf8'));

/** The module in `dir`/`code`, or undefined when it is missing or fails any check. */
export async function readModule(
  dir: string,
  code: ModuleCode,
): Promise<ModulePackage | undefined> {
  const folder = join(dir, code);
  try {
    const text = {
      vi: await readJson(join(folder, 'vi.json')),
      en: await readJson(join(folder, 'en.json')),
    };
    const words = modulePackageSchema.safeParse({
      meta: await readJson(join(folder, 'meta.json')),
      text,
      images: {},
    });
    if (!words.success || words.data.meta.code !== code) return undefined;
    // Only the pictures the module shows travel (a missing one fails the read).
    const names = [...picturesOf(words.data)];
    const svgs = await Promise.all(names.map((f) => readFile(join(folder, f), 'utf8')));
    if (!svgs.every(safeSvg)) return undefined;
    const images = Object.fromEntries(names.map((f, i) => [f, svgs[i]]));
    const parsed = modulePackageSchema.safeParse({ ...words.data, images });
    // The phone's own check (src/sync/content-updates.ts): a package it would drop is not served.
    return parsed.success && isCompletePackage(parsed.data) ? parsed.data : undefined;
  } catch {
    // A missing folder or file, unreadable, or not JSON: as if the module were not there.
    return undefined;
  }
}

function publish(pkg: ModulePackage): PublishedModule {
  const body = JSON.stringify(pkg);
  const hash = createHash('sha256').update(body).digest('base64url').slice(0, 22);
  return { code: pkg.meta.code, version: pkg.meta.version, body, etag: `W/"${hash}"` };
}

/** Reads every module from `dirs` (the bundled folder first) and keeps the highest version. */
export async function loadCatalog(dirs: readonly string[]): Promise<ContentCatalog> {
  const catalog = new Map<ModuleCode, PublishedModule>();
  for (const code of MODULE_CODES) {
    const found = await Promise.all(dirs.map((dir) => readModule(dir, code)));
    let best: ModulePackage | undefined;
    for (const pkg of found) if (pkg && (!best || pkg.meta.version > best.meta.version)) best = pkg;
    if (best) catalog.set(code, publish(best));
  }
  return catalog;
}

export interface ContentStore {
  catalog(): Promise<ContentCatalog>;
}

/**
 * The catalog of the bundled modules and `overrideDir`'s, read again once `maxAgeMs` has passed
 * since the last read (concurrent requests share one read).
 */
export function contentStore(
  overrideDir: string | undefined,
  { maxAgeMs = 60_000, now = Date.now }: { maxAgeMs?: number; now?: () => number } = {},
): ContentStore {
  const dirs = overrideDir ? [BUNDLED_CONTENT_DIR, overrideDir] : [BUNDLED_CONTENT_DIR];
  let cached: { at: number; catalog: Promise<ContentCatalog> } | undefined;
  return {
    catalog() {
      if (!cached || now() - cached.at >= maxAgeMs) {
        const catalog = loadCatalog(dirs);
        cached = { at: now(), catalog };
        // A failed read is not kept: the next request tries again.
        catalog.catch(() => {
          if (cached?.catalog === catalog) cached = undefined;
        });
      }
      return cached.catalog;
    },
  };
}
