// ja translations for the messages of the "client-account-mapper" area (ids start with the area's prefix).
import type { TemplateMap } from '@lit/localize';

export const templates: TemplateMap = {
};
