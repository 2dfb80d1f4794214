/**
 * Type-level test (checked by `tsc --noEmit -p .`, not run): a host listens for the elements'
 * events on `document` or `window` (they bubble and are composed) and gets the typed `detail`,
 * as on an element. The events are declared on `GlobalEventHandlersEventMap`, which the
 * document's, the window's and every element's event maps extend.
 */
import type { ZpErrorDetail, ZpImportCompleteDetail, ZpStepChangeDetail } from '../../src/index.js';

export const onDocumentError = (listener: (detail: ZpErrorDetail) => void): void =>
  document.addEventListener('zp-error', (e) => listener(e.detail));

export const onWindowImportComplete = (listener: (detail: ZpImportCompleteDetail) => void): void =>
  window.addEventListener('zp-import-complete', (e) => listener(e.detail));

export const onElementStepChange = (el: HTMLElement, listener: (detail: ZpStepChangeDetail) => void): void =>
  el.addEventListener('zp-step-change', (e) => listener(e.detail));

