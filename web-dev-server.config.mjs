// `npm start`: serves demo/ with live TypeScript (esbuild), on localhost.
import { esbuildPlugin } from '@web/dev-server-esbuild';

export default {
  rootDir: '.',
  nodeResolve: { exportConditions: ['development'] },
  appIndex: 'demo/index.html',
  open: false,
  watch: true,
  hostname: 'localhost',
  port: Number(process.env.PORT ?? 8000),
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
};
