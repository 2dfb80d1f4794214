/**
 * Reading the integration status. Its own class because the elements `<zoho-projects-setup>`
 * hosts need only this much of the setup area when they stand alone (a smaller entry).
 */
import type { IntegrationStatus } from '../../schemas/entities.js';
import type { Core } from '../state.js';
import type { Result } from '../result.js';

export class StatusActions {
  constructor(protected readonly core: Core) {}

  protected setStatus = (status: IntegrationStatus) => this.core.update('setup', (s) => ({ ...s, status }));

  load(): Promise<Result<IntegrationStatus>> {
    return this.core.run('getStatus', {}, { onSuccess: this.setStatus });
  }

  /** Reads the status again if an element has loaded it: after writes that move the flow. */
  refresh(): Promise<Result<IntegrationStatus>> | undefined {
    if (!this.core.state.setup.status) return undefined;
    return this.load();
  }
}
