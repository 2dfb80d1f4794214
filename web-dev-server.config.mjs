import { mswWorkerMiddleware, plugins } from './web-server.shared.mjs';
import { examplesPlugin } from './scripts/wtr-examples-plugin.mjs';

const port = Number(process.env.PORT ?? 8000);

export default {
  rootDir: '.',
  port,
  nodeResolve: true,
  appIndex: 'demo/index.html',
  middleware: [mswWorkerMiddleware],
  plugins: [
    examplesPlugin(),
    ...plugins,
    {
      name: 'print-demo-url',
      serverStart() {
        setTimeout(() => console.log(`\n  Demo: http://localhost:${port}/demo/index.html  (try ?scenario=large or ?element=crm-user-import)\n`), 50);
      },
    },
  ],
};
