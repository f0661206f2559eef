// Validates xAPI statements with Learning Locker's xapi-validation.
//   node validate.js FILE...   each FILE holds one statement or an array of them
// Prints each problem as "FILE: statement N (id): path: message"; exits 1 when there is any.
'use strict';
const fs = require('fs');
const validate = require('xapi-validation').default;

// The problems of one statement, as "path: message" lines.
function problems(statement) {
    return validate(statement).map((w) => `${(w.path || []).join('.')}: ${w.message || w.constructor.name}`);
}

module.exports = { problems };

if (require.main === module) {
    let bad = 0, count = 0;
    for (const file of process.argv.slice(2)) {
        let data;
        try {
            data = JSON.parse(fs.readFileSync(file, 'utf8'));
        } catch (e) {
            console.log(`${file}: not JSON: ${e.message}`);
            bad++;
            continue;
        }
        const statements = Array.isArray(data) ? data : [data];
        statements.forEach((statement, i) => {
            count++;
            for (const p of problems(statement)) {
                console.log(`${file}: statement ${i + 1} (${statement.id}): ${p}`);
                bad++;
            }
        });
    }
    console.log(`xapi-validation: ${count} statements, ${bad} problems`);
    process.exit(bad ? 1 : 0);
}
