// The data bench protocol (data.mjs) and the results' arithmetic, checked without the data bench
// itself: a stand-in program speaks the protocol, so the harness cannot rot while the real one is
// still to come.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { measureData, parseDataLines } from './data.mjs';
import { median, percentile, Results } from './report.mjs';

test('protocol lines fold into runs by name', () => {
  const runs = parseDataLines('{"name":"load","ms":2}\n{"name":"save","ms":1.5}\n\n{"name":"load","ms":4}\n', 'test');
  assert.deepEqual(runs, { load: [2, 4], save: [1.5] });
});

test('a line that breaks the protocol is an error, never skipped', () => {
  assert.throws(() => parseDataLines('loading...\n', 'test'), /line 1: not JSON/);
  assert.throws(() => parseDataLines('{"name":"load"}\n', 'test'), /line 1: expected/);
  assert.throws(() => parseDataLines('{"name":"Load Time","ms":1}\n', 'test'), /expected/);
  assert.throws(() => parseDataLines('{"name":"load","ms":"3"}\n', 'test'), /expected/);
});

test('a data bench runs natively and as wasm, and the JSON baseline reads its backup file', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'trellis-bench-test-'));
  try {
    // Stands in for trellis_data_bench in both builds: a node script, run directly or by node.
    const program = path.join(dir, 'stand_in.mjs');
    writeFileSync(program, `#!${process.execPath}
import { writeFileSync } from 'node:fs';
const args = process.argv.slice(2);
const out = args[args.indexOf('--out') + 1];
const runs = Number(args[args.indexOf('--runs') + 1]);
writeFileSync(out + '/workspace.trellis', 'as the app stores it');
writeFileSync(out + '/backup.json', JSON.stringify({ goals: [{ title: 'a' }], quick: args.includes('--quick') }));
for (let i = 0; i < runs; i++) console.log(JSON.stringify({ name: 'load', ms: i + 1 }));
`);
    chmodSync(program, 0o755);
    const outDir = path.join(dir, 'out');
    const data = measureData({ outDir, runs: 3, quick: true, programs: { native: program, wasm: program } });
    assert.deepEqual(data.native, { load: [1, 2, 3] });
    assert.deepEqual(data.wasm, { load: [1, 2, 3] });
    assert.deepEqual(Object.keys(data.node), ['json_parse', 'json_stringify']);
    assert.equal(data.node.json_parse.length, 3);
    assert.equal(data.workspaceFile, path.join(outDir, 'workspace.trellis'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('without a data bench every data figure is left to the caller as missing', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'trellis-bench-test-'));
  try {
    const missing = path.join(dir, 'none');
    const data = measureData({ outDir: dir, runs: 1, quick: true, programs: { native: missing, wasm: missing } });
    assert.deepEqual(data, { native: null, wasm: null, node: null, workspaceFile: null });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a figure of several runs keeps its median, min and max; a missing one is null', () => {
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 2, 3]), 2.5);
  assert.equal(percentile([...Array(100).keys()].map((i) => i + 1), 95), 95);
  assert.equal(percentile([7], 95), 7);
  const results = new Results();
  results.samples('browser.first_frame_cold_ms', [900, 700, 800]);
  results.none('browser.first_frame_cached_ms', 'no service worker');
  const json = results.toJSON();
  assert.equal(json['browser.first_frame_cold_ms'], 800);
  assert.equal(json['browser.first_frame_cold_ms.min'], 700);
  assert.equal(json['browser.first_frame_cold_ms.max'], 900);
  assert.equal(json['browser.first_frame_cached_ms'], null);
  assert.equal(json['lighthouse.lcp_ms'], null, 'a required key never measured is still there, null');
});
