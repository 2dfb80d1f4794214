// npm run manifest: custom-elements.json from the elements' JSDoc (@tag, @summary, @fires, @csspart,
// @cssproperty) and their static properties.
import { eventTypes } from './scripts/event-types.mjs';

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
          decl.events = typedEvents(decl, (decl.events ?? []).filter((e) => e.name));
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

/**
 * An element's events are its `@fires` tags, each typed from its class in src/events/ (the class,
 * and `detailType`: the detail's shape, for docs/api.md). The analyzer also reports the events it
 * sees dispatched, naming them after the constructor's first argument (`new ZpPortalSavedEvent(portal)`
 * became an event "portal"): those are dropped, but one whose class no `@fires` tag names fails
 * the run, and so does a `@fires` name no event class has.
 */
function typedEvents(decl, events) {
  const known = eventTypes();
  const fired = events.filter((e) => e.description !== undefined);
  for (const e of fired) {
    if (!known.has(e.name)) throw new Error(`${decl.name}: @fires ${e.name}, but no class in src/events/ has that eventName`);
  }
  for (const e of events.filter((x) => x.description === undefined)) {
    const entry = [...known].find(([, t]) => t.className === e.type?.text);
    if (entry && !fired.some((f) => f.name === entry[0])) throw new Error(`${decl.name} dispatches ${entry[0]} without a @fires tag`);
  }
  return fired.map((e) => {
    const { className, module, detail } = known.get(e.name);
    return {
      name: e.name, description: e.description,
      type: { text: className, references: [{ name: className, module }] },
      detailType: { text: detail },
    };
  });
}

export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/elements/shared/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [storeHostMembers()],
};
