/** Field mapping: Projects fields fed by Deals and Accounts fields. */
import type { FieldMappingDoc, FieldMappingEntry } from '../../schemas/entities.js';
import type { Core } from '../state.js';
import type { SetupActions } from './setup.js';

export interface FieldMappingState {
  /** As saved on the server. */
  readonly doc: FieldMappingDoc | null;
}

export const initialFieldMappingState: FieldMappingState = { doc: null };

export class FieldMappingActions {
  constructor(private readonly core: Core, private readonly setup: SetupActions) {}

  load() {
    return this.core.run('getFieldMapping', {}, {
      onSuccess: (doc) => this.core.update('fieldMapping', (s) => ({ ...s, doc })),
    });
  }

  async save(mapping: readonly FieldMappingEntry[]) {
    const version = this.core.state.fieldMapping.doc?.version ?? 0;
    const result = await this.core.run('saveFieldMapping', { mapping: [...mapping], version }, {
      onSuccess: (doc) => this.core.update('fieldMapping', (s) => ({ ...s, doc })),
    });
    if (result.ok) await this.setup.refresh();
    return result;
  }
}
