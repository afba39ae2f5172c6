/**
 * The reports' strings (dashboard, annual report, commendations): kept out of the app shell and
 * added when a reports screen first loads (see src/i18n `addFeatureStrings`).
 */
import { addFeatureStrings, type FeatureStrings } from '../../i18n';

const reportStrings: FeatureStrings = {
  vi: () => import('./locales/vi.json'),
  en: () => import('./locales/en.json'),
};

export const loadReportStrings = (): Promise<void> => addFeatureStrings(reportStrings);

/** `load` of a reports screen's module, its strings added before it renders. */
export const withReportStrings =
  <M>(load: () => Promise<M>) =>
  async (): Promise<M> => {
    const [module] = await Promise.all([load(), loadReportStrings()]);
    return module;
  };
