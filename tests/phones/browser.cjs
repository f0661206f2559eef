// The phone page in a real browser: headless Chromium at a phone's viewport, driven through
// the DevTools protocol (cdp.cjs, no npm packages). Two phones join (one in a team named
// with markup), vote, change a vote, follow the room to the next decision and see voting
// close; the room's tally must match.
//   node browser.cjs DRIVER SCENARIO SCREENSHOT_DIR
'use strict';
const { spawn } = require('child_process');
const readline = require('readline');
const cdp = require('./cdp.cjs');

const [driverPath, scenario, shots] = process.argv.slice(2);
const hostileTeam = '<img src=x onerror=alert(1)>';
let passed = 0, failed = 0;

function check(name, ok, detail) {
  if (ok) { passed++; return; }
  failed++;
  console.log('FAIL ' + name + (detail ? ': ' + detail : ''));
}

// The driver: its stdout lines, one at a time, and commands written to its stdin.
function startDriver(teams) {
  const child = spawn(driverPath, [scenario, '--seconds', '60'].concat(teams ? ['--teams', teams] : []),
    { stdio: ['pipe', 'pipe', 'inherit'] });
  const waiting = [], lines = [];
  readline.createInterface({ input: child.stdout }).on('line', (line) => {
    const w = waiting.findIndex((x) => line.startsWith(x.prefix));
    if (w >= 0) waiting.splice(w, 1)[0].resolve(line); else lines.push(line);
  });
  const next = (prefix) => {
    const i = lines.findIndex((l) => l.startsWith(prefix));
    if (i >= 0) return Promise.resolve(lines.splice(i, 1)[0]);
    return new Promise((resolve) => waiting.push({ prefix, resolve }));
  };
  const send = (command, prefix) => { child.stdin.write(command + '\n'); return next(prefix); };
  return { child, next, send };
}

const phone = (browser, width) => cdp.newPage(browser, width, 720);
const visible = (page, id) => page.waitFor((x) => !document.getElementById(x).hidden, 5000, id);
const text = (page, selector) => page.evaluate((s) => document.querySelector(s).textContent, selector);
const pressed = (page) => page.evaluate(() => [...document.querySelectorAll('.choice')].map((b) => b.getAttribute('aria-pressed')));

async function joinTeam(page, url, team) {
  await page.goto(url);
  await visible(page, 'join');
  await page.click('input[name="team"][value="' + team + '"]');
  await page.click('#join-form button[type="submit"]');
  await visible(page, 'vote');
}

async function voteFor(page, n) {
  await page.click('.choice[data-number="' + n + '"]');
  await page.waitFor((k) => document.getElementById('status').textContent === 'Vote received: choice ' + k + '.',
    5000, n);
}

// What a screen reader hears: every button, radio and heading has a name, and the chosen
// choice is announced as pressed.
async function checkAccessible(page) {
  const { nodes } = await page.send('Accessibility.getFullAXTree');
  const named = (n) => n.name && String(n.name.value).trim() !== '';
  const controls = nodes.filter((n) => !n.ignored && ['button', 'radio', 'heading'].includes(n.role && n.role.value));
  const unnamed = controls.filter((n) => !named(n));
  check('every control and heading has an accessible name', controls.length >= 5 && unnamed.length === 0,
    controls.length + ' controls, ' + unnamed.length + ' unnamed');
  const pressedNodes = nodes.filter((n) => (n.properties || []).some((p) => p.name === 'pressed' && p.value.value === 'true'));
  check('the chosen choice is announced as pressed', pressedNodes.length === 1 && named(pressedNodes[0]) &&
    String(pressedNodes[0].name.value).startsWith('2'), JSON.stringify(pressedNodes.map((n) => n.name)));
  const live = nodes.filter((n) => (n.properties || []).some((p) => p.name === 'live' && p.value.value === 'polite'));
  check('a polite live region says what happened', live.length >= 1);
}

async function firstDecision(browser, driver, url) {
  const a = await phone(browser, 360);
  await a.goto(url);
  await visible(a, 'join');
  const labels = await a.evaluate(() => [...document.querySelectorAll('.team span')].map((x) => x.textContent));
  check('team names shown as text', labels[0] === 'Red' && labels[1] === hostileTeam, JSON.stringify(labels));
  check('no markup from a team name', (await a.evaluate(() => document.querySelectorAll('img').length)) === 0);
  await a.screenshot(shots + '/phone-join.png');
  await a.click('input[name="team"][value="1"]');
  await a.click('#join-form button[type="submit"]');
  await visible(a, 'vote');
  check('team shown', (await text(a, '#team-name')) === 'Team ' + hostileTeam);
  await voteFor(a, 1);
  await voteFor(a, 2);      // a change of mind, while voting is open
  const marks = await pressed(a);
  check('only the new vote is marked', marks[0] === 'false' && marks[1] === 'true', marks.join());
  await a.screenshot(shots + '/phone-vote.png', true);
  await checkAccessible(a);

  const b = await phone(browser, 320);  // the smallest phone
  await joinTeam(b, url, 0);
  await voteFor(b, 3);
  const wide = await b.evaluate(() => document.documentElement.scrollWidth);
  check('usable at 320 px: no sideways scrolling', wide <= 320, 'scrollWidth ' + wide);
  await b.screenshot(shots + '/phone-320.png');
  const stats = JSON.parse((await driver.send('stats', 'stats ')).slice(6));
  check('stats: 2 devices, 2 votes in', stats.devices === 2 && stats.votes_in === 2 && stats.room_votes_in === 2,
    JSON.stringify(stats));
  return [a, b];
}

async function nextDecision(driver, a, b) {
  const before = await text(a, '#title');
  await driver.send('next', 'decision 2');
  await a.waitFor((t) => document.getElementById('title').textContent !== t, 4000, before);
  check('follows to the next decision', (await text(a, '#status')).startsWith('New decision'));
  const marks = await pressed(a);
  check('no vote marked on the new decision', marks.every((m) => m === 'false'), marks.join());
  await voteFor(a, 1);
  await driver.send('close', 'closed 2');
  await a.waitFor(() => document.querySelector('.choice').disabled, 4000);
  check('closed: says so', (await text(a, '#phase')).startsWith('Voting is closed. Your vote: 1') &&
    (await text(a, '#status')) === 'Voting is closed. Your vote: choice 1.', await text(a, '#status'));
  await b.waitFor(() => document.querySelector('.choice').disabled, 4000);
  await a.screenshot(shots + '/phone-closed.png');
  for (const p of [a, b]) check('no page errors, dialogs or CSP violations', p.problems.length === 0, p.problems.join(' | '));
  const status = await a.evaluate(async () => {   // a vote sent anyway, as a hostile page would
    const r = await fetch('vote', { method: 'POST', body: JSON.stringify({ serial: 2, choice: 2 }),
      headers: { 'Content-Type': 'application/json', 'X-Leadsim-Device': localStorage.getItem(
        'leadsim-device-' + location.pathname.split('/')[1]) } });
    return r.status;
  });
  check('a vote after closing is refused', status === 409, 'status ' + status);
}

// A room with no teams: the phone joins by itself and its vote is one count.
async function noTeams() {
  const driver = startDriver(null);
  const url = (await driver.next('url ')).slice(4);
  const browser = await cdp.launch(process.env.CHROMIUM || 'chromium');
  try {
    const page = await phone(browser, 360);
    await page.goto(url);
    await visible(page, 'vote');
    check('no teams: no team question, no team line', (await text(page, '#team-name')) === '' &&
      (await page.evaluate(() => document.getElementById('change-team').hidden)));
    await voteFor(page, 2);
  } catch (e) {
    check('the browser run with no teams', false, e.stack);
  } finally {
    await browser.close();
  }
  const tally = JSON.parse((await driver.send('quit', 'tally ')).slice(6));
  check('no teams: one count for choice 2', JSON.stringify(tally.decisions[0].counts.slice(0, 3)) === '[0,1,0]',
    JSON.stringify(tally.decisions[0]));
}

async function main() {
  const driver = startDriver('Red,' + hostileTeam);
  const url = (await driver.next('url ')).slice(4);
  const browser = await cdp.launch(process.env.CHROMIUM || 'chromium');
  try {
    const [a, b] = await firstDecision(browser, driver, url);
    await nextDecision(driver, a, b);
  } catch (e) {
    check('the browser run', false, e.stack);
  } finally {
    await browser.close();
  }
  const tally = JSON.parse((await driver.send('quit', 'tally ')).slice(6));
  await noTeams();
  const [first, second] = tally.decisions;
  // Team Red (0) voted 3, the markup team (1) voted 1 then 2; then on decision 2, the markup team voted 1.
  check('tally of decision 1', JSON.stringify(first.team_votes) === '[3,2]' && first.counts[1] === 1 &&
    first.counts[2] === 1 && first.counts[0] === 0, JSON.stringify(first));
  check('tally of decision 2', second && JSON.stringify(second.team_votes) === '[0,1]', JSON.stringify(second));
  console.log('phones browser: ' + passed + ' passed, ' + failed + ' failed');
  process.exit(failed ? 1 : 0);
}

main().catch((e) => { console.log('FAIL ' + e.stack); process.exit(1); });
