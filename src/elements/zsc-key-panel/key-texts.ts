/** What `<zsc-key-panel>` says: its introduction per side, and its messages after an action. */
import { msg } from '@lit/localize';
import type { ZscSide } from '../../schemas/entities.js';
import { wordsOf } from '../../i18n/words.js';

export const intro = (side: ZscSide): string => (side === 'crm'
  ? msg('Other Zoho services, such as Zoho Projects, use this key together with your email address to work with this Zoho CRM account (for example to import its users and accounts).', { id: 'key.intro.crm' })
  : msg('Other Zoho services, such as Zoho CRM, use this key together with your email address to work with your Zoho Projects portals (for example the Zoho Projects integration of Zoho CRM).', { id: 'key.intro.projects' }));

/** What the panel says after an action (its text is rendered in the active locale). */
export type MessageKind = 'generated' | 'copy-unavailable' | 'copied' | 'copy-refused' | 'regenerated' | 'regenerated-used';
export interface Message { tone: 'success' | 'error' | 'info'; kind: MessageKind }

export const messageText = wordsOf<MessageKind>({
  generated: () => msg('Your ZSC key was generated. Use “Show key” or “Copy key” to use it.', { id: 'key.message.generated' }),
  'copy-unavailable': () => msg('Copying is not available in this browser. Use “Show key” and copy the key by hand.', { id: 'key.message.copy-unavailable' }),
  copied: () => msg('The ZSC key was copied to the clipboard.', { id: 'key.message.copied' }),
  'copy-refused': () => msg('The browser did not allow copying. Use “Show key” and copy the key by hand.', { id: 'key.message.copy-refused' }),
  'regenerated-used': () => msg('A new ZSC key was generated. Update it in the integrations that used the old key: they have stopped working until then.', { id: 'key.message.regenerated-used' }),
  regenerated: () => msg('A new ZSC key was generated. Integrations that used the old key stop working until they are updated with the new one.', { id: 'key.message.regenerated' }),
});
