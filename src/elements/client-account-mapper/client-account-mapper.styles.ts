import { css, unsafeCSS } from 'lit';

/** Height of a table row (px); the windowing relies on rows being exactly this tall. */
export const ROW_HEIGHT = 40;
/**
 * Heights of a report row (px). Wide, each cell wraps to two lines in its column; narrow (the
 * element under REPORT_NARROW_BELOW px), a row stacks client, outcome, account and a two-line reason.
 * Every reason and outcome fits in full in both (checked at 1280 and 390 px, English and German).
 */
export const REPORT_ROW_WIDE = 60;
export const REPORT_ROW_NARROW = 132;
export const REPORT_NARROW_BELOW = 640;
/** Height of an option of the account picker (px). */
export const OPTION_HEIGHT = 36;

const row = unsafeCSS(`${ROW_HEIGHT}px`);
const option = unsafeCSS(`${OPTION_HEIGHT}px`);
const reportWide = unsafeCSS(`${REPORT_ROW_WIDE}px`);
const reportNarrow = unsafeCSS(`${REPORT_ROW_NARROW}px`);

// Layout notes (kept out of the CSS text, which ships):
// - The report's reason and outcome are what the user reads it for: they wrap, never cut off.
// - No account: the stacked row shows nothing for it (assistive technology still gets the cell).
// - Client and account names wrap onto a second line (the row has room for two) rather than being cut off.
export const styles = css`
  .views { display: flex; gap: var(--_space); margin: var(--_space) 0 calc(var(--_space) * 2); border-bottom: 1px solid var(--_border); }
  .views button { border: none; border-bottom: 3px solid transparent; border-radius: 0; background: none; padding-inline: var(--_space); }
  .views button[aria-pressed='true'] { border-bottom-color: var(--_accent); color: var(--_accent); font-weight: 600; }
  .intro p { max-width: 48rem; }
  .report { margin-top: calc(var(--_space) * 2); }
  .counts { list-style: none; display: flex; flex-wrap: wrap; gap: calc(var(--_space) * 2); padding: 0; margin: var(--_space) 0; }
  .counts .count { font-weight: 700; font-size: 1.2em; }
  .report-tools { display: flex; flex-wrap: wrap; align-items: end; justify-content: space-between; gap: var(--_space); margin: var(--_space) 0; }
  a.button { text-decoration: none; display: inline-block; }
  fieldset.filter { border: none; padding: 0; margin: 0 0 var(--_space); display: flex; flex-wrap: wrap; gap: calc(var(--_space) * 0.5); }
  fieldset.filter legend { font-weight: 600; padding: 0; margin-bottom: calc(var(--_space) * 0.5); }
  .chip { display: inline-flex; align-items: center; gap: 0.3em; border: 1px solid var(--_border); border-radius: 999px; padding: 0.15em 0.75em; cursor: pointer; }
  .chip:has(input:checked) { border-color: var(--_accent); background: var(--_surface-alt); }

  .table { border: 1px solid var(--_border); border-radius: var(--_radius); overflow: hidden; }
  .scroller { height: var(--zp-list-height, 24rem); overflow: auto; position: relative; }
  .row { display: grid; align-items: center; gap: var(--_space); height: ${row}; padding: 0 var(--_space); border-bottom: 1px solid var(--_border); overflow: hidden; }
  .row.head { font-weight: 600; background: var(--_surface-alt); }
  .report-cols { grid-template-columns: minmax(0, 3fr) minmax(0, 2fr) minmax(0, 3fr) minmax(0, 4fr); }
  .client-cols { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); }
  .cell, .row > [role='columnheader'] { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  .empty { padding: var(--_space); }
  .badge { border-radius: 999px; padding: 0.1em 0.6em; font-size: 0.85em; border: 1px solid var(--_border); }
  .badge.mapped { background: var(--_success-surface); border-color: var(--_success); color: var(--_success); }
  .badge.no-match, .badge.multiple-matches { background: var(--_warning-surface); border-color: var(--_warning); color: var(--_warning); }
  .report-table .report-cols .cell { white-space: normal; overflow-wrap: anywhere; text-overflow: clip; line-height: 1.3; }
  .report-table .badge { display: inline-block; border-radius: 0.8em; line-height: 1.3; }
  .report-table.wide .scroller .row { height: ${reportWide}; padding-block: calc(var(--_space) * 0.5); }
  .report-table.narrow .row.head { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); padding: 0; border: 0; }
  .report-table.narrow .scroller .row {
    height: ${reportNarrow}; grid-template-columns: minmax(0, 1fr); align-content: center; row-gap: 0.15em;
  }
  .report-table.narrow .cell.account.none { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
  .report-table.narrow .cell.account::before { content: '→ '; color: var(--_muted); }
  .report-table.narrow .cell.reason { color: var(--_muted); }
  .row-button { border: none; background: none; padding: 0.2em 0.3em; text-align: start; width: 100%; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; color: var(--_accent); }
  .client-cols .cell, .client-cols .row-button { white-space: normal; overflow-wrap: anywhere; text-overflow: clip; line-height: 1.15; font-size: 0.92em; max-height: 100%; }
  .row-button[aria-pressed='true'] { font-weight: 700; background: var(--_surface-alt); }

  .columns { display: flex; flex-wrap: wrap; gap: calc(var(--_space) * 3); align-items: start; }
  .pane { flex: 1 1 22rem; min-width: 0; }
  .suggestions ol { list-style: none; padding: 0; margin: 0 0 var(--_space); display: grid; gap: calc(var(--_space) * 0.5); }
  .suggestion { display: flex; gap: var(--_space); align-items: center; justify-content: space-between; border: 1px solid var(--_border); border-radius: var(--_radius); padding: calc(var(--_space) * 0.5) var(--_space); }
  .suggestion-text { display: grid; min-width: 0; }
  .suggestion-name { font-weight: 600; overflow-wrap: anywhere; }
  .suggestion button[aria-pressed='true'] { border-color: var(--_accent); }
  h5 { margin: var(--_space) 0 calc(var(--_space) * 0.5); font-size: 1em; }
  .picker { max-width: none; }
  .account-list { height: var(--zp-picker-height, 16rem); border: 1px solid var(--_border); border-radius: var(--_radius); }
  .option { display: flex; gap: var(--_space); align-items: center; height: ${option}; padding: 0 var(--_space); cursor: pointer; white-space: nowrap; overflow: hidden; }
  .option-name { overflow: hidden; text-overflow: ellipsis; }
  .option.active { outline: 2px solid var(--_focus); outline-offset: -2px; }
  .option[aria-selected='true'] { background: var(--_surface-alt); font-weight: 700; }
  .option[aria-disabled='true'] { cursor: not-allowed; color: var(--_muted); }
  .option-note { font-size: 0.85em; }
`;
