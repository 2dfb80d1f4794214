/** Profile permissions on the Projects tab. */
import type { PermissionSet, PermissionsDoc } from '../../schemas/entities.js';
import type { Core } from '../state.js';
import type { SetupActions } from './setup.js';

export interface PermissionsState {
  readonly doc: PermissionsDoc | null;
  /** Counts the server reported for the last save. */
  readonly lastSave: { readonly pushedAsEmployee: number; readonly alreadyExisting: number } | null;
}

export const initialPermissionsState: PermissionsState = { doc: null, lastSave: null };

export class PermissionsActions {
  constructor(private readonly core: Core, private readonly setup: SetupActions) {}

  load() {
    return this.core.run('getPermissions', {}, {
      onSuccess: (doc) => this.core.update('permissions', (s) => ({ ...s, doc })),
    });
  }

  async save(profiles: readonly { profileId: string; permissions: PermissionSet }[]) {
    const version = this.core.state.permissions.doc?.version ?? 0;
    const result = await this.core.run('savePermissions', { profiles: [...profiles], version }, {
      onSuccess: ({ profiles: saved, version: v, pushedAsEmployee, alreadyExisting }) =>
        this.core.update('permissions', () => ({
          doc: { profiles: saved, version: v },
          lastSave: { pushedAsEmployee, alreadyExisting },
        })),
    });
    if (result.ok) await this.setup.refresh();
    return result;
  }
}
