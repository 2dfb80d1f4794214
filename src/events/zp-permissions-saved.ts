export interface ZpPermissionsSavedDetail {
  /** CRM users newly added to Zoho Projects with the "Employee" role. */
  pushedAsEmployee: number;
  /** CRM users who were already in Zoho Projects and kept their role. */
  alreadyExisting: number;
}

/** Fired by `<profile-perms>` after "Save" saved the profile permissions. */
export class ZpPermissionsSavedEvent extends CustomEvent<ZpPermissionsSavedDetail> {
  static readonly eventName = 'zp-permissions-saved';
  constructor(detail: ZpPermissionsSavedDetail) {
    super(ZpPermissionsSavedEvent.eventName, {
      bubbles: true,
      composed: true,
      detail: { pushedAsEmployee: detail.pushedAsEmployee, alreadyExisting: detail.alreadyExisting },
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'zp-permissions-saved': ZpPermissionsSavedEvent;
  }
}
