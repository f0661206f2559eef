// A phone, in the e2e test of `leadsim facilitate --text --phones`: joins a team, waits for
// the decision, votes, then changes its vote. Node's own http module; loopback only.
//   node phone-vote.js URL TEAM FIRST_CHOICE FINAL_CHOICE
'use strict';
const http = require('http');
const [url, team, first, final] = process.argv.slice(2);

function call(method, path, device, body) {
  return new Promise((resolve, reject) => {
    const headers = { 'Content-Type': 'application/json' };
    if (device) headers['X-Leadsim-Device'] = device;
    const req = http.request(new URL(path, url), { method, headers, timeout: 5000 }, (res) => {
      let data = '';
      res.on('data', (chunk) => { data += chunk; });
      res.on('end', () => (res.statusCode < 300 ? resolve(JSON.parse(data)) : reject(new Error(`${res.statusCode} ${data}`))));
    });
    req.on('error', reject);
    if (body) req.write(JSON.stringify(body));
    req.end();
  });
}

(async () => {
  const joined = await call('POST', 'join', null, { team: Number(team) });
  let state;
  for (let i = 0; i < 50; i++) {
    state = await call('GET', 'state', joined.device);
    if (state.room.serial && state.room.open) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  await call('POST', 'vote', joined.device, { serial: state.room.serial, choice: Number(first) });
  await call('POST', 'vote', joined.device, { serial: state.room.serial, choice: Number(final) });
  console.log('voted');
})().catch((e) => { console.error(e.message); process.exit(1); });
