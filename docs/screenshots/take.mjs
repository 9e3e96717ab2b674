// Takes the README's screenshots of report sections and dashboard parts in headless Chromium through chromedriver's
// WebDriver protocol (no npm package): node docs/screenshots/take.mjs PORT OUT.png URL [HEADING-TEXT] [WIDTHxHEIGHT]
// PORT is a running chromedriver's (chromedriver --port=PORT); HEADING-TEXT scrolls the first h2, h3 or table caption containing it to the top.
// WAIT_FILLED=SELECTOR (environment) also waits until that element shows a figure (not the placeholder '–').
import { writeFileSync } from 'node:fs';

const [port, out, url, heading, size = '1400x1000'] = process.argv.slice(2);
const [width, height] = size.split('x').map(Number);
const base = `http://127.0.0.1:${port}`;
async function call(method, path, body) {
  const res = await fetch(base + path, { method, headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body) });
  const json = await res.json();
  if (!res.ok) throw new Error(`${method} ${path}: ${JSON.stringify(json.value)}`);
  return json.value;
}
const session = await call('POST', '/session', { capabilities: { alwaysMatch: { browserName: 'chrome',
  'goog:chromeOptions': { binary: '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox', '--disable-gpu',
    '--disable-dev-shm-usage', '--hide-scrollbars', `--window-size=${width},${height}`] } } } });
const id = session.sessionId;
try {
  await call('POST', `/session/${id}/url`, { url });
  const deadline = Date.now() + 60000; // bounded wait for the page (and the dashboard's first refresh)
  for (;;) {
    const ready = await call('POST', `/session/${id}/execute/sync`, { script:
      `return document.readyState === 'complete' && (!arguments[0] || Array.from(document.querySelectorAll('h2,h3,caption'))
         .some(h => h.textContent.includes(arguments[0])))
         && (!arguments[1] || (document.querySelector(arguments[1]) && !/^[–-]?$/.test(document.querySelector(arguments[1]).textContent.trim())));`,
      args: [heading || '', process.env.WAIT_FILLED || ''] });
    if (ready) break;
    if (Date.now() > deadline) throw new Error('page or heading not there: ' + url + ' ' + heading);
    await new Promise(r => setTimeout(r, 500));
  }
  if (heading) {
    await call('POST', `/session/${id}/execute/sync`, { script:
      `Array.from(document.querySelectorAll('h2,h3,caption')).find(h => h.textContent.includes(arguments[0])).scrollIntoView(true);`,
      args: [heading] });
  }
  await new Promise(r => setTimeout(r, 1500)); // charts finish their animation
  writeFileSync(out, Buffer.from(await call('GET', `/session/${id}/screenshot`), 'base64'));
  console.log('wrote', out);
} finally {
  await call('DELETE', `/session/${id}`);
}
