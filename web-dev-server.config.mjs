import { mswWorkerMiddleware, plugins } from './web-server.shared.mjs';
import { examplesPlugin } from './scripts/wtr-examples-plugin.mjs';

const port = Number(process.env.PORT ?? 8000);

/** The server prints its root URL first: the root opens the demo (with any ?scenario=… kept), so that URL works too. */
function demoAtRoot(ctx, next) {
  if (ctx.path === '/') {
    ctx.redirect(`/demo/index.html${ctx.search}`);
    return undefined;
  }
  return next();
}

export default {
  rootDir: '.',
  port,
  nodeResolve: true,
  appIndex: 'demo/index.html',
  middleware: [demoAtRoot, mswWorkerMiddleware],
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
