import { msg } from '@lit/localize';
import type { SetupStep } from '../../schemas/entities.js';
import type { IntegrationStore } from '../../store/integration-store.js';
import { nextStep } from '../../store/slices/setup.js';
import type { Screen } from './screen.js';
import { clientMappingDoneText, permissionsSavedText, type ClientMappingDoneDetail, type PermissionsSavedDetail } from './setup-texts.js';

/** What the setup lets its hosted elements' events change. */
export interface SetupFlow {
  screen(): Screen;
  store(): IntegrationStore | undefined;
  acted(): void;
  say(text: () => string): void;
  announce(text: string): void;
  /** Moves on to `step` (the next one after the element's). */
  show(step: SetupStep | null): void;
  /** An active integration's reopened part is done: back to the integration. */
  stopEditing(): void;
  /** The last step is done: its report stays until "Finish". */
  startFinishing(): void;
}

/**
 * What `<zoho-projects-setup>` does when a hosted element reports its step done (the events are
 * agreed by name, not by class: a renamed copy's elements fire the same names): say so, move on,
 * and read the status again when it does not show the step done yet.
 */
export class HostedEvents {
  constructor(private readonly flow: SetupFlow) {}

  readonly onFieldMappingSaved = (): void => {
    this.flow.acted();
    if (this.flow.screen().kind !== 'steps') return;
    this.flow.show(nextStep('fields'));
    this.flow.say(() => msg('Field mapping saved.', { id: 'setup.field-mapping-saved' }));
    this.#catchUp('fields');
  };

  readonly onPermissionsSaved = (event: Event): void => {
    this.flow.acted();
    const detail = (event as CustomEvent<Partial<PermissionsSavedDetail>>).detail ?? {};
    const counts = { pushedAsEmployee: detail.pushedAsEmployee ?? 0, alreadyExisting: detail.alreadyExisting ?? 0 };
    const text = () => permissionsSavedText(counts);
    const kind = this.flow.screen().kind;
    if (kind === 'edit') {
      this.flow.stopEditing();
      this.flow.say(text);
    } else if (kind === 'steps') {
      this.flow.show(nextStep('permissions'));
      this.flow.say(text);
      this.#catchUp('permissions');
    }
  };

  readonly onClientMappingDone = (event: Event): void => {
    this.flow.acted();
    this.flow.announce(clientMappingDoneText((event as CustomEvent<Partial<ClientMappingDoneDetail>>).detail ?? {}));
    if (this.flow.screen().kind !== 'steps') return;
    this.flow.startFinishing();
    this.#catchUp('clients');
  };

  /** Reloads the status when a hosted element reports a step done that the status does not show yet. */
  #catchUp(step: SetupStep): void {
    const store = this.flow.store();
    if (store?.state.setup.status && !store.state.setup.status.completedSteps.includes(step)) void store.setup.load();
  }
}
