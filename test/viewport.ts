import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Sets the page's viewport (CSS pixels) in Chromium, Firefox and WebKit alike
 * (scripts/wtr-engine-commands.mjs; web-test-runner's setViewport has no WebDriver version; where
 * the WebKit window cannot get that narrow, the root element is given the width).
 */
export async function setViewport(size: { width: number; height: number }): Promise<void> {
  await executeServerCommand('zp-viewport', size);
}
