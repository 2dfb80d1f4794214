/** Sentences of `<field-mapper>` built from counts (read at render time: they follow the locale). */
import { msg, str } from '@lit/localize';
import type { MappingCheck } from '../../rules/field-compatibility.js';
import { formatList, formatNumber, plural } from '../../i18n/format.js';
import { moduleLabel } from './labels.js';
import type { Derived } from './mapping-view.js';

/** Why "Done" did not save: the fields still to map, each with its module and problem. */
export function blockedText(blocking: MappingCheck['blocking'], d: Derived): string {
  const names = blocking.map(({ projectsFieldId, module, problem }) => {
    const label = d.labelById.get(projectsFieldId) ?? projectsFieldId;
    const where = moduleLabel(module);
    return problem.kind === 'required'
      ? msg(str`${label} (${where})`, { id: 'fields.blocked.required' })
      : problem.kind === 'incompatible'
        ? msg(str`${label} (${where}, not compatible)`, { id: 'fields.blocked.incompatible' })
        : msg(str`${label} (${where}, no longer exists)`, { id: 'fields.blocked.unknown' });
  });
  return msg(str`Not saved. Map these fields before “Done”: ${formatList(names)}.`, { id: 'fields.blocked' });
}

/** "24 fields · 10 mapped" or "3 of 24 fields shown · 10 mapped". */
export function countText(shown: number, total: number, mapped: number): string {
  const fields = shown === total
    ? plural(total, msg(str`${formatNumber(total)} field`, { id: 'fields.count.one' }), msg(str`${formatNumber(total)} fields`, { id: 'fields.count.other' }))
    : plural(total, msg(str`${formatNumber(shown)} of ${formatNumber(total)} field shown`, { id: 'fields.count-shown.one' }),
      msg(str`${formatNumber(shown)} of ${formatNumber(total)} fields shown`, { id: 'fields.count-shown.other' }));
  return `${fields} · ${msg(str`${formatNumber(mapped)} mapped`, { id: 'fields.mapped-count' })}`;
}

/** "Saving…", "3 fields with unsaved changes" or "No unsaved changes". */
export function saveStateText(saving: boolean, unsaved: number): string {
  if (saving) return msg('Saving…', { id: 'fields.saving' });
  return unsaved
    ? plural(unsaved, msg(str`${formatNumber(unsaved)} field with unsaved changes`, { id: 'fields.unsaved.one' }),
      msg(str`${formatNumber(unsaved)} fields with unsaved changes`, { id: 'fields.unsaved.other' }))
    : msg('No unsaved changes', { id: 'fields.no-unsaved' });
}
