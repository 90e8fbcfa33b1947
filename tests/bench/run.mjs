// The measuring half of scripts/bench (which builds first): measures the built site against its
// baselines and writes build/bench/results.json and build/bench/results.md.
//
//   node tests/bench/run.mjs [--quick]
//
// Reads build/web (the app) and build/bench-hello/web (the hello baseline). A step that fails
// leaves its figures null with the reason in results.md, the other steps still run, and the exit
// status is 1: a null is never silent, and never stands for a broken harness without saying so.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { scrollScreen, tapLatencies, typingFrames, visit } from './chromium.mjs';
import { ROOT, measureData } from './data.mjs';
import { lighthouse, lighthouseVersion } from './lighthouse.mjs';
import { Results, markdown, median, percentile, REQUIRED_KEYS, START_STEPS } from './report.mjs';
import { serveSite } from './server.mjs';
import { measureFiles, totalOf } from './size.mjs';

// How many times each figure is measured. --quick keeps scripts/test's run short.
const MODES = {
  full: { browserRuns: 5, lighthouseRuns: 3, dataRuns: 5, flings: 4, taps: 12, letters: 24 },
  quick: { browserRuns: 3, lighthouseRuns: 0, dataRuns: 2, flings: 2, taps: 6, letters: 12 },
};

const SITE = path.join(ROOT, 'build/web');
const HELLO_SITE = path.join(ROOT, 'build/bench-hello/web');
const OUT = path.join(ROOT, 'build/bench');

const log = (message) => process.stderr.write(`[bench] ${message}\n`);

const { values: options } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
const mode = options.quick ? MODES.quick : MODES.full;
const started = performance.now();
const results = new Results();
const notes = [];
const failures = [];
const info = {};

// Runs one step; if it throws, the figures it owns that are still unset become null, with why.
async function step(name, keys, measure) {
  log(name);
  try {
    await measure();
  } catch (err) {
    failures.push(`${name}: ${err.stack || err}`);
    for (const key of keys) {
      if (!(key in results.values)) results.none(key, `${name} failed: ${String(err.message || err).split('\n')[0]}`);
    }
  }
}

// [SECTION] Size

await step('size', [], () => {
  info.files = measureFiles(SITE);
  info.helloFiles = measureFiles(HELLO_SITE);
  for (const [file, size] of Object.entries(info.files)) {
    for (const kind of ['raw', 'gzip', 'brotli']) results.value(`web.file.${file}.${kind}_bytes`, size[kind]);
  }
});

// [SECTION] Data

const dataKeys = REQUIRED_KEYS.filter((key) => key.startsWith('data.'));
let workspaceFile = null;
await step('data', dataKeys, () => {
  const data = measureData({ outDir: path.join(OUT, 'data'), runs: mode.dataRuns, quick: options.quick });
  for (const kind of ['native', 'wasm', 'node']) {
    for (const [name, samples] of Object.entries(data[kind] ?? {})) results.samples(`data.${kind}.${name}_ms`, samples);
  }
  workspaceFile = data.workspaceFile;
  for (const key of dataKeys) {
    if (key in results.values) continue;
    results.none(key, data.native || data.wasm
      ? 'the data bench printed no such figure'
      : 'no data bench yet: trellis_data_bench (see tests/bench/data.mjs) comes with the ten-year workspace generator');
  }
});

// [SECTION] Browser

const site = await serveSite(SITE);
const helloSite = await serveSite(HELLO_SITE);

await step('browser', ['web.total_brotli_bytes', 'web.baseline_hello_brotli_bytes', 'browser.first_frame_cold_ms',
  'browser.first_frame_cached_ms', 'browser.idle_fps', 'browser.heap_mb'], async () => {
  // One visit each first, not counted: the first Chromium start after a while reads its binary
  // and libraries from disk, which says nothing about Trellis.
  await visit('trellis', site.url);
  await visit('hello', helloSite.url);
  const visits = { trellis: [], hello: [] };
  for (let run = 1; run <= mode.browserRuns; run++) {
    // Interleaved, so a busy moment of the machine weighs on both alike.
    visits.trellis.push(await visit('trellis', site.url));
    visits.hello.push(await visit('hello', helloSite.url));
    log(`  run ${run}/${mode.browserRuns}: first frame ${visits.trellis.at(-1).firstFrameMs.toFixed(0)} ms `
      + `(hello ${visits.hello.at(-1).firstFrameMs.toFixed(0)} ms)`);
  }
  const figure = (target, pick) => visits[target].map(pick);
  results.samples('browser.first_frame_cold_ms', figure('trellis', (v) => v.firstFrameMs));
  results.samples('browser.idle_fps', figure('trellis', (v) => v.idleFps));
  results.samples('browser.heap_mb', figure('trellis', (v) => v.heapMb));
  results.samples('browser.baseline_hello_first_frame_cold_ms', figure('hello', (v) => v.firstFrameMs));
  results.samples('browser.baseline_hello_idle_fps', figure('hello', (v) => v.idleFps));
  results.samples('browser.baseline_hello_heap_mb', figure('hello', (v) => v.heapMb));
  const cached = figure('trellis', (v) => v.cachedFirstFrameMs);
  if (cached.every((ms) => ms !== null)) {
    results.samples('browser.first_frame_cached_ms', cached);
    // Where that start's time goes: when each step ended.
    for (const step of Object.keys(START_STEPS)) {
      const ends = figure('trellis', (v) => v.cachedSteps[step]);
      if (ends.every((ms) => typeof ms === 'number')) results.samples(`browser.cached_start.${step}_ms`, ends);
      else results.none(`browser.cached_start.${step}_ms`, 'the page did not mark this step of its start');
    }
  } else {
    results.none('browser.first_frame_cached_ms',
      'no service worker: after the first visit navigator.serviceWorker.getRegistrations() was empty');
  }

  // The first-visit download: the files the visits requested.
  info.requested = [...new Set(visits.trellis.flatMap((v) => v.requested))].sort();
  info.helloRequested = [...new Set(visits.hello.flatMap((v) => v.requested))].sort();
  const total = totalOf(info.files, info.requested);
  const helloTotal = totalOf(info.helloFiles, info.helloRequested);
  for (const kind of ['raw', 'gzip', 'brotli']) {
    results.value(`web.total_${kind}_bytes`, total[kind]);
    results.value(`web.baseline_hello_${kind}_bytes`, helloTotal[kind]);
  }
});

// Scrolling the ten-year journal and goal list. Per frame: its wall time from one animation frame
// to the next (on this machine mostly SwiftShader rasterising a 1170x2532 canvas on the CPU), and
// the main thread's share, which is what the app itself costs, split into ImGui's frame with the
// app's drawing (build) and the GL calls (submit; here they may wait on the software rasteriser,
// which a phone's GPU takes over).
const SCROLLED = [
  { screen: 'Journal', prefix: 'browser.scroll', what: 'the journal' },
  { screen: 'Goals', prefix: 'browser.scroll_goals', what: 'the goal list' },
];
const FRAME_PARTS = [['frame', 'durations'], ['main_thread', 'mainThread'], ['build', 'build'], ['submit', 'submit']];

for (const { screen, prefix, what } of SCROLLED) {
  const keys = FRAME_PARTS.flatMap(([part]) => [`${prefix}_${part}_median_ms`, `${prefix}_${part}_p95_ms`]);
  await step(`scrolling ${what}`, keys, async () => {
    if (!workspaceFile) {
      const why = 'no ten-year workspace to scroll: the data bench writes it, and it does not exist yet';
      for (const key of keys) results.none(key, why);
      return;
    }
    const samples = Object.fromEntries(keys.map((key) => [key, []]));
    for (let run = 1; run <= mode.browserRuns; run++) {
      const frames = await scrollScreen(site.url, workspaceFile, screen, mode.flings);
      if (frames === null) throw new Error(`${what} did not scroll under a dragging finger with the ten-year workspace seeded`);
      if (frames.durations.length === 0) throw new Error(`the app drew no frame while a finger scrolled ${what}`);
      for (const [part, field] of FRAME_PARTS) {
        if (frames[field].length === 0) continue;
        samples[`${prefix}_${part}_median_ms`].push(median(frames[field]));
        samples[`${prefix}_${part}_p95_ms`].push(percentile(frames[field], 95));
      }
    }
    for (const key of keys) {
      if (samples[key].length > 0) results.samples(key, samples[key]);
      else results.none(key, 'the page reports no frame timing (window.trellis.frameMs, frameBuildMs, frameSubmitMs)');
    }
  });
}

// A tap on a bottom tab to the frame that shows the new screen, with the ten-year workspace.
const TAP_KEYS = ['browser.tap_to_frame_ms', 'browser.tap_to_frame_p95_ms'];
await step('a tap to its frame', TAP_KEYS, async () => {
  if (!workspaceFile) {
    for (const key of TAP_KEYS) results.none(key, 'no ten-year workspace: the data bench writes it');
    return;
  }
  const medians = [];
  const p95s = [];
  for (let run = 1; run <= mode.browserRuns; run++) {
    const latencies = await tapLatencies(site.url, workspaceFile, ['Journal', 'Goals', 'Home'], mode.taps);
    medians.push(median(latencies));
    p95s.push(percentile(latencies, 95));
  }
  results.samples('browser.tap_to_frame_ms', medians);
  results.samples('browser.tap_to_frame_p95_ms', p95s);
});

// Typing into a 5,000-word entry (issue 17), beside typing into a short one: each letter rewraps
// the whole text, so the long entry's frames against the short one's say what the length costs.
const TYPING_KEYS = ['browser.typing_5000_words_frame_median_ms', 'browser.typing_5000_words_frame_p95_ms',
  'browser.baseline_typing_20_words_frame_median_ms'];
await step('typing into a 5,000-word entry', TYPING_KEYS, async () => {
  const long = [];
  const p95s = [];
  const short = [];
  for (let run = 1; run <= mode.browserRuns; run++) {
    const shortFrames = await typingFrames(site.url, 20, mode.letters);
    const longFrames = await typingFrames(site.url, 5000, mode.letters);
    short.push(median(shortFrames));
    long.push(median(longFrames));
    p95s.push(percentile(longFrames, 95));
    log(`  run ${run}/${mode.browserRuns}: a letter in 5,000 words ${long.at(-1).toFixed(1)} ms (in 20 words ${short.at(-1).toFixed(1)} ms)`);
  }
  results.samples('browser.typing_5000_words_frame_median_ms', long);
  results.samples('browser.typing_5000_words_frame_p95_ms', p95s);
  results.samples('browser.baseline_typing_20_words_frame_median_ms', short);
});

// [SECTION] Lighthouse

await step('lighthouse', ['lighthouse.performance', 'lighthouse.lcp_ms'], async () => {
  if (mode.lighthouseRuns === 0) {
    results.none('lighthouse.performance', 'skipped by --quick: only the full scripts/bench installs and runs Lighthouse');
    results.none('lighthouse.lcp_ms', 'skipped by --quick: only the full scripts/bench installs and runs Lighthouse');
    return;
  }
  info.lighthouse = lighthouseVersion();
  if (!info.lighthouse) throw new Error('Lighthouse is not installed in tests/bench/lighthouse (scripts/bench installs it)');
  const runs = [];
  for (let run = 1; run <= mode.lighthouseRuns; run++) {
    runs.push(await lighthouse(site.url));
    log(`  run ${run}/${mode.lighthouseRuns}: performance ${runs.at(-1).performance}, LCP ${runs.at(-1).lcpMs.toFixed(0)} ms`);
  }
  results.samples('lighthouse.performance', runs.map((r) => r.performance));
  results.samples('lighthouse.lcp_ms', runs.map((r) => r.lcpMs));
  results.samples('lighthouse.fcp_ms', runs.map((r) => r.fcpMs));
  results.samples('lighthouse.tbt_ms', runs.map((r) => r.tbtMs));
  results.samples('lighthouse.speed_index_ms', runs.map((r) => r.speedIndexMs));
  const elements = [...new Set(runs.map((r) => r.lcpElement))].join(', ');
  notes.push(`Lighthouse (mobile, slow 4G and 4x CPU applied while loading): its largest contentful paint is \`${elements}\`. `
    + 'A canvas is never an LCP candidate, so LCP times the loading screen; the wasm start shows in total blocking time.');
});

await site.close();
await helloSite.close();

// [SECTION] Writing the results

results.value('meta.quick', options.quick ? 1 : 0);
results.value('meta.browser_runs', mode.browserRuns);
notes.push('Browser figures: Debian\'s Chromium under Playwright as a phone (390 x 844, DPR 3, touch), software '
  + 'WebGL (SwiftShader), the site served from loopback with brotli; first frame is navigation start to the end '
  + 'of the first drawn frame; heap is the wasm linear memory (Module.HEAP8.length), which never shrinks.');
const git = (...args) => execFileSync('git', ['-C', ROOT, ...args], { encoding: 'utf8' }).trim();
const dirty = git('status', '--porcelain').length > 0;
Object.assign(info, {
  quick: options.quick,
  date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  commit: `${git('rev-parse', '--short', 'HEAD')}${dirty ? ' (with uncommitted changes)' : ''}`,
  machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}`,
  chromium: execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(),
  node: process.version,
  seconds: Math.round((performance.now() - started) / 1000),
  notes,
});
mkdirSync(OUT, { recursive: true });
writeFileSync(path.join(OUT, 'results.json'), JSON.stringify(results, null, 2) + '\n');
writeFileSync(path.join(OUT, 'results.md'), markdown(results, info));
log(`wrote ${path.relative(ROOT, OUT)}/results.json and results.md`);
if (failures.length) {
  for (const failure of failures) log(`FAILED ${failure}`);
  process.exit(1);
}
