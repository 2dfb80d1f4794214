import { css } from 'lit';

/** Row height of the lists: keep in sync with ROW_HEIGHT in crm-user-import.ts. */
// Layout notes (kept out of the CSS text, which ships):
// - The radio is drawn in the label's text colour, so the selected one reads as selected (a filled dot) on the accent.
// - Names, emails and profiles wrap (up to three lines fit a row) rather than being cut off.
// - The rows keep their columns' room and the table scrolls sideways inside the element (never the page).
// - An account's name keeps its room: in a narrow column its "Already a client" badge goes below it.
export const styles = css`
  :host { --_row: 52px; --_list-height: var(--zp-import-list-height, 26rem); }
  h2 { margin-bottom: calc(var(--_space) * 0.5); }
  .portal { margin-bottom: var(--_space); }
  h3:focus { outline: none; }
  h3:focus-visible { outline: 2px solid var(--_focus); outline-offset: 2px; }

  .modes {
    display: inline-flex; flex-wrap: wrap; max-width: 100%; gap: 0; border: 1px solid var(--_border); border-radius: var(--_radius);
    padding: 0; margin: 0 0 calc(var(--_space) * 2); overflow: hidden;
  }
  .modes label { display: inline-flex; align-items: center; gap: calc(var(--_space) * 0.5); padding: calc(var(--_space) * 0.6) calc(var(--_space) * 1.5); cursor: pointer; }
  .modes label.on { background: var(--_accent); color: var(--_accent-contrast); }
  .modes input {
    appearance: none; margin: 0; width: 1em; height: 1em; border: 2px solid currentColor; border-radius: 50%;
    display: inline-grid; place-content: center; flex: none;
  }
  .modes input:checked::before { content: ''; width: 0.45em; height: 0.45em; border-radius: 50%; background: currentColor; }
  .modes input:focus-visible { outline: 2px solid currentColor; outline-offset: 2px; }
  .modes label:has(input:focus-visible) { outline: 2px solid var(--_focus); outline-offset: -4px; }
  .modes label + label { border-left: 1px solid var(--_border); }
  .modes:disabled label { cursor: not-allowed; opacity: 0.7; }

  .credentials { max-width: 34rem; }
  .hint { font-size: 0.875em; margin: 0; }

  .step-head { display: flex; flex-wrap: wrap; column-gap: calc(var(--_space) * 2); align-items: baseline; margin-bottom: var(--_space); }
  .step-head h3 { flex-basis: 100%; }
  .email { overflow-wrap: anywhere; }
  .seats { background: var(--_surface-alt); border-radius: var(--_radius); padding: calc(var(--_space) * 0.75) var(--_space); }

  .toolbar { display: flex; flex-wrap: wrap; gap: var(--_space); align-items: end; margin: var(--_space) 0; }
  .filter { display: grid; gap: calc(var(--_space) * 0.25); flex: 1 1 16rem; max-width: 24rem; }
  .filter label { font-weight: 600; }
  .select-buttons { display: flex; gap: var(--_space); }
  .count { margin: 0; flex-basis: 100%; }

  .bulk {
    display: flex; flex-wrap: wrap; gap: var(--_space); align-items: end;
    border: 1px solid var(--_border); border-radius: var(--_radius); padding: var(--_space) calc(var(--_space) * 1.5);
    margin: 0 0 var(--_space);
  }
  .bulk legend { font-weight: 600; padding: 0 calc(var(--_space) * 0.5); }
  .bulk label { display: grid; gap: calc(var(--_space) * 0.25); }

  .c-email .text { word-break: break-all; }
  .cell select { width: 100%; padding-block: calc(var(--_space) * 0.3); }
  .users-grid .vrow { grid-template-columns: 2rem minmax(9rem, 1.4fr) minmax(10rem, 1.6fr) minmax(7rem, 1fr) minmax(8rem, 1fr) minmax(9rem, 1.1fr); }
  .accounts-grid .vrow { grid-template-columns: 2rem minmax(8rem, 3fr) minmax(6rem, 1fr); }
  .user-results-grid .vrow { grid-template-columns: minmax(9rem, 1.2fr) minmax(10rem, 1.4fr) minmax(12rem, 2fr); }
  .client-results-grid .vrow { grid-template-columns: minmax(12rem, 1.5fr) minmax(14rem, 2fr); }
  .users-grid > .vhead, .users-grid > .vbody { min-width: 52rem; }
  .user-results-grid > .vhead, .user-results-grid > .vbody { min-width: 31rem; }
  .client-results-grid > .vhead, .client-results-grid > .vbody { min-width: 28rem; }
  .badge {
    flex: none; font-size: 0.78em; padding: 0.1em 0.5em; border-radius: 999px;
    background: var(--_surface-alt); border: 1px solid var(--_border); color: var(--_muted); white-space: nowrap;
  }
  .c-kept { grid-column: span 2; }
  .accounts-grid .c-name { flex-wrap: wrap; row-gap: 2px; align-content: center; }
  .accounts-grid .c-name .text { flex: 1 1 6rem; }
  .c-result .text { white-space: normal; display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; line-height: 1.25; font-size: 0.9em; }
  .empty { padding: var(--_space) 0; }
  .over { color: var(--_danger); font-weight: 600; }

  .progress progress { width: 100%; height: 1.25rem; accent-color: var(--_accent); }
  .progress-count { font-variant-numeric: tabular-nums; margin-top: var(--_space); }

  .summary { list-style: none; padding: 0; margin: 0 0 var(--_space); display: flex; flex-wrap: wrap; gap: calc(var(--_space) * 2); }
  .summary li { font-weight: 600; }
  .summary .imported, .outcome.imported { color: var(--_success); }
  .summary .failed, .outcome.failed { color: var(--_danger); }
  .outcome.not-sent, .outcome.existing { color: var(--_muted); }
  .results .actions { margin-bottom: var(--_space); }
  .only-failed { display: inline-flex; align-items: center; gap: calc(var(--_space) * 0.5); margin-bottom: var(--_space); }
`;
