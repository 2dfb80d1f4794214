import { css } from 'lit';

/**
 * What every element showing projects shares: the header with its title and "New Project", the
 * project form (project-form-panel.ts) and the delete confirmation (delete-project-dialog.ts).
 */
export const projectFormStyles = css`
  .header { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: var(--_space); margin-bottom: var(--_space); }
  .header h2 { margin: 0; font-size: 1.15em; }
  h2:focus, h3:focus { outline: none; }
  h2:focus-visible, h3:focus-visible { outline: 2px solid var(--_focus); outline-offset: 2px; }
  .empty { margin: var(--_space) 0; }
  .form-panel { border-top: 1px solid var(--_border); margin-top: calc(var(--_space) * 2); padding-top: calc(var(--_space) * 2); }
  .fields { display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 0 calc(var(--_space) * 2); align-items: start; }
  .field.asked > label, .field.asked > legend { color: var(--_warning); }
  .required { color: var(--_danger); }
  .hint { margin: 0; font-size: 0.85em; }
  fieldset.choices { border: 1px solid var(--_border); border-radius: var(--_radius); padding: var(--_space); }
  fieldset.choices legend { font-weight: 600; padding: 0 0.25em; }
  fieldset[aria-invalid='true'] { border-color: var(--_danger); }
  label.check { display: flex; align-items: center; gap: calc(var(--_space) * 0.5); font-weight: 400; }
  textarea { resize: vertical; }
  dialog {
    border: 1px solid var(--_border); border-radius: var(--_radius); padding: calc(var(--_space) * 3);
    max-width: min(32rem, calc(100vw - 2rem)); color: var(--_text); background: var(--_surface); font-family: var(--_font);
  }
  dialog::backdrop { background: rgb(0 0 0 / 0.35); }
`;
