// The test browsers come from Debian's packages. As root (CI, a fresh machine) `npm test`
// installs the missing ones itself, after saying what it will install and why; anyone else is
// told the one command that does it.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { missingEngines } from './engines.mjs';

/** Debian's packages for each engine; WebKit's MiniBrowser also needs a virtual display. */
const PACKAGES = {
  chromium: ['chromium'],
  firefox: ['firefox-esr'],
  webkit: ['webkit2gtk-driver', 'xvfb', 'xauth'],
};
const DISPLAY_PACKAGES = ['xvfb', 'xauth'];

/** What is missing for the wanted engines, and the packages that bring it. */
export function installPlan(wanted, { hasDisplay = Boolean(process.env.DISPLAY), fileExists = existsSync, missing = missingEngines(wanted) } = {}) {
  const needsDisplay = wanted.some((e) => e.name === 'webkit') && !hasDisplay && !fileExists('/usr/bin/Xvfb');
  const packages = new Set(missing.flatMap((e) => PACKAGES[e.name]));
  if (needsDisplay) DISPLAY_PACKAGES.forEach((p) => packages.add(p));
  const what = missing.map((e) => `${e.name} (${e.binary})`);
  if (needsDisplay) what.push('a virtual display for WebKit (Xvfb)');
  return { what, packages: [...packages] };
}

/**
 * Installs what `plan` names, announcing it first. `run` and `log` stand in for the shell and
 * the console in tests; `isRoot` says whether apt-get may run.
 */
export function installMissingBrowsers(plan, { isRoot = process.getuid?.() === 0, run = runCommand, log = console.log, fail = failWith } = {}) {
  if (plan.packages.length === 0) return;
  const install = ['apt-get', 'install', '-y', '--no-install-recommends', ...plan.packages];
  const why =
    "The browser tests run in Debian's own Chromium, Firefox ESR and WebKitGTK (never a downloaded browser), " +
    `and this machine lacks: ${plan.what.join(', ')}.`;
  if (!isRoot) {
    fail(`${why}\nInstall them from Debian with:\n  sudo apt-get update && sudo ${install.join(' ')}\n` +
      'or run only the installed ones, e.g. BROWSERS=chromium npm test');
    return;
  }
  log(
    `${why}\nRunning as root, so npm test installs them now from Debian's packages ` +
      `(${plan.packages.join(', ')}; up to about 900 MB with their libraries), with:\n` +
      `  apt-get update && ${install.join(' ')}\n` +
      'To install them yourself instead, stop now (Ctrl+C); to use only the browsers you have, e.g. BROWSERS=chromium npm test.',
  );
  run(['apt-get', 'update', '-q']);
  run([...install, '-q']);
}

function runCommand([command, ...args]) {
  execFileSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

function failWith(message) {
  console.error(message);
  process.exit(1);
}
