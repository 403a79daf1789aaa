// Test-server middleware for the reliability and security suite (web-test-runner.config.mjs
// installs it): a strict Content-Security-Policy on test/pages/csp.html (test/security/csp.test.ts),
// the broken servers of test/security/network-faults.test.ts under /__faults/…, and the pictures of
// test/element/element-media.test.ts under /__media/…, which count their requests. Node only.
import { readFile } from 'node:fs/promises';

/**
 * The policy a careful publisher serves: no inline script or style, no plugins, pictures from
 * its own origin (and blob:, which toPNG() needs), no frames from anywhere else.
 */
export const STRICT_CSP = "script-src 'self'; style-src 'self'; img-src 'self' blob:; frame-src 'self'; object-src 'none'";

const CSP_PAGES = new Set(['/test/pages/csp.html']);

/** Serves the CSP test pages with the strict policy. */
export async function cspMiddleware(context, next) {
  await next();
  if (CSP_PAGES.has(context.path)) {
    context.set('Content-Security-Policy', STRICT_CSP);
    context.set('Cache-Control', 'no-store');
  }
}

/**
 * The bundle as a CMS hosts it: /alone/news-timeline.bundle.js is dist's bundle, and nothing
 * else is there (its chunks answer 404), as when only the one file was uploaded.
 */
export async function hostedAloneMiddleware(context, next) {
  if (!context.path.startsWith('/alone/')) return next();
  if (context.path !== '/alone/news-timeline.bundle.js') {
    context.status = 404;
    return undefined;
  }
  context.url = '/dist/news-timeline.bundle.js';
  return next();
}

/** A small valid document; `id` makes it distinct (its title and single event say which). */
export function faultDocument(id) {
  return {
    title: `Document ${id}`,
    events: [
      { id: `event-${id}`, title: `Event of document ${id}`, start: '2018-06-12' },
      { id: `other-${id}`, title: `Second event of document ${id}`, start: '2019-02-27' },
    ],
  };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A response that never finishes must not outlive this: the socket is destroyed after it. */
const HANG_LIMIT_MS = 10_000;
const hanging = new Set();

function json(context, body, status = 200) {
  context.status = status;
  context.set('Cache-Control', 'no-store');
  context.type = 'application/json';
  context.body = JSON.stringify(body);
}

/**
 * /__faults/404, /500, /not-json, /empty, /slow (1.5 s, then valid JSON), /hang (headers and
 * part of a body, then nothing), /redirect (302 to /__faults/ok), /ok, and
 * /delay?ms=…&id=… (a distinct small document per id, after `ms`).
 */
export async function faultsMiddleware(context, next) {
  if (!context.path.startsWith('/__faults/')) return next();
  const fault = context.path.slice('/__faults/'.length);
  switch (fault) {
    case '404': {
      // Written by hand once the runner's own middleware has looked at the status: otherwise it
      // lists this deliberate 404 among the page's missing files in every run's output.
      context.status = 200;
      context.respond = false;
      const { res } = context;
      setImmediate(() => {
        res.writeHead(404, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' });
        res.end('Not found');
      });
      return;
    }
    case '500':
      context.status = 500;
      context.type = 'text/html';
      context.body = '<h1>Internal Server Error</h1>';
      return;
    case 'not-json':
      context.status = 200;
      context.type = 'application/json';
      context.body = '<!doctype html><title>Oops</title><p>This is a login page, not JSON.';
      return;
    case 'empty':
      context.status = 200;
      context.type = 'application/json';
      context.body = '';
      return;
    case 'ok':
      json(context, faultDocument('ok'));
      return;
    case 'slow':
      await sleep(1500);
      json(context, faultDocument('slow'));
      return;
    case 'redirect':
      context.status = 302;
      context.set('Cache-Control', 'no-store');
      context.redirect('/__faults/ok');
      return;
    case 'delay': {
      const ms = Math.min(Math.max(Number(context.query.ms) || 0, 0), 5000);
      const id = String(context.query.id ?? 'x').replace(/[^A-Za-z0-9_-]/g, '').slice(0, 40) || 'x';
      await sleep(ms);
      json(context, faultDocument(id));
      return;
    }
    case 'hang': {
      // Koa steps aside; the response is written by hand and never ended.
      context.respond = false;
      const { res, req } = context;
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      res.write('{"title": "Never finished", "events": [');
      const socket = req.socket;
      hanging.add(socket);
      const timer = setTimeout(() => socket.destroy(), HANG_LIMIT_MS);
      timer.unref();
      socket.once('close', () => {
        clearTimeout(timer);
        hanging.delete(socket);
      });
      return;
    }
    default:
      context.status = 404;
      context.body = `No fault named ${fault}`;
  }
}

/** Destroys unfinished responses when the test server stops, so it never waits for them. */
export function faultsPlugin() {
  return {
    name: 'news-timeline-faults',
    serverStop() {
      for (const socket of hanging) socket.destroy();
      hanging.clear();
    },
  };
}

const PICTURE = new URL('../fixtures/media/harbour.png', import.meta.url);
/** Requests for /__media/picture.png per `key`; a test uses a key of its own. */
const pictureRequests = new Map();

/**
 * /__media/picture.png?key=…&delay=… (test/fixtures/media/harbour.png, counted per key, after
 * `delay` ms), /__media/requests?key=… (that count, as JSON), and /__media/not-a-picture.png
 * (text served as a PNG, which no browser can decode).
 */
export async function mediaMiddleware(context, next) {
  if (!context.path.startsWith('/__media/')) return next();
  const key = String(context.query.key ?? '').slice(0, 80);
  context.set('Cache-Control', 'no-store');
  switch (context.path.slice('/__media/'.length)) {
    case 'picture.png': {
      pictureRequests.set(key, (pictureRequests.get(key) ?? 0) + 1);
      await sleep(Math.min(Math.max(Number(context.query.delay) || 0, 0), 2000));
      context.type = 'image/png';
      context.body = await readFile(PICTURE);
      return;
    }
    case 'requests':
      json(context, { count: pictureRequests.get(key) ?? 0 });
      return;
    case 'not-a-picture.png':
      context.type = 'image/png';
      context.body = 'This is not a picture.';
      return;
    default:
      context.status = 404;
      context.body = 'No such media';
  }
}
