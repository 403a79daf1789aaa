#!/usr/bin/env node
// `npm start`: the demo on the dev server, on loopback only (127.0.0.1) unless HOST names another
// address (HOST=0.0.0.0 for every interface). Told 127.0.0.1 or localhost, wds leaves the host
// out and so listens on every interface, and prints a "Network" address either way: this puts it
// on the address asked for before saying where it is. It stops on SIGTERM as on Ctrl+C, and the
// npm script execs it, so stopping `npm start` by its process id stops the server.
import { startDevServer } from '@web/dev-server';

const server = await startDevServer({
  argv: [process.argv[0], process.argv[1], '--config', 'web-dev-server.config.mjs'],
  logStartMessage: false,
});
const { hostname, port } = server.config;
const http = server.server;

const address = http.address();
const everywhere = address.address === '::' || address.address === '0.0.0.0';
if (everywhere && hostname !== '::' && hostname !== '0.0.0.0') {
  // Nothing can be connected yet: the page is not open. Close and listen again, on the host.
  await new Promise((resolve) => http.close(resolve));
  await new Promise((resolve, reject) => {
    http.once('error', reject);
    http.listen({ host: hostname, port }, resolve);
  });
}

const shown = hostname.includes(':') ? `[${hostname}]` : hostname;
console.log(`The demo: http://${shown}:${port}/demo/index.html (on ${hostname} only; HOST=0.0.0.0 to serve the network)`);

let stopping = false;
for (const signal of ['SIGTERM', 'SIGHUP']) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    await server.stop();
    process.exit(0);
  });
}
