// `npm test` on a fresh machine: it says what it will install and why before apt-get runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ENGINES } from '../../scripts/engines.mjs';
import { installMissingBrowsers, installPlan } from '../../scripts/install-browsers.mjs';

const ALL = Object.values(ENGINES);

test('as root, it announces the missing browsers, the packages and the command before running apt-get', () => {
  const plan = installPlan(ALL, { missing: [ENGINES.firefox, ENGINES.webkit], hasDisplay: false, fileExists: () => false });
  assert.deepEqual(plan.packages, ['firefox-esr', 'webkit2gtk-driver', 'xvfb', 'xauth']);
  const steps = [];
  installMissingBrowsers(plan, {
    isRoot: true,
    log: (message) => steps.push({ said: message }),
    run: (command) => steps.push({ ran: command.join(' ') }),
    fail: (message) => assert.fail(message),
  });
  assert.equal(steps.length, 3);
  const [{ said }, update, install] = steps;
  assert.match(said, /firefox \(\/usr\/bin\/firefox-esr\)/, 'names what is missing');
  assert.match(said, /webkit \(/);
  assert.match(said, /never a downloaded browser/, 'says why');
  assert.match(said, /apt-get install -y --no-install-recommends firefox-esr webkit2gtk-driver xvfb xauth/, 'shows the command');
  assert.equal(update.ran, 'apt-get update -q');
  assert.match(install.ran, /^apt-get install -y --no-install-recommends firefox-esr webkit2gtk-driver xvfb xauth/);
});

test('without root, it prints the command to run and installs nothing', () => {
  const plan = installPlan([ENGINES.chromium], { missing: [ENGINES.chromium] });
  let failure = '';
  installMissingBrowsers(plan, {
    isRoot: false,
    log: () => assert.fail('nothing to announce'),
    run: () => assert.fail('must not install'),
    fail: (message) => (failure = message),
  });
  assert.match(failure, /sudo apt-get install -y --no-install-recommends chromium\b/);
});

test('with every browser present, it says and does nothing', () => {
  const plan = installPlan(ALL, { missing: [], hasDisplay: true });
  assert.deepEqual(plan.packages, []);
  installMissingBrowsers(plan, { isRoot: true, log: () => assert.fail('silent'), run: () => assert.fail('no install') });
});
