// Fails early, with the fix, when the Chromium that end-to-end tests drive is missing.
// Tests never download a browser: they use Debian's chromium (or CHROMIUM_PATH).
import { accessSync, constants } from 'node:fs';

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
try {
  accessSync(path, constants.X_OK);
} catch {
  console.error(
    `Chromium was not found at ${path}.\n` +
      'End-to-end tests run in a real Chromium and never download one. Install it with:\n' +
      '  apt-get install -y chromium\n' +
      'or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
  );
  process.exit(1);
}
