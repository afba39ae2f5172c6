/**
 * Budget check after a build: fails when the app shell's initial JavaScript (the entry script and
 * what index.html preloads) exceeds 60 KB gzip, when the learning content (lesson text and pictures,
 * dist/assets/content/, see vite.config.ts) exceeds 1.5 MB, or when the service worker's precache
 * (which holds all of it) exceeds 2 MB.
 * `--json` prints the figures for bench scripts.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
export const MAX_INITIAL_JS_GZIP_BYTES = 60 * 1024;
export const MAX_PRECACHE_BYTES = 2 * 1024 * 1024;
export const MAX_CONTENT_BYTES = 1.5 * 1024 * 1024;

export interface BudgetFigures {
  /** The shell: what must arrive before anything runs. */
  initial_js_gzip_kb: number;
  /** All of the app's JavaScript (shell, workspace and lazy chunks), for honesty about the total. */
  all_js_gzip_kb: number;
  precache_kb: number;
  precache_entries: number;
  /** All 13 modules' text (both languages) and pictures, as built. */
  content_kb: number;
  content_files: number;
}

/** Scripts a first visit must fetch before the shell runs: module entries and modulepreloads. */
async function initialScripts(): Promise<string[]> {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const srcs = [...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
  const preloads = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map(
    (m) => m[1]!,
  );
  return [...new Set([...srcs, ...preloads])];
}

/** The URLs the built service worker precaches (its injected manifest), plus the worker itself. */
export async function precachedUrls(): Promise<string[]> {
  const sw = await readFile(join(DIST, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/\burl:\s*"([^"]+)"|"url":\s*"([^"]+)"/g)].map(
    (m) => (m[1] ?? m[2])!,
  );
  if (urls.length === 0) throw new Error('No precache manifest found in dist/sw.js');
  return [...new Set([...urls, 'sw.js'])];
}

export async function measureBudget(): Promise<BudgetFigures> {
  let gz = 0;
  for (const src of await initialScripts()) {
    gz += gzipSync(await readFile(join(DIST, src)), { level: 9 }).length;
  }
  let allGz = 0;
  for (const f of await readdir(join(DIST, 'assets'))) {
    if (f.endsWith('.js'))
      allGz += gzipSync(await readFile(join(DIST, 'assets', f)), { level: 9 }).length;
  }
  const contentDir = join(DIST, 'assets', 'content');
  const contentFiles = await readdir(contentDir);
  let content = 0;
  for (const f of contentFiles) content += (await stat(join(contentDir, f))).size;
  const urls = await precachedUrls();
  let size = 0;
  for (const url of urls) size += (await stat(join(DIST, url))).size;
  const kb = (n: number) => Math.round((n / 1024) * 10) / 10;
  return {
    initial_js_gzip_kb: kb(gz),
    all_js_gzip_kb: kb(allGz),
    precache_kb: kb(size),
    precache_entries: urls.length,
    content_kb: kb(content),
    content_files: contentFiles.length,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const f = await measureBudget();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(f));
  } else {
    console.log(
      `initial JS (gzip): ${f.initial_js_gzip_kb} KB (budget ${MAX_INITIAL_JS_GZIP_BYTES / 1024} KB)`,
    );
    console.log(`all app JS (gzip): ${f.all_js_gzip_kb} KB`);
    console.log(
      `precache: ${f.precache_kb} KB in ${f.precache_entries} files (budget ${MAX_PRECACHE_BYTES / 1024} KB)`,
    );
    console.log(
      `learning content: ${f.content_kb} KB in ${f.content_files} files (budget ${MAX_CONTENT_BYTES / 1024} KB)`,
    );
  }
  const failures = [
    f.content_files === 0 && 'no learning content in dist/assets/content',
    f.content_kb * 1024 > MAX_CONTENT_BYTES && 'learning content is over budget',
    f.initial_js_gzip_kb * 1024 > MAX_INITIAL_JS_GZIP_BYTES && 'initial JS is over budget',
    f.precache_kb * 1024 > MAX_PRECACHE_BYTES && 'precache is over budget',
  ].filter(Boolean);
  if (failures.length) {
    console.error(`Budget check failed: ${failures.join('; ')}.`);
    process.exit(1);
  }
}
