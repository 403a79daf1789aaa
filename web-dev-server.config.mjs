// `npm start`: serves demo/ with live TypeScript (esbuild), on localhost.
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
  hostname: 'localhost',
  port: Number(process.env.PORT ?? 8000),
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    // The React example, demo/react/.
    ...reactPlugins('development'),
  ],
};
