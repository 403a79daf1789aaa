// A tiny static file server for the benchmark pages, on 127.0.0.1 only (node:http, no
// dependency). It serves a few folders of the repository and nothing else.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
};

/** What the pages may load, relative to the repository root. */
const ALLOWED = ['bench/', 'dist/', 'data/', 'node_modules/vis-timeline/', 'node_modules/@knight-lab/timelinejs/'];

/**
 * Starts the server; resolves to `{ origin, close() }`. `generated` maps a path (no leading
 * slash) to a JSON body made in memory, for data too large to keep in the repository.
 */
export function startServer(root, generated = new Map()) {
  const server = createServer((request, response) => {
    let path;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname).replace(/^\/+/, '');
    } catch {
      response.writeHead(400).end();
      return;
    }
    const body = generated.get(path);
    if (body && request.method === 'GET') {
      response.writeHead(200, { 'content-type': TYPES['.json'], 'content-length': body.length, 'cache-control': 'no-store' });
      response.end(body);
      return;
    }
    const file = normalize(join(root, path));
    const inside = file.startsWith(root + sep) && ALLOWED.some((prefix) => path.startsWith(prefix)) && !path.includes('..');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405).end();
      return;
    }
    let size;
    try {
      if (!inside) throw new Error('outside');
      const stat = statSync(file);
      if (!stat.isFile()) throw new Error('not a file');
      size = stat.size;
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': size,
      'cache-control': 'no-store',
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(file).on('error', () => response.destroy()).pipe(response);
  });
  const sockets = new Set();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((done) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
