/** Registers <projects-related-list> under the default tag name. */
import { ProjectsRelatedList } from '../elements/projects-related-list/projects-related-list.js';
import { registerElement } from '../registry.js';

registerElement('projects-related-list', ProjectsRelatedList);

export { ProjectsRelatedList };
