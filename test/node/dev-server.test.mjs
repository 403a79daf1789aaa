// `npm start` serves the demo on loopback only, and stops with its parent.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { connect, createServer } from 'node:net';
import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const started = [];
after(() => {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

/** Starts a command in the project and resolves once it has printed where the demo is. */
async function start(command, args, port) {
  const env = { ...process.env, PORT: String(port), npm_config_update_notifier: 'false' };
  delete env.HOST;
  const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(child);
  let output = '';
  await new Promise((done, fail) => {
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes('The demo: ')) done();
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => fail(new Error(`exited (${code}) before serving:\n${output}`)));
  });
  return child;
}

/** Resolves true when something accepts a TCP connection at host:port, false when refused. */
function answers(host, port) {
  return new Promise((done) => {
    const socket = connect({ host, port });
    socket.setTimeout(5000);
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
    socket.once('timeout', () => {
      socket.destroy();
      done(false);
    });
  });
}

/** An address of this machine other than loopback, if it has one. */
function otherAddress() {
  for (const addresses of Object.values(networkInterfaces())) {
    for (const a of addresses ?? []) if (!a.internal && a.family === 'IPv4') return a.address;
  }
  return undefined;
}

test('the dev server answers on 127.0.0.1 and not on another interface', { timeout: 120_000 }, async (t) => {
  const port = await freePort();
  const server = await start(process.execPath, ['scripts/start.mjs'], port);
  try {
    const response = await fetch(`http://127.0.0.1:${port}/`, { redirect: 'manual' });
    assert.equal(response.headers.get('location'), '/demo/index.html', 'the root leads to the demo');
    const other = otherAddress();
    if (!other) {
      t.skip('this machine has no network interface besides loopback');
      return;
    }
    assert.equal(await answers(other, port), false, `nothing answers on ${other}:${port}`);
  } finally {
    server.kill('SIGTERM');
    await once(server, 'exit');
  }
  assert.equal(await answers('127.0.0.1', port), false, 'SIGTERM stopped it');
});

test('stopping `npm start` by its process id stops the server too', { timeout: 120_000 }, async () => {
  const port = await freePort();
  const npm = await start('npm', ['start', '--silent'], port);
  assert.equal(await answers('127.0.0.1', port), true);
  npm.kill('SIGTERM');
  await once(npm, 'exit');
  // npm hands the signal to the server and exits; the server's port closes with it.
  let open = true;
  for (let tries = 0; open && tries < 50; tries++) {
    open = await answers('127.0.0.1', port);
    if (open) await new Promise((r) => setTimeout(r, 100));
  }
  assert.equal(open, false, 'the server stopped with npm');
});
