import { executeServerCommand } from '@web/test-runner-commands';

/** What one key command does: press a named key, type text, or hold / release a key. */
export type KeysPayload = { press: string } | { type: string } | { down: string } | { up: string };

/**
 * The keyboard for tests, the same in Chromium, Firefox and WebKit (scripts/wtr-engine-commands.mjs
 * speaks each engine's protocol). Same payloads as web-test-runner's `sendKeys`; key names are
 * the `KeyboardEvent.key` names ("Tab", "Enter", "Space", "ArrowDown", "Shift", ...).
 */
export async function sendKeys(payload: KeysPayload): Promise<void> {
  await executeServerCommand('zp-keys', payload);
}

/** Presses `key` while `modifier` is held (Shift+Tab, Control+A, ...). */
export async function chord(modifier: string, key: string): Promise<void> {
  await sendKeys({ down: modifier });
  try {
    await sendKeys({ press: key });
  } finally {
    await sendKeys({ up: modifier });
  }
}
