import { createContext } from '@lit/context';
import type { IntegrationStore } from './integration-store.js';

/**
 * The store shared by the elements under one provider. The provider publishes one
 * stable store; elements subscribe to its snapshots (see StoreController), so a new
 * context value is only sent when the store itself is replaced.
 */
export const storeContext = createContext<IntegrationStore | undefined>(Symbol('zp-integration-store'));
