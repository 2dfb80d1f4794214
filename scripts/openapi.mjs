#!/usr/bin/env node
// npm run openapi: writes openapi/openapi.json (OpenAPI 3.1) from the zod contract, for host
// backend teams. The schemas are the single source of truth; this file is generated, never edited.
import { writeFileSync, mkdirSync } from 'node:fs';
import * as z from 'zod/mini';
import { loadTs } from './load-ts.mjs';

const schemas = await loadTs('src/schemas/index.ts');
const { operations, pathParams } = schemas;
// Documentation only: not part of the contract module the elements ship.
const { operationSummaries } = await loadTs('src/schemas/summaries.ts');
const TAGS = [
  [schemas.crmSetupOperations, 'CRM setup', 'The CRM settings page (<zoho-projects-setup> and its steps)'],
  [schemas.projectsImportOperations, 'Projects import', 'The Projects portal page (<crm-user-import>)'],
  [schemas.crmRecordOperations, 'CRM record pages', 'Deal and Account record pages (<projects-related-list>)'],
  [schemas.zscKeyOperations, 'ZSC key', 'The ZSC key page under Developer Space (<zsc-key-panel>)'],
  [schemas.projectsClientOperations, 'Projects client page', 'A Projects client page (<crm-client-info>)'],
].filter(([table]) => table);
const tagOf = (name) => TAGS.find(([table]) => name in table)?.[1] ?? 'Other';
const entities = Object.fromEntries(Object.entries(schemas).filter(([, v]) => v && typeof v === 'object' && '_zod' in v));

const registry = z.registry();
// Named entities first, so operation schemas refer to them.
for (const [name, schema] of Object.entries(entities)) {
  if (schema && typeof schema === 'object' && '_zod' in schema && /^[A-Z]/.test(name)) registry.add(schema, { id: name });
}
const pascal = (s) => s[0].toUpperCase() + s.slice(1);
for (const [name, op] of Object.entries(operations)) {
  if (!registry.has(op.output)) registry.add(op.output, { id: `${pascal(name)}Response` });
}
const outputs = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}`, io: 'output', unrepresentable: 'any' }).schemas;
const ref = (schema) => ({ $ref: `#/components/schemas/${registry.get(schema).id}` });

const errorResponse = (description) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } },
});

const paths = {};
for (const [name, op] of Object.entries(operations)) {
  const path = op.path.replace(/:([A-Za-z]+)/g, '{$1}');
  const params = pathParams(op.path);
  const input = z.toJSONSchema(op.input, { io: 'input', unrepresentable: 'any' });
  delete input.$schema;
  const bodyProps = Object.fromEntries(Object.entries(input.properties ?? {}).filter(([k]) => !params.includes(k)));
  const required = (input.required ?? []).filter((k) => !params.includes(k));
  const parameters = params.map((p) => ({ name: p, in: 'path', required: true, schema: { type: 'string' } }));
  parameters.push({ $ref: '#/components/parameters/AcceptLanguage' });
  if (op.method !== 'GET') {
    parameters.push({
      name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string' },
      description: 'Sent with every write. A repeated key must replay the first successful response instead of executing the write again.',
    });
  }
  const operation = {
    operationId: name,
    summary: operationSummaries[name],
    tags: [tagOf(name)],
    ...(parameters.length ? { parameters } : {}),
    ...(op.method !== 'GET' && Object.keys(bodyProps).length
      ? { requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', properties: bodyProps, required, additionalProperties: false } } } } }
      : {}),
    responses: {
      200: { description: 'Success', content: { 'application/json': { schema: ref(op.output) } } },
      401: errorResponse('Not signed in'),
      403: errorResponse('Not permitted (e.g. not an administrator)'),
      409: errorResponse('Conflict: changed elsewhere, or not allowed in the current state'),
      422: errorResponse('Invalid input; `fieldErrors` names the fields'),
      default: errorResponse('Server error'),
    },
  };
  paths[path] = { ...(paths[path] ?? {}), [op.method.toLowerCase()]: operation };
}

const doc = {
  openapi: '3.1.0',
  info: {
    title: 'Zoho CRM ↔ Zoho Projects integration widgets: backend contract',
    version: '1.0.0',
    description: 'What a host backend implements for HttpBackend. Every response is validated by the widgets; '
      + 'errors use the ErrorBody shape. A ZSC key is only ever sent in a request body, never in a URL.',
  },
  servers: [{ url: '{apiBase}', variables: { apiBase: { default: '/api/zoho-projects', description: 'The api-base attribute' } } }],
  tags: TAGS.map(([, name, description]) => ({ name, description })),
  paths,
  components: {
    schemas: outputs,
    parameters: {
      AcceptLanguage: {
        name: 'Accept-Language', in: 'header', required: false, schema: { type: 'string', examples: ['en', 'de', 'ja'] },
        description: "Sent with every request: the language the widgets show. Texts the server words itself (a refused record's reason) should be in it.",
      },
    },
  },
};
mkdirSync(new URL('../openapi/', import.meta.url), { recursive: true });
writeFileSync(new URL('../openapi/openapi.json', import.meta.url), `${JSON.stringify(doc, null, 2)}\n`);
console.log(`openapi/openapi.json: ${Object.keys(operations).length} operations, ${Object.keys(outputs).length} schemas`);
