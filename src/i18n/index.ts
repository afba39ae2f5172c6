/**
 * i18next: Vietnamese by default and bundled with the app shell; English loaded on demand (the
 * service worker precaches it, so switching works offline). The choice is remembered on the
 * device. Components use `useT()` so they re-render on a language switch. A lazily loaded feature
 * with many strings of its own (the reports) brings them with it: `addFeatureStrings`.
 */
import i18next from 'i18next';
import { useEffect, useState } from 'preact/hooks';
import vi from './locales/vi.json';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'hvs.lang';

function savedLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

export const t = i18next.t.bind(i18next);

export function currentLanguage(): Language {
  return i18next.language === 'en' ? 'en' : 'vi';
}

type Strings = Record<string, unknown>;
/** Where a feature's strings are, per language. */
export type FeatureStrings = Record<Language, () => Promise<{ default: Strings }>>;
const features = new Set<FeatureStrings>();

async function addStrings(lang: Language, strings: FeatureStrings): Promise<void> {
  const { default: tree } = await strings[lang]();
  // Deep: a feature may add keys under a namespace the shell has too.
  i18next.addResourceBundle(lang, 'translation', tree, true, false);
}

async function load(lang: Language): Promise<void> {
  if (lang === 'en' && !i18next.hasResourceBundle('en', 'translation')) {
    const { default: en } = await import('./locales/en.json');
    i18next.addResourceBundle('en', 'translation', structuredClone(en), true, false);
  }
  await Promise.all([...features].map((f) => addStrings(lang, f)));
}

/**
 * Adds a feature's strings before its screens render: Vietnamese always (documents are written in
 * Vietnamese whatever the app's language), and English while it is in use or once it is chosen.
 */
export async function addFeatureStrings(strings: FeatureStrings): Promise<void> {
  features.add(strings);
  await addStrings('vi', strings);
  if (currentLanguage() === 'en') await addStrings('en', strings);
}

/** Initialises i18next in the saved language; resolves once its strings are loaded. */
export async function initI18n(): Promise<void> {
  await i18next.init({
    lng: 'vi',
    fallbackLng: 'vi',
    // Copies: features' strings are merged into these trees, never into the imported files.
    resources: { vi: { translation: structuredClone(vi) } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  const saved = savedLanguage();
  if (saved !== 'vi') await setLanguage(saved);
  document.documentElement.lang = i18next.language;
}

export async function setLanguage(lang: Language): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Storage blocked: the switch still works for this visit.
  }
  await load(lang);
  await i18next.changeLanguage(lang);
  document.documentElement.lang = lang;
}

/** The translate function, re-rendering the caller when the language changes. */
export function useT(): typeof t {
  const [, setLang] = useState(i18next.language);
  useEffect(() => {
    const onChange = (lng: string) => setLang(lng);
    i18next.on('languageChanged', onChange);
    return () => i18next.off('languageChanged', onChange);
  }, []);
  return t;
}
