/** Sentences of `<zoho-projects-setup>` built from counts and states (read at render time: they follow the locale). */
import { msg, str } from '@lit/localize';
import type { StepState } from '../../store/slices/setup.js';
import { formatNumber, plural } from '../../i18n/format.js';
import { wordsOf } from '../../i18n/words.js';

/** Details of the events the hosted elements fire when they finish (agreed by name, not by class). */
export interface PermissionsSavedDetail { pushedAsEmployee: number; alreadyExisting: number }
export interface ClientMappingDoneDetail { outcome: 'mapped' | 'skipped'; mappedCount: number; unmappedCount: number }

/** Visually hidden after a step's name in the step list. */
export const stepStateText = wordsOf<StepState>({
  current: () => '',
  complete: () => msg(' (completed)', { id: 'setup.step-state.complete' }),
  available: () => msg(' (not done yet)', { id: 'setup.step-state.available' }),
  locked: () => msg(' (not available yet: finish the steps before it)', { id: 'setup.step-state.locked' }),
});

/** "Permissions saved. …": one sentence per combination of the two counts' plural forms. */
export function permissionsSavedText({ pushedAsEmployee: added, alreadyExisting: kept }: PermissionsSavedDetail): string {
  const a = formatNumber(added);
  const k = formatNumber(kept);
  return plural(added,
    plural(kept,
      msg(str`Permissions saved. ${a} CRM user was added to Zoho Projects as “Employee”; ${k} user was already there and kept their role.`, { id: 'setup.permissions-saved.one-one' }),
      msg(str`Permissions saved. ${a} CRM user was added to Zoho Projects as “Employee”; ${k} users were already there and kept their role.`, { id: 'setup.permissions-saved.one-other' })),
    plural(kept,
      msg(str`Permissions saved. ${a} CRM users were added to Zoho Projects as “Employee”; ${k} user was already there and kept their role.`, { id: 'setup.permissions-saved.other-one' }),
      msg(str`Permissions saved. ${a} CRM users were added to Zoho Projects as “Employee”; ${k} users were already there and kept their role.`, { id: 'setup.permissions-saved.other-other' })));
}

/** "Client account mapping done: 12 mapped, 3 not mapped." or "… skipped." */
export function clientMappingDoneText(detail: Partial<ClientMappingDoneDetail>): string {
  return detail.outcome === 'skipped'
    ? msg('Automatic client mapping skipped.', { id: 'setup.client-mapping-skipped' })
    : msg(str`Client account mapping done: ${formatNumber(detail.mappedCount ?? 0)} mapped, ${formatNumber(detail.unmappedCount ?? 0)} not mapped.`,
      { id: 'setup.client-mapping-done' });
}

/** "15 days left". */
export const daysLeftText = (days: number): string => plural(days,
  msg(str`${formatNumber(days)} day left`, { id: 'setup.days-left.one' }),
  msg(str`${formatNumber(days)} days left`, { id: 'setup.days-left.other' }));

/** "Your free trial has started: 15 days left." */
export const trialStartedText = (days: number): string => plural(days,
  msg(str`Your free trial has started: ${formatNumber(days)} day left.`, { id: 'setup.trial-started.one' }),
  msg(str`Your free trial has started: ${formatNumber(days)} days left.`, { id: 'setup.trial-started.other' }));
