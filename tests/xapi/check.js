// What the LRS test checks, in Node so JSON is read as JSON.
//   node check.js get URL                       prints the body of a GET (the test LRS's control port)
//   node check.js account URL ATTEMPTS REJECTED FILE...
//       URL is the test LRS's /stored; FILEs are leadsim's xAPI exports of every attempt (the
//       statements it queued). Zero lost: every queued statement but REJECTED is stored. Zero
//       duplicated: each stored once, ATTEMPTS registrations, and each registration holds its
//       attempt's statements exactly once (launched, one answered per decision, completed).
'use strict';
const http = require('http');
const fs = require('fs');

function get(url) {
    return new Promise((resolve, reject) => {
        http.get(url, (res) => {
            let body = '';
            res.on('data', (c) => { body += c; });
            res.on('end', () => resolve(body));
        }).on('error', reject);
    });
}

async function account(url, attempts, rejected, files) {
    const stored = JSON.parse(await get(url));
    const queued = files.flatMap((f) => JSON.parse(fs.readFileSync(f, 'utf8')));
    const problems = [];
    const storedIds = stored.map((s) => s.id);
    if (new Set(storedIds).size !== storedIds.length) problems.push('a statement is stored twice');
    const want = queued.map((s) => s.id).filter((id) => id !== rejected);
    const lost = want.filter((id) => !storedIds.includes(id));
    const extra = storedIds.filter((id) => !want.includes(id));
    if (lost.length) problems.push(`lost: ${lost.length} statements (${lost.join(', ')})`);
    if (extra.length) problems.push(`stored but never queued (or the rejected one): ${extra.join(', ')}`);
    const byRegistration = new Map();
    for (const s of queued) {
        const r = s.context.registration;
        byRegistration.set(r, (byRegistration.get(r) || []).concat([s]));
    }
    if (byRegistration.size !== attempts) problems.push(`${byRegistration.size} registrations for ${attempts} attempts`);
    for (const [r, list] of byRegistration) {
        const verbs = list.map((s) => s.verb.id.split('/').pop());
        if (verbs[0] !== 'launched' || verbs[verbs.length - 1] !== 'completed' ||
            verbs.slice(1, -1).some((v) => v !== 'answered'))
            problems.push(`registration ${r}: verbs ${verbs.join(', ')}`);
    }
    console.log(`${queued.length} queued, ${stored.length} stored, ${byRegistration.size} attempts`);
    for (const p of problems) console.log(p);
    return problems.length ? 1 : 0;
}

const [what, ...rest] = process.argv.slice(2);
if (what === 'get') get(rest[0]).then((b) => { process.stdout.write(b + '\n'); }, (e) => { console.log(e.message); process.exit(1); });
else account(rest[0], Number(rest[1]), rest[2], rest.slice(3)).then((code) => process.exit(code));
