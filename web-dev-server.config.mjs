// `npm start`: serves demo/ with live TypeScript (esbuild), on 127.0.0.1 (HOST to change it).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { reactPlugins } from './scripts/react-plugins.mjs';

export default {
  rootDir: '.',
  nodeResolve: { exportConditions: ['development'] },
  // The demo's pages use paths relative to demo/, so the root redirects there rather than
  // serving demo/index.html in its place.
  middleware: [
    function demoAtRoot(context, next) {
      if (context.path === '/') return context.redirect('/demo/index.html');
      return next();
    },
  ],
  open: false,
  watch: true,
  // Loopback only: the demo is not for the network unless asked, e.g. HOST=0.0.0.0 npm start.
  hostname: process.env.HOST || '127.0.0.1',
  port: Number(process.env.PORT ?? 8000),
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    // The React example, demo/react/.
    ...reactPlugins('development'),
  ],
};
