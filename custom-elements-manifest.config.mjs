// npm run manifest: custom-elements.json from the elements' JSDoc (@summary, @fires, @csspart, @cssproperty)
// and their static properties.
export default {
  globs: ['src/elements/**/*.ts', 'src/register/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
