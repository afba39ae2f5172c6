/**
 * The modules shipped with the app. Metas and picture URLs are small and listed at once; each
 * module's text is its own chunk per language, fetched when opened (and precached by the service
 * worker with the rest of the app, so every module opens offline after the first visit).
 */
import {
  type ContentLanguage,
  type ModuleMeta,
  type ModuleText,
  moduleMetaSchema,
} from '../core/content';
import type { ModuleCode } from '../core/curriculum';

const metas = import.meta.glob<unknown>('./modules/*/meta.json', {
  eager: true,
  import: 'default',
});
const texts = import.meta.glob<ModuleText>(['./modules/*/vi.json', './modules/*/en.json'], {
  import: 'default',
});
const images = import.meta.glob<string>('./modules/*/*.svg', {
  eager: true,
  query: '?url',
  import: 'default',
});

/** The bundled modules' metas, in module order (validated by tests/unit/content.test.ts). */
export const bundledMetas: ModuleMeta[] = Object.values(metas)
  .map((m) => moduleMetaSchema.parse(m))
  .sort((a, b) => a.code.localeCompare(b.code));

export function loadBundledText(code: ModuleCode, lang: ContentLanguage): Promise<ModuleText> {
  const load = texts[`./modules/${code}/${lang}.json`];
  if (!load) return Promise.reject(new Error(`no bundled text for ${code}/${lang}`));
  return load();
}

export const bundledImageUrl = (code: ModuleCode, file: string): string | undefined =>
  images[`./modules/${code}/${file}`];
