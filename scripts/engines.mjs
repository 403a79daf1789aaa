// The three engines the suite runs in, all from Debian's packages.
import { existsSync } from 'node:fs';

export const ENGINES = {
  chromium: { name: 'chromium', binary: '/usr/bin/chromium' },
  firefox: { name: 'firefox', binary: '/usr/bin/firefox-esr' },
  webkit: {
    name: 'webkit',
    binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    driver: '/usr/bin/WebKitWebDriver',
  },
};

/** `BROWSERS=chromium,firefox` picks engines; unset means all three. */
export function selectedEngines(list) {
  const names = (list ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (names.length === 0) return Object.values(ENGINES);
  return names.map((name) => {
    const engine = ENGINES[name];
    if (!engine) throw new Error(`Unknown browser "${name}"; use ${Object.keys(ENGINES).join(', ')}`);
    return engine;
  });
}

export function missingEngines(engines) {
  return engines.filter((e) => !existsSync(e.binary) || (e.driver && !existsSync(e.driver)));
}
