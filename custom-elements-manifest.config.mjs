// npm run manifest: custom-elements.json from the elements' JSDoc (@tag, @summary, @fires, @csspart,
// @cssproperty) and their static properties.

/** Every element also has the store-host properties it spreads in from shared/host-properties.ts. */
function storeHostMembers() {
  const members = [
    { kind: 'field', name: 'store', privacy: 'public', type: { text: 'IntegrationStore | undefined' },
      description: 'A store to use; wins over a provider above and over `backend` / `api-base`.' },
    { kind: 'field', name: 'backend', privacy: 'public', type: { text: 'PartialBackend | undefined' },
      description: 'An object implementing the backend operations this element uses (your own adapter or an HttpBackend).' },
    { kind: 'field', name: 'apiBase', privacy: 'public', type: { text: 'string | undefined' }, attribute: 'api-base', reflects: true,
      description: 'Base URL of a server implementing the REST contract (openapi/openapi.json).' },
    { kind: 'field', name: 'locale', privacy: 'public', type: { text: 'string | undefined' }, attribute: 'locale', reflects: true,
      description: 'Language of every element of the page: `en`, `de` or `ja` (a BCP 47 tag such as `de-AT` works). '
        + 'The page-wide locale: the latest of this attribute on any element, `setLocale()` or a change of `<html lang>` wins.' },
  ];
  return {
    name: 'store-host-members',
    packageLinkPhase({ customElementsManifest }) {
      // The analyzer's module order can vary between runs: sort, so CI can diff the file.
      customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (!decl.customElement) continue;
          // Internal reactive state (`_name`, `{ state: true }`) and events the analyzer could not name are not API.
          decl.members = (decl.members ?? []).filter((m) => !m.name.startsWith('_') && !m.name.startsWith('#'));
          decl.events = (decl.events ?? []).filter((e) => e.name);
          decl.members = [...members, ...decl.members.filter((x) => !members.some((m) => m.name === x.name))];
          decl.attributes = [
            { name: 'api-base', fieldName: 'apiBase', type: { text: 'string | undefined' }, description: members[2].description },
            { name: 'locale', fieldName: 'locale', type: { text: 'string | undefined' }, description: members[3].description },
            ...(decl.attributes ?? []).filter((a) => a.name !== 'api-base' && a.name !== 'locale' && !a.name.startsWith('_')),
          ];
        }
      }
    },
  };
}

export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/elements/shared/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [storeHostMembers()],
};
