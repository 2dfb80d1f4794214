/**
 * The theme and language switcher of the demo and gallery pages: light or dark, comfortable or
 * compact, English, German or Japanese.
 * A theme is only `--zp-*` custom properties (and `color-scheme`) set on a wrapper, here the
 * page's <body>, through the classes `zp-theme-dark` and `zp-density-compact` of demo/demo.css.
 * The language is the page's `<html lang>`, which every element follows (the host-wide way).
 * The choice is kept in the URL (`?theme=dark&density=compact&lang=de`), so links and screenshots carry it.
 */
export type Theme = 'light' | 'dark';
export type Density = 'comfortable' | 'compact';
export type Lang = 'en' | 'de' | 'ja';

export interface ThemeChoice {
  theme: Theme;
  density: Density;
  lang: Lang;
}

const LANGS: Record<Lang, string> = { en: 'English', de: 'Deutsch', ja: '日本語' };
const langOf = (v: string | null | undefined): Lang => (v === 'de' || v === 'ja' ? v : 'en');

export function themeFromUrl(url: URL = new URL(location.href)): ThemeChoice {
  return {
    theme: url.searchParams.get('theme') === 'dark' ? 'dark' : 'light',
    density: url.searchParams.get('density') === 'compact' ? 'compact' : 'comfortable',
    lang: langOf(url.searchParams.get('lang')),
  };
}

export function applyTheme(wrapper: HTMLElement, choice: ThemeChoice): void {
  wrapper.classList.toggle('zp-theme-dark', choice.theme === 'dark');
  wrapper.classList.toggle('zp-density-compact', choice.density === 'compact');
  document.documentElement.lang = choice.lang;
}

/** `?theme=…&density=…` for links to the other page (empty for the defaults). */
export function themeParams(choice: ThemeChoice): Record<string, string> {
  return {
    ...(choice.theme === 'dark' ? { theme: 'dark' } : {}),
    ...(choice.density === 'compact' ? { density: 'compact' } : {}),
    ...(choice.lang !== 'en' ? { lang: choice.lang } : {}),
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
  legend.textContent = 'Theme and language';
  group.append(legend);
  for (const theme of ['light', 'dark'] as const) {
    group.append(control('radio', 'theme', theme, theme === 'light' ? 'Light' : 'Dark', choice.theme === theme));
  }
  group.append(control('checkbox', 'density', 'compact', 'Compact density', choice.density === 'compact'));
  const langLabel = document.createElement('label');
  const langSelect = document.createElement('select');
  langSelect.name = 'lang';
  for (const [value, text] of Object.entries(LANGS)) langSelect.add(new Option(text, value, false, value === choice.lang));
  langLabel.append('Language ', langSelect);
  group.append(langLabel);
  group.addEventListener('change', () => {
    choice = {
      theme: group.querySelector<HTMLInputElement>('input[name=theme]:checked')?.value === 'dark' ? 'dark' : 'light',
      density: group.querySelector<HTMLInputElement>('input[name=density]')!.checked ? 'compact' : 'comfortable',
      lang: langOf(langSelect.value),
    };
    applyTheme(wrapper, choice);
    const url = new URL(location.href);
    url.searchParams.delete('theme');
    url.searchParams.delete('density');
    url.searchParams.delete('lang');
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
