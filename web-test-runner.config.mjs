// Browser tests in three real engines from Debian's packages (see scripts/test.mjs, which
// starts the WebKit driver and a virtual display, and README "Tests").
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { ENGINES, selectedEngines } from './scripts/engines.mjs';
import { cspMiddleware, faultsMiddleware, faultsPlugin, hostedAloneMiddleware, mediaMiddleware } from './test/server/middleware.mjs';
import { csvAnswersMiddleware, googleSheetsMiddleware } from './test/server/google-sheets.mjs';
import { reactPlugins } from './scripts/react-plugins.mjs';

// Every browser runs in a pinned time zone, never the machine's; the time-zone group below
// runs the date tests again in zones on both sides of UTC and across the date line.
const HOME_ZONE = 'America/Los_Angeles';
const OTHER_ZONES = ['Asia/Tokyo', 'Pacific/Kiritimati', 'Europe/London'];

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // test/system/many-and-leaks.test.ts forces collections to check that removed elements are freed.
  '--js-flags=--expose-gc',
];

function chromium(timeZone) {
  return chromeLauncher({
    launchOptions: {
      executablePath: ENGINES.chromium.binary,
      headless: true,
      args: CHROMIUM_ARGS,
      env: { ...process.env, TZ: timeZone },
    },
  });
}

function firefox(timeZone) {
  return chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: {
      browser: 'firefox',
      executablePath: ENGINES.firefox.binary,
      headless: true,
      env: { ...process.env, TZ: timeZone },
    },
  });
}

function webkit() {
  return webdriverLauncher({
    automationProtocol: 'webdriver',
    hostname: '127.0.0.1',
    port: Number(process.env.WEBKIT_DRIVER_PORT),
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': {
        binary: ENGINES.webkit.binary,
        args: ['--automation'],
      },
    },
  });
}

const LAUNCHERS = { chromium, firefox, webkit };
const engines = selectedEngines(process.env.BROWSERS).map((e) => e.name);
const zoneEngines = engines.filter((name) => name !== 'webkit');

// Date tests named `*.tz.test.ts`, in whichever folder of test/ they live.
const TZ_TESTS = 'test/**/*.tz.test.ts';

/**
 * `executeServerCommand('emulate-forced-colors', { active })`: Windows high-contrast mode, where
 * the engine can emulate it (Chromium, through the DevTools protocol: puppeteer's own
 * `emulateMediaFeatures` refuses `forced-colors`). Answers false elsewhere.
 */
const devtoolsSessions = new WeakMap();

/** A plugin answering `command` by one DevTools protocol call in Chromium, and false elsewhere. */
function devtoolsCommand(command, call) {
  return {
    name: command,
    async executeCommand({ command: asked, payload, session }) {
      if (asked !== command) return undefined;
      if (session.browser.type !== 'puppeteer') return false;
      try {
        // An emulation lasts as long as the protocol session that set it: one is kept per page.
        const page = session.browser.getPage(session.id);
        const client = devtoolsSessions.get(page) ?? (await page.createCDPSession());
        devtoolsSessions.set(page, client);
        await call(client, payload);
        return true;
      } catch {
        return false;
      }
    },
  };
}

const forcedColorsPlugin = devtoolsCommand('emulate-forced-colors', (client, payload) =>
  client.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] }),
);

/**
 * `executeServerCommand('page-scale', { scale })`: the page pinch-zoomed by the reader (Chromium,
 * through the DevTools protocol); `scrollIntoView` then moves the visual viewport within the
 * layout one. Answers false elsewhere.
 */
/**
 * `executeServerCommand('touch', { type, points })`: a real finger (Chromium, through the DevTools
 * protocol): `type` is touchStart, touchMove or touchEnd, `points` `[x, y]` in the page's pixels.
 * Touch and pointer events follow, as from a touch screen. Answers false elsewhere.
 */
const touchPlugin = devtoolsCommand('touch', (client, { type, points }) =>
  client.send('Input.dispatchTouchEvent', { type, touchPoints: points.map(([x, y]) => ({ x, y })) }),
);

const pageScalePlugin = devtoolsCommand('page-scale', (client, payload) => client.send('Emulation.setPageScaleFactor', { pageScaleFactor: payload?.scale ?? 1 }));

/**
 * `executeServerCommand('accessibility-tree')`: what a screen reader is given, as Chromium's
 * accessibility tree (the DevTools protocol), a list of `{ role, name }` of the nodes it does not
 * ignore; null where the engine offers no such tree to a test (Firefox, WebKit).
 */
const accessibilityTreePlugin = {
  name: 'accessibility-tree',
  async executeCommand({ command, session }) {
    if (command !== 'accessibility-tree') return undefined;
    if (session.browser.type !== 'puppeteer') return false;
    try {
      const client = await session.browser.getPage(session.id).createCDPSession();
      const { nodes } = await client.send('Accessibility.getFullAXTree');
      await client.detach();
      return nodes.filter((node) => !node.ignored).map((node) => ({ role: node.role?.value, name: node.name?.value }));
    } catch {
      return false;
    }
  },
};

export default {
  // Grouped by what they check: test/unit/ (pure modules, no element), test/element/ (the element
  // as a reader uses it), test/security/ (hostile input, strict CSP, broken servers), test/system/
  // (the bundle, pages, manifest, React, many elements). Shared helpers are in test/support/;
  // test/node/ runs under `node --test`, not here.
  files: ['test/{unit,element,security,system}/**/*.test.ts'],
  // The production build of Lit, as readers get it (and no dev-mode warning in every log).
  nodeResolve: { exportConditions: ['production'] },
  rootDir: '.',
  // test/security/csp.test.ts's page under a strict CSP, test/security/network-faults.test.ts's broken servers,
  // test/element/element-media.test.ts's counted pictures, the bundle hosted without its chunks
  // (test/system/bundle.test.ts), and a server that answers like Google Sheets (test/element/element-csv.test.ts).
  middleware: [cspMiddleware, faultsMiddleware, mediaMiddleware, hostedAloneMiddleware, googleSheetsMiddleware, csvAnswersMiddleware],
  plugins: [
    forcedColorsPlugin,
    pageScalePlugin,
    touchPlugin,
    accessibilityTreePlugin,
    faultsPlugin(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    // test/system/react.test.ts renders the React example (demo/react/).
    ...reactPlugins('production'),
  ],
  browsers: engines.map((name) => LAUNCHERS[name](HOME_ZONE)),
  groups: OTHER_ZONES.map((zone) => ({
    name: `tz-${zone.replace('/', '-')}`,
    files: TZ_TESTS,
    browsers: zoneEngines.map((name) => LAUNCHERS[name](zone)),
  })),
  // The element logs every document's problems for editors (src/element/problem-report.ts); the
  // suite loads broken documents on purpose, so those lines are not test output.
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].startsWith('news-timeline: ')),
  testFramework: { config: { timeout: 10000 } },
  // test/setup/benign-errors.js runs before the framework on every page, and
  // test/setup/readable-failures.js before the tests.
  testRunnerHtml: (testFramework) =>
    `<html><body><script type="module" src="/test/setup/benign-errors.js"></script><script type="module" src="/test/setup/readable-failures.js"></script><script type="module" src="${testFramework}"></script></body></html>`,
  browserStartTimeout: 60000,
  testsFinishTimeout: 180000,
  concurrency: 1,
};
