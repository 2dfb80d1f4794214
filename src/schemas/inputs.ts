/**
 * Formats of what a user types. Shared by the elements (field messages, nothing
 * sent when invalid) and by the fake server (which refuses the same things with 422).
 */
import * as z from 'zod/mini';

export const EMAIL_PATTERN = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;
/** Zoho ZSC keys are 32 hexadecimal characters. */
export const ZSC_KEY_PATTERN = /^[0-9a-f]{32}$/i;
export const PORTAL_NAME_MAX = 50;
/** Letters or digits first, then letters, digits, spaces, dots, dashes, underscores. */
export const PORTAL_NAME_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N} ._-]*$/u;

export const EmailAddress = z.string().check(z.trim(), z.maxLength(254), z.regex(EMAIL_PATTERN));
export const ZscKey = z.string().check(z.trim(), z.regex(ZSC_KEY_PATTERN));
// One line: the build marks `z.…(` calls pure so unused schemas drop out (scripts/rollup-esbuild-plugin.mjs).
export const PortalName = z.string().check(z.trim(), z.minLength(1), z.maxLength(PORTAL_NAME_MAX), z.regex(PORTAL_NAME_PATTERN));

export const Credentials = z.object({ email: EmailAddress, zscKey: ZscKey });
export type Credentials = z.infer<typeof Credentials>;

export type FieldProblem = 'required' | 'invalid-email' | 'invalid-key' | 'too-long' | 'invalid-name';

/** Why a typed email is not acceptable, or null when it is. */
export function checkEmail(value: string): FieldProblem | null {
  const v = value.trim();
  if (!v) return 'required';
  return EMAIL_PATTERN.test(v) && v.length <= 254 ? null : 'invalid-email';
}

export function checkZscKey(value: string): FieldProblem | null {
  const v = value.trim();
  if (!v) return 'required';
  return ZSC_KEY_PATTERN.test(v) ? null : 'invalid-key';
}

export function checkPortalName(value: string): FieldProblem | null {
  const v = value.trim();
  if (!v) return 'required';
  if (v.length > PORTAL_NAME_MAX) return 'too-long';
  return PORTAL_NAME_PATTERN.test(v) ? null : 'invalid-name';
}

export const FIELD_PROBLEM_TEXT: Record<FieldProblem, string> = {
  required: 'This field is required.',
  'invalid-email': 'Enter a valid email address, like name@example.com.',
  'invalid-key': 'A ZSC key is 32 characters, digits 0–9 and letters a–f.',
  'too-long': `Use at most ${PORTAL_NAME_MAX} characters.`,
  'invalid-name': 'Start with a letter or digit; use only letters, digits, spaces, dots, dashes and underscores.',
};
