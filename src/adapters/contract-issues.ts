/**
 * Says where a backend's answer broke the contract and what was expected there, e.g.
 * `roles: expected array, received null`: a host debugging its server or adapter needs the
 * path and the expectation, which zod/mini's default text ("Invalid input") does not give
 * (its English messages are a locale bundle the elements do not ship).
 *
 * Only types and the contract's own names and values appear, never a value of the data: a
 * response can hold names, emails or a revealed ZSC key.
 */
import type * as z from 'zod/mini';

type Issue = z.core.$ZodIssue;

/** The JSON type of a value: `null`, `array`, `object`, `string`, … (never the value itself). */
function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let at = data;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}

const pathText = (path: readonly PropertyKey[]): string => path.map(String).join('.') || '(root)';

function expectation(issue: Issue, received: string): string {
  switch (issue.code) {
    case 'invalid_type': return `expected ${issue.expected}, received ${received}`;
    case 'invalid_value': return `expected ${issue.values.map((v) => JSON.stringify(v)).join(' | ')}, received another ${received}`;
    case 'too_small': return `expected ${issue.origin === 'string' ? 'length' : issue.origin === 'array' ? 'items' : 'value'} ${issue.exact ? '=' : issue.inclusive === false ? '>' : '>='} ${String(issue.minimum)}`;
    case 'too_big': return `expected ${issue.origin === 'string' ? 'length' : issue.origin === 'array' ? 'items' : 'value'} ${issue.exact ? '=' : issue.inclusive === false ? '<' : '<='} ${String(issue.maximum)}`;
    case 'invalid_format': return `expected a ${issue.format === 'regex' ? 'string matching the contract\'s pattern' : `${issue.format} string`}`;
    case 'unrecognized_keys': return `unexpected keys ${issue.keys.join(', ')}`;
    case 'invalid_union': return `expected one of the contract's shapes, received ${received}`;
    default: return issue.message || 'does not match the contract';
  }
}

/** One line per issue: `path: expected …, received …`. `data` is what was checked (for the received types). */
export function describeIssues(issues: readonly Issue[], data: unknown): string[] {
  return issues.map((issue) => `${pathText(issue.path)}: ${expectation(issue, typeOf(valueAt(data, issue.path)))}`);
}
