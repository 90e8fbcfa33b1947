// What scripts/test asks of the bench (it runs `scripts/bench --quick` first): results.json exists,
// is one flat object, and has every figure issue 8 names, each a number or null. Never the timed
// values: those are for people to judge, and a slow machine must not fail the tests. The download
// size is no timing: the same build gives the same bytes on any machine, and its budget holds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const RESULTS = path.resolve(import.meta.dirname, '../../build/bench');

// Spelled out here, not imported from report.mjs, so that dropping a key there fails here.
const REQUIRED = [
  'web.total_brotli_bytes', 'web.baseline_hello_brotli_bytes',
  'data.wasm.load_ms', 'data.wasm.save_ms', 'data.wasm.search_ms', 'data.wasm.themes_ms', 'data.wasm.themes_warm_ms',
  'data.wasm.merge_2000_ms', 'data.wasm.reimport_2000_ms', 'data.wasm.reimport_100000_ms',
  'data.node.json_parse_ms', 'data.node.json_stringify_ms',
  'browser.first_frame_cold_ms', 'browser.first_frame_cached_ms', 'browser.scroll_frame_p95_ms',
  'browser.scroll_build_p95_ms', 'browser.scroll_goals_frame_p95_ms', 'browser.scroll_goals_build_p95_ms',
  'browser.tap_to_frame_ms', 'browser.idle_fps', 'browser.heap_mb',
  'lighthouse.performance', 'lighthouse.lcp_ms',
];

function read(file) {
  const full = path.join(RESULTS, file);
  assert.ok(existsSync(full), `${full} exists (scripts/bench --quick writes it)`);
  return readFileSync(full, 'utf8');
}

test('results.json is one flat object of numbers and nulls', () => {
  const results = JSON.parse(read('results.json'));
  assert.equal(typeof results, 'object');
  assert.ok(results !== null && !Array.isArray(results), 'one object');
  for (const [key, value] of Object.entries(results)) {
    assert.ok(value === null || Number.isFinite(value), `${key} is a number or null, not ${JSON.stringify(value)}`);
  }
});

test('results.json has every required figure', () => {
  const results = JSON.parse(read('results.json'));
  for (const key of REQUIRED) assert.ok(key in results, `${key} is present`);
});

test('results.md has the table', () => {
  const markdown = read('results.md');
  assert.match(markdown, /\| Figure \| Median \| Min \| Max \| Baseline \| Ratio \|/);
  // A baseline has no row of its own: it is the Baseline column of the figure it is read against.
  for (const key of REQUIRED.filter((k) => !k.includes('baseline'))) {
    assert.ok(markdown.includes(`\`${key}\``), `${key} has a row`);
  }
});

// The standard every feature is held to: a first visit downloads at most 350 KB (350,000 bytes)
// with brotli, whatever the app has grown to do.
const FIRST_VISIT_BUDGET = 350_000;

test('the first visit stays within 350 KB brotli', () => {
  const results = JSON.parse(read('results.json'));
  const total = results['web.total_brotli_bytes'];
  assert.ok(Number.isFinite(total) && total > 100_000, `the bench measured the first visit (${total})`);
  assert.ok(total <= FIRST_VISIT_BUDGET,
    `a first visit downloads ${total} bytes brotli, ${total - FIRST_VISIT_BUDGET} over the budget of ${FIRST_VISIT_BUDGET}`);
});
