import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/preact';
import { afterEach, beforeAll } from 'vitest';
import { loadReportStrings } from '../../src/features/reports/strings';
import { initI18n } from '../../src/i18n';

beforeAll(async () => {
  await initI18n();
  // As the reports screens do when they load.
  await loadReportStrings();
});

afterEach(() => {
  cleanup();
});
