/**
 * Which version of a module this phone uses: the one bundled with the app, or a newer one the
 * server published later (downloaded by src/sync/content-updates.ts into IndexedDB), whichever has
 * the higher version. Pictures of a downloaded module are shown from their SVG text.
 */
import type { ContentLanguage, ModuleMeta, ModuleText } from '../core/content';
import type { ModuleCode } from '../core/curriculum';
import { downloadedPackages, getDownloadedPackage } from '../db/content-packages';
import { bundledImageUrl, bundledMetas, loadBundledText } from './bundled';

export interface LoadedModule {
  meta: ModuleMeta;
  text: ModuleText;
  imageUrl: (file: string) => string | undefined;
}

/** Every module's meta, the newest version of each. */
export async function moduleMetas(): Promise<ModuleMeta[]> {
  const downloaded = new Map((await downloadedPackages()).map((p) => [p.code, p.meta]));
  return bundledMetas.map((m) => {
    const d = downloaded.get(m.code);
    return d && d.version > m.version ? d : m;
  });
}

const svgUrl = (svg: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

export async function loadModule(code: ModuleCode, lang: ContentLanguage): Promise<LoadedModule> {
  const bundled = bundledMetas.find((m) => m.code === code);
  const downloaded = await getDownloadedPackage(code);
  if (downloaded && (!bundled || downloaded.meta.version > bundled.version)) {
    const images = downloaded.images;
    return {
      meta: downloaded.meta,
      text: downloaded.text[lang],
      imageUrl: (file) => (images[file] === undefined ? undefined : svgUrl(images[file])),
    };
  }
  if (!bundled) throw new Error(`unknown module ${code}`);
  return {
    meta: bundled,
    text: await loadBundledText(code, lang),
    imageUrl: (file) => bundledImageUrl(code, file),
  };
}
