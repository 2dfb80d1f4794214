import { css } from 'lit';

export const styles = css`
  .header { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space); margin-bottom: var(--_space); }
  .header h2 { margin: 0; }
  h2:focus, h3:focus { outline: none; }
  h2:focus-visible, h3:focus-visible { outline: 2px solid var(--_focus); outline-offset: 2px; }
  .badge {
    font-size: 0.8em; font-weight: 600; border-radius: 999px; padding: 0.1em 0.7em;
    border: 1px solid currentColor;
  }
  .badge.success { color: var(--_success); background: var(--_success-surface); }
  .badge.danger { color: var(--_danger); background: var(--_danger-surface); }

  /* Step list */
  .steps {
    list-style: none; margin: calc(var(--_space) * 2) 0; padding: 0;
    display: flex; flex-wrap: wrap; gap: var(--_space);
    counter-reset: none;
  }
  .step { flex: 1 1 10rem; display: flex; }
  .step-item {
    flex: 1; display: flex; align-items: center; gap: var(--_space); text-align: left;
    padding: var(--_space); border-radius: var(--_radius); border: 1px solid var(--_border);
    background: var(--_surface); color: var(--_text); font: inherit;
  }
  span.step-item { cursor: default; }
  .num {
    flex: none; display: inline-grid; place-items: center; width: 1.75em; height: 1.75em; border-radius: 50%;
    border: 1px solid var(--_border); background: var(--_surface-alt); font-weight: 600;
  }
  .step.current .step-item { border-color: var(--_accent); box-shadow: inset 0 -3px 0 var(--_accent); font-weight: 600; }
  .step.current .num { background: var(--_accent); border-color: var(--_accent); color: var(--_accent-contrast); }
  .step.complete .num { background: var(--_success-surface); border-color: var(--_success); color: var(--_success); }
  .step.locked .step-item { color: var(--_muted); background: var(--_surface-alt); }

  .panel { border-top: 1px solid var(--_border); padding-top: calc(var(--_space) * 2); }
  .step-nav { border-top: 1px solid var(--_border); padding-top: var(--_space); }

  /* Portal step */
  fieldset.modes { border: none; padding: 0; margin: 0 0 calc(var(--_space) * 1.5); display: flex; flex-wrap: wrap; gap: calc(var(--_space) * 2); }
  fieldset.modes legend { font-weight: 600; padding: 0; margin-bottom: var(--_space); }
  .radio { display: inline-flex; align-items: center; gap: calc(var(--_space) * 0.5); cursor: pointer; }
  form { margin: 0 0 calc(var(--_space) * 1.5); }
  .hint { margin: 0; font-size: 0.9em; }

  /* Active integration */
  dl.portal { display: grid; gap: calc(var(--_space) * 0.5); margin: var(--_space) 0; }
  dl.portal div { display: flex; flex-wrap: wrap; column-gap: var(--_space); }
  dl.portal dt { font-weight: 600; min-width: 8rem; }
  dl.portal dd { margin: 0; min-width: 0; overflow-wrap: anywhere; }
  .key-form, .deactivate { border-top: 1px solid var(--_border); padding-top: calc(var(--_space) * 2); margin-top: calc(var(--_space) * 2); }

  dialog {
    border: 1px solid var(--_border); border-radius: var(--_radius); padding: calc(var(--_space) * 3);
    max-width: min(36rem, calc(100vw - 2rem)); color: var(--_text); background: var(--_surface);
    font-family: var(--_font);
  }
  dialog::backdrop { background: rgb(0 0 0 / 0.4); }
  dialog ul { margin: 0 0 var(--_space); padding-left: 1.25em; }
`;
