/**
 * Fetches module versions the server published after this app was built, in the background when
 * online, so a new lesson reaches the village without an app update. A package is kept only if it
 * is newer than what the phone has and passes the shared schema and structure checks; anything
 * else (a broken file, a cut download) is ignored and the module the phone has stays in use.
 */
import { moduleMetas } from '../content/load';
import { isCompletePackage, modulePackageSchema } from '../core/content';
import { contentManifestSchema } from '../core/wire';
import { storePackage } from '../db/content-packages';
import { requestJson } from './http';

/** Answers the codes of the modules updated on this phone. */
export async function updateContent(): Promise<string[]> {
  const manifest = await requestJson('/api/content', contentManifestSchema);
  const have = new Map((await moduleMetas()).map((m) => [m.code, m.version]));
  const updated: string[] = [];
  for (const { code, version } of manifest.modules) {
    if (version <= (have.get(code) ?? 0)) continue;
    try {
      const pkg = await requestJson(`/api/content/${code}`, modulePackageSchema);
      if (pkg.meta.code !== code || !isCompletePackage(pkg)) continue;
      await storePackage({ ...pkg, code });
      updated.push(code);
    } catch {
      // A module that fails to download or parse is skipped; the next sync tries again.
    }
  }
  return updated;
}
