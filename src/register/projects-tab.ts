/** Registers <projects-tab> under the default tag name. */
import { ProjectsTab } from '../elements/projects-tab/projects-tab.js';
import { registerElement } from '../registry.js';

registerElement('projects-tab', ProjectsTab);

export { ProjectsTab };
