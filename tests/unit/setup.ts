import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/preact';
import { afterEach, beforeAll } from 'vitest';
import { initI18n } from '../../src/i18n';

beforeAll(async () => {
  await initI18n();
});

afterEach(() => {
  cleanup();
});
