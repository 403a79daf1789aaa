#!/usr/bin/env node
// Runs the browser suite in Chromium, Firefox ESR and WebKitGTK from Debian's packages.
// WebKit's MiniBrowser has no headless mode, so this script gives it a virtual display and
// its own WebKitWebDriver, and stops both when the run ends. No browser is ever downloaded.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync } from 'node:fs';
import { ENGINES, selectedEngines, missingEngines } from './engines.mjs';
import { installMissingBrowsers, installPlan } from './install-browsers.mjs';

const engines = selectedEngines(process.env.BROWSERS);
installMissingBrowsers(installPlan(engines));
const stillMissing = missingEngines(engines);
if (stillMissing.length > 0) {
  console.error(`Still missing after installing: ${stillMissing.map((e) => e.binary).join(', ')}`);
  process.exit(1);
}

const children = [];
function stopChildren() {
  for (const child of children) child.kill('SIGTERM');
}
process.on('exit', stopChildren);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopChildren();
    process.exit(130);
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb and resolves with the display number it chose. */
function startXvfb() {
  return new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    children.push(xvfb);
    xvfb.on('error', reject);
    xvfb.stdout.once('data', (chunk) => resolve(`:${String(chunk).trim()}`));
  });
}

async function waitForPort(port, timeoutMs = 15000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port}`);
}

const env = { ...process.env, BROWSERS: engines.map((e) => e.name).join(',') };
if (engines.some((e) => e.name === 'webkit')) {
  if (!env.DISPLAY) {
    if (!existsSync('/usr/bin/Xvfb')) {
      console.error('WebKit needs a display: apt-get install xvfb xauth');
      process.exit(1);
    }
    env.DISPLAY = await startXvfb();
  }
  const port = await freePort();
  // MiniBrowser inherits the driver's environment: pin it to the suite's home zone, as
  // web-test-runner.config.mjs does for the other engines (HOME_ZONE there). Compositing is
  // off: on a virtual display WebKit composites with Mesa's software GL, and its compositor
  // thread once crashed there (a segfault in swrast_dri.so) and took the session with it.
  // Chromium runs with --disable-gpu for the same reason.
  const driver = spawn(ENGINES.webkit.driver, [`--port=${port}`], {
    stdio: 'ignore',
    env: { ...env, TZ: 'America/Los_Angeles', WEBKIT_DISABLE_COMPOSITING_MODE: '1' },
  });
  children.push(driver);
  await waitForPort(port);
  env.WEBKIT_DRIVER_PORT = String(port);
}

const args = ['--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)];
const runner = spawn(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...args], {
  stdio: 'inherit',
  env,
});
runner.on('exit', (code) => {
  stopChildren();
  process.exit(code ?? 1);
});
