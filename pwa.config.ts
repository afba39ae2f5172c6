/** What the service worker precaches: shared by vite.config.ts and the budget check. */
export const PRECACHE_GLOBS = ['**/*.{js,css,html,svg,png,webmanifest,json}'];
export const MAX_PRECACHE_BYTES = 2 * 1024 * 1024;
export const MAX_INITIAL_JS_GZIP_BYTES = 60 * 1024;
