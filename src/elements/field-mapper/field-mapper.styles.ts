import { css, unsafeCSS } from 'lit';

/** Every row is exactly this tall (px): the virtual rows depend on it. */
export const ROW_HEIGHT = 84;

// Layout notes (kept out of the CSS text, which ships):
// - Narrower than its columns (a phone), the whole table scrolls sideways, header and rows together.
// - Labels, types and notes wrap to a second line (the fixed row has room for it) instead of an ellipsis.
export const styles = css`
  .intro { max-width: 48rem; }
  .toolbar {
    display: flex; flex-wrap: wrap; gap: calc(var(--_space) * 1.5); align-items: end;
    margin: calc(var(--_space) * 1.5) 0 var(--_space);
  }
  .filter { display: grid; gap: calc(var(--_space) * 0.25); }
  .filter label { font-weight: 600; }
  .filter input { width: 16rem; max-width: 100%; }
  .check { display: inline-flex; gap: calc(var(--_space) * 0.5); align-items: center; padding-bottom: calc(var(--_space) * 0.5); }
  .suggest-bar {
    display: flex; flex-wrap: wrap; gap: var(--_space); align-items: center;
    background: var(--_surface-alt); border: 1px solid var(--_border); border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.5) var(--_space);
  }
  .count { margin: 0 0 calc(var(--_space) * 0.5); }
  .table { border: 1px solid var(--_border); border-radius: var(--_radius); overflow-x: auto; }
  .table > [role='rowgroup'], .table > .scroller { min-width: 36rem; }
  .row {
    display: grid;
    grid-template-columns: minmax(9rem, 1.2fr) minmax(8rem, 1fr) minmax(8rem, 1fr) 8rem;
    gap: var(--_space);
    padding: calc(var(--_space) * 0.5) var(--_space);
    border-bottom: 1px solid var(--_border);
    border-left: 3px solid transparent;
    height: ${unsafeCSS(ROW_HEIGHT)}px;
    overflow: hidden;
    align-items: start;
  }
  .row.head {
    height: auto; font-weight: 600; background: var(--_surface-alt);
    border-radius: var(--_radius) var(--_radius) 0 0;
  }
  .row.changed { border-left-color: var(--_accent); }
  .row.invalid { background: var(--_danger-surface); }
  .scroller { max-height: var(--zp-field-mapper-height, 30rem); overflow-y: auto; position: relative; }
  .field, .cell { display: grid; gap: 2px; min-width: 0; }
  .label, .meta, .note {
    overflow: hidden; overflow-wrap: anywhere; line-height: 1.2;
    display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2;
  }
  .label { font-weight: 600; }
  .req { color: var(--_danger); }
  .meta { color: var(--_muted); font-size: 0.85em; }
  .badge {
    display: inline-block; font-size: 0.8em; padding: 0 0.4em; border-radius: 999px;
    border: 1px solid var(--_border); background: var(--_surface-alt); color: var(--_text);
  }
  .badge.custom { border-color: var(--_accent); }
  .unsaved-mark { color: var(--_accent); font-weight: 600; }
  select { width: 100%; }
  .note { font-size: 0.85em; }
  .suggestion { color: var(--_accent); font-style: italic; }
  .warn-text { color: var(--_warning); }
  .error-text { color: var(--_danger); }
  button.small { padding: calc(var(--_space) * 0.4) var(--_space); }
  .empty { padding: var(--_space); }
  .save-state { color: var(--_muted); }
  .save-state.unsaved { color: var(--_accent); font-weight: 600; }
  @media (max-width: 40rem) {
    .row { grid-template-columns: minmax(7rem, 1fr) minmax(6rem, 1fr) minmax(6rem, 1fr) 5.5rem; font-size: 0.9em; }
  }
`;
