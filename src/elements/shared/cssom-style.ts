/**
 * Sets inline styles through the CSSOM (`style.setProperty`) from the first render on.
 * Lit's `styleMap` writes a `style` attribute on its first render, which a strict
 * `style-src` Content-Security-Policy blocks; this element directive never does.
 * Usage: `<div ${cssomStyle({ height: '120px' })}>`.
 */
import { noChange } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

class CssomStyleDirective extends Directive {
  #previous = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('cssomStyle() goes on an element: <div ${cssomStyle({...})}>');
  }

  render(_styles: Readonly<Record<string, string>>): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [styles]: [Readonly<Record<string, string>>]): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const name of this.#previous) if (!(name in styles)) style.removeProperty(name);
    for (const [name, value] of Object.entries(styles)) {
      if (style.getPropertyValue(name) !== value) style.setProperty(name, value);
    }
    this.#previous = new Set(Object.keys(styles));
    return noChange;
  }
}

export const cssomStyle = directive(CssomStyleDirective);
