import { ZpEvent } from './zp-event.js';
export interface ZpPermissionsSavedDetail {
  /** CRM users newly added to Zoho Projects with the "Employee" role. */
  pushedAsEmployee: number;
  /** CRM users who were already in Zoho Projects and kept their role. */
  alreadyExisting: number;
}

/** Fired by `<profile-perms>` after "Save" saved the profile permissions. */
export class ZpPermissionsSavedEvent extends ZpEvent<ZpPermissionsSavedDetail> {
  static readonly eventName = 'zp-permissions-saved';
  constructor(detail: ZpPermissionsSavedDetail) {
    super(ZpPermissionsSavedEvent.eventName, { pushedAsEmployee: detail.pushedAsEmployee, alreadyExisting: detail.alreadyExisting });
  }
}
