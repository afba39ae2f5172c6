import { useEffect, useState } from 'preact/hooks';
import { type LoadedModule, loadModule } from '../../content/load';
import { isModuleCode } from '../../core/curriculum';
import { currentLanguage, useT } from '../../i18n';

/** A module's newest version in the app's language; null when there is no such module. */
export function useModule(code: string): LoadedModule | null | undefined {
  useT(); // re-render, and so reload, on a language switch
  const lang = currentLanguage();
  const [loaded, setLoaded] = useState<{ key: string; module: LoadedModule | null }>();
  const key = `${code}/${lang}`;
  useEffect(() => {
    let live = true;
    const load = isModuleCode(code) ? loadModule(code, lang) : Promise.resolve(null);
    void load
      .catch(() => null)
      .then((module) => {
        if (live) setLoaded({ key, module });
      });
    return () => {
      live = false;
    };
  }, [key]);
  return loaded?.key === key ? loaded.module : undefined;
}
