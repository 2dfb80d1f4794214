// Test commands that web-test-runner's own versions do not give in every engine:
// `zp-keys` (test/keys.ts), the keyboard, and `zp-viewport` (test/viewport.ts), the page size.
// web-test-runner's sendKeys speaks each protocol differently: over WebDriver BiDi
// (Firefox) there is no key named "Space"; classic WebDriver (WebKit) has no down/up; and
// Firefox runs no activation (Enter/Space do not click) in a window that is not focused.
// Its setViewport has no WebDriver (WebKit) version: there the window is resized until the
// page's inner size is the one asked for (the root element narrowed where the window cannot be).

/** WebDriver key codes (W3C WebDriver, "Keyboard actions") for the named keys the tests use. */
const WEBDRIVER_KEYS = {
  Backspace: '\uE003', Tab: '\uE004', Enter: '\uE007', Shift: '\uE008', Control: '\uE009',
  Alt: '\uE00A', Escape: '\uE00C', Space: '\uE00D', PageUp: '\uE00E', PageDown: '\uE00F',
  End: '\uE010', Home: '\uE011', ArrowLeft: '\uE012', ArrowUp: '\uE013', ArrowRight: '\uE014',
  ArrowDown: '\uE015', Delete: '\uE017', Meta: '\uE03D',
};

function webdriverKey(name) {
  if ([...name].length === 1) return name;
  const code = WEBDRIVER_KEYS[name];
  if (!code) throw new Error(`zp-keys: no WebDriver code for key "${name}"`);
  return code;
}

/** Key actions of one payload: press = down+up, type = each character, down/up alone. */
function keyActions(payload) {
  if ('type' in payload) return [...payload.type].flatMap((c) => [{ type: 'keyDown', value: c }, { type: 'keyUp', value: c }]);
  if ('press' in payload) {
    const value = webdriverKey(payload.press);
    return [{ type: 'keyDown', value }, { type: 'keyUp', value }];
  }
  if ('down' in payload) return [{ type: 'keyDown', value: webdriverKey(payload.down) }];
  if ('up' in payload) return [{ type: 'keyUp', value: webdriverKey(payload.up) }];
  throw new Error('zp-keys: expected { press } | { type } | { down } | { up }');
}

/** Over BiDi a printable key is its character: "Space" is " ". */
const bidiName = (name) => (name === 'Space' ? ' ' : name);

async function puppeteerKeys(page, payload, firefox) {
  if (firefox && !(await page.evaluate(() => document.hasFocus()))) {
    // Only the focused window activates buttons: bring this one to the front and wait until
    // the document has focus before the key goes in (checked first: a hundred Tabs in a row
    // in one window bring it to the front once).
    await page.bringToFront();
    await page.waitForFunction(() => document.hasFocus(), { timeout: 5_000 }).catch(() => {});
  }
  const name = (key) => (firefox ? bidiName(key) : key);
  if ('type' in payload) await page.keyboard.type(payload.type);
  else if ('press' in payload) await page.keyboard.press(name(payload.press));
  else if ('down' in payload) await page.keyboard.down(name(payload.down));
  else if ('up' in payload) await page.keyboard.up(name(payload.up));
  else throw new Error('zp-keys: expected { press } | { type } | { down } | { up }');
}

/**
 * Resizes a WebDriver window so that the page (innerWidth × innerHeight) gets `width` × `height`.
 * MiniBrowser's window cannot be narrower than its toolbar (447 px here): below that the root
 * element is given the width instead, so the page lays out at the width asked for.
 */
async function webdriverViewport(driver, { width, height }) {
  const inner = () => driver.execute(() => [window.innerWidth, window.innerHeight, window.outerWidth, window.outerHeight]);
  for (let attempt = 0; attempt < 3; attempt++) {
    const [innerW, innerH, outerW, outerH] = await inner();
    if (innerW === width && innerH === height) break;
    await driver.setWindowRect(null, null, width + (outerW - innerW), height + (outerH - innerH));
  }
  const [w, h] = await inner();
  if (h !== height || w < width) throw new Error(`zp-viewport: asked for ${width}×${height}, the page is ${w}×${h}`);
  await driver.execute((narrower) => {
    document.documentElement.style.width = narrower ? `${narrower}px` : '';
  }, w > width ? width : 0);
}

async function viewport(session, payload) {
  const browser = session.browser;
  if (browser.type === 'webdriver') await webdriverViewport(browser.driver, payload);
  else if (browser.type === 'puppeteer') await browser.getPage(session.id).setViewport(payload);
  else throw new Error(`zp-viewport: no viewport for a ${browser.type} launcher`);
  return true;
}

async function keys(session, payload) {
  const browser = session.browser;
  if (browser.type === 'webdriver') {
    await browser.driver.performActions([{ type: 'key', id: 'zp-keyboard', actions: keyActions(payload) }]);
  } else if (browser.type === 'puppeteer') {
    await puppeteerKeys(browser.getPage(session.id), payload, /firefox/i.test(browser.name));
  } else {
    throw new Error(`zp-keys: no keyboard for a ${browser.type} launcher`);
  }
  return true;
}

export function engineCommandsPlugin() {
  // One command at a time across all test windows: bringing one window to the front must not
  // race a key going into another.
  let queue = Promise.resolve();
  const commands = { 'zp-keys': keys, 'zp-viewport': viewport };
  return {
    name: 'zp-engine-commands',
    executeCommand({ command, payload, session }) {
      const run = commands[command];
      if (!run) return undefined;
      const result = queue.then(() => run(session, payload));
      queue = result.catch(() => {});
      return result;
    },
  };
}
