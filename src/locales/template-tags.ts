/**
 * The `html` and `str` tags of the translation files. They build the same values as lit's `html`
 * and @lit/localize's `str` (the shapes are the libraries' public types, checked below), but
 * without importing either: a translation chunk of the single-file bundle would otherwise import
 * them from the bundle, which then has to export them (two stray, minified exports beside the
 * library's API).
 */
import type { TemplateMap } from '@lit/localize';
import type { TemplateResult } from 'lit';

type StrResult = Extract<TemplateMap[string], { strTag: true }>;

/** A translated template with markup; rendered by lit like any `html` result. */
export const html = (strings: TemplateStringsArray, ...values: unknown[]): TemplateResult<1> =>
  ({ ['_$litType$']: 1, strings, values });

/** A translated string with placeholders (`${0}`, `${1}`…). */
export const str = (strings: TemplateStringsArray, ...values: StrResult['values']): StrResult =>
  ({ strTag: true, strings, values });
