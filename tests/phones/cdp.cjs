// A tiny DevTools-protocol client: Chromium over --remote-debugging-pipe (requests on fd 3,
// replies and events on fd 4, NUL-separated JSON). Just enough to drive a phone page, with
// nothing from npm: the test needs only Chromium and Node.js.
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

async function launch(executable) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'leadsim-chromium-'));
  const child = spawn(executable, ['--headless', '--remote-debugging-pipe', '--no-sandbox', '--disable-gpu',
    '--no-first-run', '--no-default-browser-check', '--user-data-dir=' + profile, 'about:blank'],
  { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
  let next = 0, buffer = '';
  const pending = new Map(), listeners = [];
  child.stdio[4].on('data', (chunk) => {
    buffer += chunk.toString('utf8');
    let end;
    while ((end = buffer.indexOf('\0')) >= 0) {
      const message = JSON.parse(buffer.slice(0, end));
      buffer = buffer.slice(end + 1);
      if (message.id && pending.has(message.id)) {
        const { resolve, reject, method } = pending.get(message.id);
        pending.delete(message.id);
        if (message.error) reject(new Error(method + ': ' + message.error.message)); else resolve(message.result);
      } else {
        for (const listen of listeners) listen(message);
      }
    }
  });
  const send = (method, params, sessionId) => new Promise((resolve, reject) => {
    const id = ++next;
    pending.set(id, { resolve, reject, method });
    const message = { id, method, params: params || {} };
    if (sessionId) message.sessionId = sessionId;
    child.stdio[3].write(JSON.stringify(message) + '\0');
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  // Chromium writes its profile until it has exited: only then is the folder removed.
  const close = async () => {
    await send('Browser.close').catch(() => {});
    const late = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(late);
    try { fs.rmSync(profile, { recursive: true, force: true, maxRetries: 3 }); } catch (e) { /* a temp folder */ }
  };
  return { send, close, on: (listen) => listeners.push(listen) };
}

// A page in a browser context of its own (its own storage: another phone), at a phone's size.
async function newPage(browser, width, height) {
  const { browserContextId } = await browser.send('Target.createBrowserContext');
  const { targetId } = await browser.send('Target.createTarget', { url: 'about:blank', browserContextId });
  const { sessionId } = await browser.send('Target.attachToTarget', { targetId, flatten: true });
  const send = (method, params) => browser.send(method, params, sessionId);
  const page = { send, problems: [] };
  browser.on((m) => {
    if (m.sessionId !== sessionId) return;
    const p = m.params;
    if (m.method === 'Runtime.consoleAPICalled' && p.type === 'error') page.problems.push(p.args.map((a) => a.value).join(' '));
    if (m.method === 'Runtime.exceptionThrown') page.problems.push(p.exceptionDetails.text);
    if (m.method === 'Log.entryAdded' && p.entry.level === 'error') page.problems.push(p.entry.text + ' ' + (p.entry.url || ''));
    if (m.method === 'Page.javascriptDialogOpening') {
      page.problems.push('a dialog opened: ' + p.message);
      send('Page.handleJavaScriptDialog', { accept: false });
    }
  });
  for (const domain of ['Page', 'Runtime', 'Log']) await send(domain + '.enable');
  await send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 2, mobile: true });
  await send('Emulation.setTouchEmulationEnabled', { enabled: true });

  page.evaluate = async (fn, ...args) => {
    const r = await send('Runtime.evaluate', { expression: '(' + fn + ')(...' + JSON.stringify(args) + ')',
      awaitPromise: true, returnByValue: true });
    if (r.exceptionDetails) throw new Error('in the page: ' + r.exceptionDetails.text + ' ' +
      (r.exceptionDetails.exception ? r.exceptionDetails.exception.description : ''));
    return r.result.value;
  };
  page.waitFor = async (fn, timeout, ...args) => {
    const until = Date.now() + (timeout || 5000);
    for (;;) {
      if (await page.evaluate(fn, ...args).catch(() => false)) return;
      if (Date.now() > until) throw new Error('timed out waiting for ' + String(fn).slice(0, 120) + ' ' + JSON.stringify(args));
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  page.goto = async (url) => {
    await send('Page.navigate', { url });
    await page.waitFor((u) => location.href === u && document.readyState === 'complete', 10000, url);
  };
  // A real click: the mouse at the element's centre, as a finger would land.
  page.click = async (selector) => {
    const at = await page.evaluate((s) => {
      const e = document.querySelector(s);
      if (!e) return null;
      e.scrollIntoView({ block: 'center' });
      const r = e.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }, selector);
    if (!at) throw new Error('no element ' + selector);
    for (const type of ['mousePressed', 'mouseReleased'])
      await send('Input.dispatchMouseEvent', { type, x: at.x, y: at.y, button: 'left', clickCount: 1 });
  };
  page.screenshot = async (file, fullPage) => {
    const params = { format: 'png' };
    if (fullPage) {
      const { cssContentSize } = await send('Page.getLayoutMetrics');
      params.clip = { x: 0, y: 0, width: cssContentSize.width, height: cssContentSize.height, scale: 1 };
      params.captureBeyondViewport = true;
    }
    const { data } = await send('Page.captureScreenshot', params);
    fs.writeFileSync(file, Buffer.from(data, 'base64'));
  };
  return page;
}

module.exports = { launch, newPage };
