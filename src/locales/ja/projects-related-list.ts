// ja translations for the messages of the "projects-related-list" area (ids start with the area's prefix).
import type { TemplateMap } from '@lit/localize';

export const templates: TemplateMap = {
};
