// The data baseline: how long node takes to JSON.parse and JSON.stringify the ten-year workspace
// as a JSON backup file, the floor any JavaScript app storing the same data as JSON would pay.
// Speaks the data bench protocol (data.mjs): one {"name", "ms"} line per run on stdout.
//
//   node tests/bench/json_baseline.mjs BACKUP.json RUNS
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const [file, runsArg] = process.argv.slice(2);
const runs = Number(runsArg);
if (!file || !(runs > 0)) {
  console.error('usage: json_baseline.mjs BACKUP.json RUNS');
  process.exit(2);
}

const text = readFileSync(file, 'utf8');
for (let run = 0; run < runs; run++) {
  let start = performance.now();
  const workspace = JSON.parse(text);
  console.log(JSON.stringify({ name: 'json_parse', ms: performance.now() - start }));
  start = performance.now();
  JSON.stringify(workspace);
  console.log(JSON.stringify({ name: 'json_stringify', ms: performance.now() - start }));
}
