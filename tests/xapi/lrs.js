// A learning record store for the tests, on 127.0.0.1 only.
//   node lrs.js PORTFILE USER PASSWORD
// Writes "STATEMENTS_PORT CONTROL_PORT" to PORTFILE once both listen.
//
// POST /xapi/statements, as xAPI 1.0.3 says: 401 without the right Basic credentials;
// every statement checked with Learning Locker's xapi-validation (400 with the problems
// when any fails, and then none of the batch is kept); a statement whose id is already
// stored is the same statement again (nothing changes) or, when it differs, a 409; else
// kept, and 200 with the ids. The control port sets how it behaves:
//   GET /mode/up | /mode/down (stops listening: connections are refused) | /mode/fail (503)
//       | /mode/hang (never answers) | /mode/keep-then-hang (keeps the statements, never answers)
//   GET /reject/ID   answers 400 for any request holding statement ID, as if it were invalid
//   GET /stored      every statement kept, as a JSON array
//   GET /stats       {"posts", "kept", "again" (ids received once more), "conflicts", "invalid"}
'use strict';
const http = require('http');
const fs = require('fs');
const { problems } = require('./validate.js');

const [portFile, user, password] = process.argv.slice(2);
const expected = 'Basic ' + Buffer.from(`${user}:${password}`).toString('base64');
const stored = new Map();
const stats = { posts: 0, kept: 0, again: 0, conflicts: 0, invalid: 0 };
const rejected = new Set();
let mode = 'up';
let port = 0;

function answer(res, status, body) {
    res.writeHead(status, { 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3' });
    res.end(JSON.stringify(body));
}

// Keeps what is new; returns [status, body].
function keep(statements) {
    const found = [];
    statements.forEach((s, i) => {
        for (const p of problems(s)) found.push(`statement ${i + 1}: ${p}`);
        if (rejected.has(s.id)) found.push(`statement ${i + 1}: rejected by the test`);
    });
    if (found.length) {
        stats.invalid++;
        return [400, { message: found.join('; ') }];
    }
    for (const s of statements) {
        const old = stored.get(s.id);
        if (old !== undefined && old !== JSON.stringify(s)) {
            stats.conflicts++;
            return [409, { message: `statement ${s.id} exists and differs` }];
        }
    }
    for (const s of statements) {
        if (stored.has(s.id)) {
            stats.again++;
        } else {
            stored.set(s.id, JSON.stringify(s));
            stats.kept++;
        }
    }
    return [200, statements.map((s) => s.id)];
}

function statementsRequest(req, res) {
    let body = '';
    req.on('data', (chunk) => { body += chunk; });
    req.on('end', () => {
        stats.posts++;
        if (req.headers.authorization !== expected) return answer(res, 401, { message: 'unauthorized' });
        if (req.headers['x-experience-api-version'] !== '1.0.3') return answer(res, 400, { message: 'version' });
        if (req.method !== 'POST' || req.url !== '/xapi/statements') return answer(res, 404, { message: 'no' });
        if (mode === 'fail') return answer(res, 503, { message: 'down for maintenance' });
        let data;
        try {
            data = JSON.parse(body);
        } catch (e) {
            return answer(res, 400, { message: 'not JSON' });
        }
        const statements = Array.isArray(data) ? data : [data];
        if (mode === 'hang') return;                       // never answers: the client times out
        const [status, reply] = keep(statements);
        if (mode === 'keep-then-hang') return;
        answer(res, status, reply);
    });
}

const lrs = http.createServer(statementsRequest);
const control = http.createServer((req, res) => {
    const [, what, arg] = req.url.split('/');
    if (what === 'mode') {
        if (arg === 'down' && mode !== 'down') {
            lrs.close();
            lrs.closeAllConnections();
        } else if (arg !== 'down' && mode === 'down') {
            return lrs.listen(port, '127.0.0.1', () => { mode = arg; answer(res, 200, { mode }); });
        }
        mode = arg;
        return answer(res, 200, { mode });
    }
    if (what === 'reject') {
        rejected.add(arg);
        return answer(res, 200, { rejected: [...rejected] });
    }
    if (what === 'stored') return answer(res, 200, [...stored.values()].map((s) => JSON.parse(s)));
    if (what === 'stats') return answer(res, 200, stats);
    answer(res, 404, { message: 'no' });
});

lrs.listen(0, '127.0.0.1', () => {
    port = lrs.address().port;
    control.listen(0, '127.0.0.1', () => {
        fs.writeFileSync(portFile + '.tmp', `${port} ${control.address().port}\n`);
        fs.renameSync(portFile + '.tmp', portFile);
    });
});
