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
const { ERROR_CODES, codesOf } = await loadTs('src/schemas/error-codes.ts');
const limits = await loadTs('src/schemas/limits.ts');
const { describeOperation, describeContract } = await import('./openapi-text.mjs');
const TAGS = [
  [schemas.crmSetupOperations, 'CRM setup', 'The CRM settings page (<zoho-projects-setup> and its steps)'],
  [schemas.projectsImportOperations, 'Projects import', 'The Projects portal page (<crm-user-import>)'],
  [schemas.crmRecordOperations, 'CRM record pages', 'Deal and Account record pages (<projects-related-list>)'],
  [schemas.projectsTabOperations, 'Projects tab', 'The Projects tab of Zoho CRM: every project of the portal (<projects-tab>)'],
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
// zod's output mode closes every object (additionalProperties: false), but the widgets accept a
// response with extra fields (they are ignored, not an error): say so by leaving objects open.
const openObjects = (node) => {
  if (Array.isArray(node)) node.forEach(openObjects);
  else if (node && typeof node === 'object') {
    if (node.additionalProperties === false) delete node.additionalProperties;
    Object.values(node).forEach(openObjects);
  }
};
openObjects(outputs);
const ref = (schema) => ({ $ref: `#/components/schemas/${registry.get(schema).id}` });

/** One error status of one operation: its codes (an enum) and what each means. */
const errorResponse = (status, codes) => ({
  description: codes.map((c) => `\`${c}\`: ${ERROR_CODES[c].meaning}`).join('\n\n'),
  content: {
    'application/json': {
      schema: {
        allOf: [{ $ref: '#/components/schemas/ErrorBody' }],
        properties: { error: { type: 'object', properties: { code: { type: 'string', enum: codes } } } },
      },
    },
  },
});
const errorResponses = (name, isWrite) => {
  const byStatus = {};
  for (const code of codesOf(name, isWrite)) (byStatus[ERROR_CODES[code].status] ??= []).push(code);
  return Object.fromEntries(Object.entries(byStatus).map(([status, codes]) => [status, errorResponse(status, codes)]));
};
/** Request bodies that are import batches carry the contract's limit. */
const BATCH_OPERATIONS = ['importUsers', 'importClients'];

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
  const isWrite = op.method !== 'GET';
  if (isWrite) parameters.push({ $ref: '#/components/parameters/IdempotencyKey' });
  if (BATCH_OPERATIONS.includes(name)) bodyProps.items = { ...bodyProps.items, maxItems: limits.MAX_IMPORT_BATCH };
  const operation = {
    operationId: name,
    summary: operationSummaries[name],
    description: describeOperation(name, isWrite, limits),
    tags: [tagOf(name)],
    ...(parameters.length ? { parameters } : {}),
    ...(op.method !== 'GET' && Object.keys(bodyProps).length
      ? { requestBody: { required: true, description: 'The widgets send these fields and no others.', content: { 'application/json': { schema: { type: 'object', properties: bodyProps, required } } } } }
      : {}),
    responses: {
      200: {
        description: isWrite ? 'Done (or, for a repeated Idempotency-Key, the first answer replayed). Extra fields are ignored.' : 'Success. Extra fields are ignored.',
        content: { 'application/json': { schema: ref(op.output) } },
      },
      ...errorResponses(name, isWrite),
      default: {
        description: 'Any other failure (5xx): the widgets show that the server could not complete the request, and offer Retry.',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } },
      },
    },
  };
  paths[path] = { ...(paths[path] ?? {}), [op.method.toLowerCase()]: operation };
}

const doc = {
  openapi: '3.1.0',
  info: {
    title: 'Zoho CRM ↔ Zoho Projects integration widgets: backend contract',
    version: '1.0.0',
    description: describeContract(ERROR_CODES, limits),
    license: { name: 'MIT', identifier: 'MIT' },
  },
  security: [{ bearerAuth: [] }, { cookieAuth: [] }],
  servers: [{ url: '{apiBase}', variables: { apiBase: { default: '/api/zoho-projects', description: 'The api-base attribute' } } }],
  tags: TAGS.map(([, name, description]) => ({ name, description })),
  paths,
  components: {
    schemas: outputs,
    securitySchemes: {
      bearerAuth: {
        type: 'http', scheme: 'bearer',
        description: "The host's choice: a token the host's page passes to HttpBackend in `headers` (`Authorization: Bearer …`).",
      },
      cookieAuth: {
        type: 'apiKey', in: 'cookie', name: 'session',
        description: "The host's choice: the host's own session cookie (any name), sent by the browser (HttpBackend's `credentials`, same-origin by default).",
      },
    },
    parameters: {
      IdempotencyKey: {
        name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', minLength: 1, maxLength: 200 },
        description: `Sent by the widgets with every write (every non-GET operation); a fresh key per new write, the same key when the same write is sent again after a failure (Retry). The server keeps the answer of a successful write (2xx) under operation + key for at least ${limits.IDEMPOTENCY_REPLAY_HOURS} hours and answers the same key again with that answer replayed, without executing the write a second time. The same key with another request body (for the same operation) gets 422 \`idempotency-key-reused\` and nothing is executed. An error answer is not kept: the same key may be sent again and is executed then. Without the header a write simply executes.`,
      },
      AcceptLanguage: {
        name: 'Accept-Language', in: 'header', required: false, schema: { type: 'string', examples: ['en', 'de', 'ja'] },
        description: "Sent with every request: the language the widgets show. Texts the server words itself (a refused record's reason) should be in it.",
      },
    },
  },
};
mkdirSync(new URL('../openapi/', import.meta.url), { recursive: true });
writeFileSync(new URL('../openapi/openapi.json', import.meta.url), `${JSON.stringify(doc, null, 2)}\n`);
console.log(`openapi/openapi.json: ${Object.keys(operations).length} operations, ${Object.keys(outputs).length} schemas, ${Object.keys(ERROR_CODES).length} error codes`);
