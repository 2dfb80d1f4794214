/**
 * The theme switcher of the demo and gallery pages: light or dark, comfortable or compact.
 * A theme is only `--zp-*` custom properties (and `color-scheme`) set on a wrapper, here the
 * page's <body>, through the classes `zp-theme-dark` and `zp-density-compact` of demo/demo.css.
 * The choice is kept in the URL (`?theme=dark&density=compact`), so links and screenshots carry it.
 */
export type Theme = 'light' | 'dark';
export type Density = 'comfortable' | 'compact';

export interface ThemeChoice {
  theme: Theme;
  density: Density;
}

export function themeFromUrl(url: URL = new URL(location.href)): ThemeChoice {
  return {
    theme: url.searchParams.get('theme') === 'dark' ? 'dark' : 'light',
    density: url.searchParams.get('density') === 'compact' ? 'compact' : 'comfortable',
  };
}

export function applyTheme(wrapper: HTMLElement, choice: ThemeChoice): void {
  wrapper.classList.toggle('zp-theme-dark', choice.theme === 'dark');
  wrapper.classList.toggle('zp-density-compact', choice.density === 'compact');
}

/** `?theme=…&density=…` for links to the other page (empty for the defaults). */
export function themeParams(choice: ThemeChoice): Record<string, string> {
  return {
    ...(choice.theme === 'dark' ? { theme: 'dark' } : {}),
    ...(choice.density === 'compact' ? { density: 'compact' } : {}),
  };
}

/**
 * Adds the controls to `container` (inside a GET form they are submitted with it), applies the
 * URL's choice to `wrapper`, and on every change applies it, updates the URL and calls `onChange`.
 */
export function mountThemeControls(container: HTMLElement, wrapper: HTMLElement, onChange?: (choice: ThemeChoice) => void): ThemeChoice {
  let choice = themeFromUrl();
  const group = document.createElement('fieldset');
  group.className = 'theme-controls';
  const legend = document.createElement('legend');
  legend.textContent = 'Theme';
  group.append(legend);
  for (const theme of ['light', 'dark'] as const) {
    group.append(control('radio', 'theme', theme, theme === 'light' ? 'Light' : 'Dark', choice.theme === theme));
  }
  group.append(control('checkbox', 'density', 'compact', 'Compact density', choice.density === 'compact'));
  group.addEventListener('change', () => {
    choice = {
      theme: group.querySelector<HTMLInputElement>('input[name=theme]:checked')?.value === 'dark' ? 'dark' : 'light',
      density: group.querySelector<HTMLInputElement>('input[name=density]')!.checked ? 'compact' : 'comfortable',
    };
    applyTheme(wrapper, choice);
    const url = new URL(location.href);
    url.searchParams.delete('theme');
    url.searchParams.delete('density');
    for (const [name, value] of Object.entries(themeParams(choice))) url.searchParams.set(name, value);
    history.replaceState(null, '', url);
    onChange?.(choice);
  });
  container.append(group);
  applyTheme(wrapper, choice);
  return choice;
}

function control(type: 'radio' | 'checkbox', name: string, value: string, text: string, checked: boolean): HTMLLabelElement {
  const label = document.createElement('label');
  const input = document.createElement('input');
  input.type = type;
  input.name = name;
  input.value = value;
  input.checked = checked;
  label.append(input, ` ${text}`);
  return label;
}
