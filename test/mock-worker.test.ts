/**
 * The MSW worker as this project serves it (web-server.shared.mjs): a frame that has not started
 * MSW itself is never answered by another page's fake server. Unpatched, MSW hands such a request
 * to any visible page running MSW — with two test windows open, often the other file's window,
 * whose closing leaves the request hanging for good.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { fakeServer } from './helpers.js';
import { openFrame } from './examples/frame.js';

describe('MSW worker served to the tests and the demo', () => {
  it('answers this page from its fake server, and a frame without MSW of its own from the network', async () => {
    const { worker } = await fakeServer('fresh');
    // This page's fake server answers for a file the dev server also has.
    const PROBE = '/test/setup/blank.html';
    worker.use(http.get(PROBE, () => HttpResponse.text('from this page’s fake server')));
    expect(await (await fetch(PROBE)).text()).to.equal('from this page’s fake server');

    const frame = await openFrame('/test/setup/blank.html?frame');
    try {
      const theirs = await (frame.contentWindow as Window & typeof globalThis).fetch(PROBE);
      expect(await theirs.text(), 'the frame gets the real file').to.contain('<title>Blank frame</title>');
    } finally {
      frame.remove();
    }
  });

  it('serves the worker with both patches, or fails loudly when MSW changes it', async () => {
    const source = await (await fetch('/mockServiceWorker.js')).text();
    // (Booleans, so that a failure doesn't print the whole worker.)
    expect(source.includes('kept registered: see web-server.shared.mjs'), 'never unregisters itself').to.equal(true);
    expect(source.includes('only a page that started MSW itself gets mocked answers'), 'own-client resolver').to.equal(true);
    expect(source.includes("frameType === 'top-level'"), 'MSW’s borrowing resolver is gone').to.equal(false);
  });
});
