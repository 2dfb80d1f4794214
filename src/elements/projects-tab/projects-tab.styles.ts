import { css } from 'lit';

// Layout notes (kept out of the CSS text, which ships):
// - --_row must equal ROW_HEIGHT in project-list.ts (the window positions rows by it).
// - The table keeps its columns' room and scrolls sideways inside the element, never the page.
export const styles = css`
  :host { --_row: 52px; --_list-height: var(--zp-projects-list-height, 30rem); }
  a { color: var(--_accent); }
  .toolbar { display: flex; flex-wrap: wrap; gap: var(--_space); align-items: end; margin-bottom: calc(var(--_space) * 0.5); }
  .toolbar label { display: grid; gap: calc(var(--_space) * 0.25); font-weight: 600; font-size: 0.9em; }
  .toolbar .search { flex: 1 1 14rem; }
  .count { margin: calc(var(--_space) * 0.5) 0; }
  .projects-grid .vrow { grid-template-columns: minmax(12rem, 2.2fr) minmax(6rem, 1fr) minmax(8rem, 1.2fr) minmax(6.5rem, 1fr) minmax(6.5rem, 1fr) minmax(7rem, 1fr) minmax(13rem, 2fr); }
  .projects-grid > .vhead, .projects-grid > .vbody { min-width: 66rem; }
  button.link { all: unset; cursor: pointer; color: var(--_accent); text-decoration: underline; min-width: 0; }
  button.link:focus-visible { outline: 2px solid var(--_focus); outline-offset: 2px; }
  progress { inline-size: 3.5rem; flex: none; accent-color: var(--_accent); }
  .details-head { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space); }
  .details-head h3 { margin: 0; font-size: 1.1em; overflow-wrap: anywhere; }
  .meta { display: flex; flex-wrap: wrap; gap: calc(var(--_space) * 1.5); color: var(--_muted); }
  dl.fields { margin: var(--_space) 0 0; }
  dl.fields dt { font-weight: 600; font-size: 0.9em; color: var(--_muted); }
  dl.fields dd { margin: 0 0 var(--_space); overflow-wrap: anywhere; }
  .kinds { border: none; padding: 0; margin: 0 0 var(--_space); display: flex; flex-wrap: wrap; gap: var(--_space); }
  .kinds legend { font-weight: 600; margin-bottom: calc(var(--_space) * 0.5); }
  .picker { display: grid; gap: calc(var(--_space) * 0.5); max-width: 32rem; }
  .choices { list-style: none; margin: 0; padding: 0; max-height: 14rem; overflow-y: auto; border: 1px solid var(--_border); border-radius: var(--_radius); }
  .choices li { padding: calc(var(--_space) * 0.4) var(--_space); cursor: pointer; }
  .choices li.active { background: var(--_surface-alt); outline: 2px solid var(--_focus); outline-offset: -2px; }
  .choices li[aria-selected='true'] { font-weight: 600; }
  .field-error { color: var(--_danger); margin: 0; }
  .form-panel { border-bottom: 1px solid var(--_border); padding-bottom: calc(var(--_space) * 1.5); margin-bottom: calc(var(--_space) * 1.5); }
  .header + .visually-hidden + .form-panel { border-top: none; margin-top: 0; padding-top: 0; }
`;
