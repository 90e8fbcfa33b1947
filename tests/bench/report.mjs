// The bench's results: figures gathered from several runs, written as build/bench/results.json (one
// flat object of numbers and nulls) and build/bench/results.md (the table a person reads).
//
// A figure measured several times is written as its median under its own key, with `<key>.min`
// and `<key>.max` beside it, so noise is visible. A figure that cannot be measured yet is null,
// and results.md says why.

// [SECTION] Statistics
// [SECTION] Collecting figures
// [SECTION] results.md

// [SECTION] Statistics

export function median(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

// Nearest rank: the smallest sample with at least `p` percent of the samples at or below it.
export function percentile(samples, p) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

function round(value, key) {
  if (key.endsWith('_bytes')) return Math.round(value);
  return Math.round(value * 100) / 100;
}

// [SECTION] Collecting figures

// The keys issue 8 asks every results.json to have, a number or null.
export const REQUIRED_KEYS = [
  'web.total_brotli_bytes', 'web.baseline_hello_brotli_bytes',
  'data.wasm.load_ms', 'data.wasm.save_ms', 'data.wasm.search_ms', 'data.wasm.themes_ms', 'data.wasm.themes_warm_ms',
  'data.wasm.merge_2000_ms', 'data.wasm.reimport_2000_ms', 'data.wasm.reimport_100000_ms',
  'data.node.json_parse_ms', 'data.node.json_stringify_ms',
  'browser.first_frame_cold_ms', 'browser.first_frame_cached_ms', 'browser.scroll_frame_p95_ms',
  'browser.scroll_build_p95_ms', 'browser.scroll_goals_frame_p95_ms', 'browser.scroll_goals_build_p95_ms',
  'browser.tap_to_frame_ms', 'browser.idle_fps', 'browser.heap_mb',
  'lighthouse.performance', 'lighthouse.lcp_ms',
];

export class Results {
  constructor() {
    this.values = {};      // key -> number or null: what results.json holds
    this.runs = {};        // key -> how many runs its median is of
    this.missing = {};     // key -> why it is null
  }

  // One measurement that does not vary between runs (a file's size).
  value(key, value) {
    this.values[key] = round(value, key);
  }

  // Several runs of one figure: the median, and its min and max.
  samples(key, samples) {
    this.values[key] = round(median(samples), key);
    this.values[`${key}.min`] = round(Math.min(...samples), key);
    this.values[`${key}.max`] = round(Math.max(...samples), key);
    this.runs[key] = samples.length;
  }

  // A figure that cannot be measured, and why.
  none(key, reason) {
    this.values[key] = null;
    this.missing[key] = reason;
  }

  get(key) {
    return this.values[key] ?? null;
  }

  // Every required key: a number, or null with a reason.
  toJSON() {
    const json = { ...this.values };
    for (const key of REQUIRED_KEYS) {
      if (!(key in json)) json[key] = null;
    }
    return json;
  }
}

// [SECTION] results.md

// The steps of a start the page marks (tests/bench/chromium.mjs reads them), in the order they end.
export const START_STEPS = {
  page: 'the page parsed (DOMContentLoaded)',
  wasm: 'the wasm compiled and instantiated',
  storage: 'the browser storage read (IndexedDB)',
  context: 'the WebGL context made',
  window: "SDL's window on it",
  fonts: 'ImGui started and the fonts baked',
  gpu: 'the shaders and the font texture',
};

// The table's rows, in reading order. `baseline` names the key the figure is read against.
const ROWS = [
  { key: 'web.total_brotli_bytes', label: 'First visit download, brotli -q 11', baseline: 'web.baseline_hello_brotli_bytes' },
  { key: 'web.total_gzip_bytes', label: 'First visit download, gzip -9', baseline: 'web.baseline_hello_gzip_bytes' },
  { key: 'web.total_raw_bytes', label: 'First visit download, uncompressed', baseline: 'web.baseline_hello_raw_bytes' },
  { key: 'browser.first_frame_cold_ms', label: 'First frame, cold (fresh profile)', baseline: 'browser.baseline_hello_first_frame_cold_ms' },
  { key: 'browser.first_frame_cached_ms', label: 'First frame, from the service worker (offline)' },
  ...Object.entries(START_STEPS).map(([step, label]) => ({ key: `browser.cached_start.${step}_ms`, label: `Start from the service worker: ${label}, at` })),
  { key: 'browser.scroll_frame_median_ms', label: 'Frame time scrolling the ten-year journal, median' },
  { key: 'browser.scroll_frame_p95_ms', label: 'Frame time scrolling the ten-year journal, 95th pct' },
  { key: 'browser.scroll_main_thread_median_ms', label: 'Main thread per frame scrolling the ten-year journal, median' },
  { key: 'browser.scroll_main_thread_p95_ms', label: 'Main thread per frame scrolling the ten-year journal, 95th pct' },
  { key: 'browser.scroll_build_median_ms', label: 'ImGui and app per frame scrolling the ten-year journal, median' },
  { key: 'browser.scroll_build_p95_ms', label: 'ImGui and app per frame scrolling the ten-year journal, 95th pct' },
  { key: 'browser.scroll_submit_median_ms', label: 'GL calls per frame scrolling the ten-year journal, median' },
  { key: 'browser.scroll_submit_p95_ms', label: 'GL calls per frame scrolling the ten-year journal, 95th pct' },
  { key: 'browser.scroll_goals_frame_median_ms', label: 'Frame time scrolling the goal list, median' },
  { key: 'browser.scroll_goals_frame_p95_ms', label: 'Frame time scrolling the goal list, 95th pct' },
  { key: 'browser.scroll_goals_main_thread_median_ms', label: 'Main thread per frame scrolling the goal list, median' },
  { key: 'browser.scroll_goals_main_thread_p95_ms', label: 'Main thread per frame scrolling the goal list, 95th pct' },
  { key: 'browser.scroll_goals_build_median_ms', label: 'ImGui and app per frame scrolling the goal list, median' },
  { key: 'browser.scroll_goals_build_p95_ms', label: 'ImGui and app per frame scrolling the goal list, 95th pct' },
  { key: 'browser.scroll_goals_submit_median_ms', label: 'GL calls per frame scrolling the goal list, median' },
  { key: 'browser.scroll_goals_submit_p95_ms', label: 'GL calls per frame scrolling the goal list, 95th pct' },
  { key: 'browser.tap_to_frame_ms', label: 'A tap on a tab to the frame showing it, median' },
  { key: 'browser.typing_5000_words_frame_median_ms', label: 'Longest frame per letter typed into a 5,000-word entry, median', baseline: 'browser.baseline_typing_20_words_frame_median_ms' },
  { key: 'browser.typing_5000_words_frame_p95_ms', label: 'Longest frame per letter typed into a 5,000-word entry, 95th pct' },
  { key: 'browser.baseline_typing_20_words_frame_median_ms', label: 'Baseline: the same into a 20-word entry, median' },
  { key: 'browser.tap_to_frame_p95_ms', label: 'A tap on a tab to the frame showing it, 95th pct' },
  { key: 'browser.idle_fps', label: 'Frames per second while idle', baseline: 'browser.baseline_hello_idle_fps' },
  { key: 'browser.heap_mb', label: 'Wasm heap after load (MiB)', baseline: 'browser.baseline_hello_heap_mb' },
  { data: true },
  { key: 'data.node.json_parse_ms', label: 'Node JSON.parse of the backup file' },
  { key: 'data.node.json_stringify_ms', label: 'Node JSON.stringify of the workspace' },
  { key: 'lighthouse.performance', label: 'Lighthouse performance score (0-100), mobile' },
  { key: 'lighthouse.lcp_ms', label: 'Lighthouse largest contentful paint, mobile' },
  { key: 'lighthouse.fcp_ms', label: 'Lighthouse first contentful paint, mobile' },
  { key: 'lighthouse.tbt_ms', label: 'Lighthouse total blocking time, mobile' },
  { key: 'lighthouse.speed_index_ms', label: 'Lighthouse speed index, mobile' },
];

// The data operations: the required ones first, then whatever else the data bench measured.
const DATA_BASELINES = { load: 'data.node.json_parse_ms', save: 'data.node.json_stringify_ms' };

function dataRows(values) {
  const rows = [];
  for (const kind of ['wasm', 'native']) {
    const keys = new Set(REQUIRED_KEYS.filter((key) => key.startsWith(`data.${kind}.`)));
    for (const key of Object.keys(values)) {
      if (new RegExp(`^data\\.${kind}\\.\\w+_ms$`).test(key)) keys.add(key);
    }
    for (const key of keys) {
      const name = key.slice(`data.${kind}.`.length, -'_ms'.length);
      rows.push({ key, label: `${name.replaceAll('_', ' ')}, ${kind === 'wasm' ? 'wasm in node' : 'native'}`, baseline: DATA_BASELINES[name] });
    }
  }
  return rows;
}

function unitOf(key) {
  if (key.endsWith('_bytes')) return 'bytes';
  if (key.endsWith('_ms')) return 'ms';
  if (key.endsWith('_mb')) return 'MiB';
  if (key.endsWith('_fps')) return 'fps';
  return '';
}

function format(value, key) {
  if (value === null || value === undefined) return '—';
  const unit = unitOf(key);
  if (unit === 'bytes') return `${(value / 1024).toFixed(1)} KiB`;
  if (unit === 'ms') return `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;
  if (unit === 'MiB' || unit === 'fps') return `${value.toFixed(1)} ${unit}`;
  return String(Math.round(value * 10) / 10);
}

function ratio(value, baseline) {
  if (value === null || baseline === null || baseline === undefined || baseline === 0) return '—';
  return `${(value / baseline).toFixed(2)}×`;
}

export function figuresTable(results) {
  const values = results.toJSON();
  const lines = ['| Figure | Median | Min | Max | Baseline | Ratio |', '| --- | ---: | ---: | ---: | ---: | ---: |'];
  for (const row of ROWS.flatMap((r) => (r.data ? dataRows(values) : [r]))) {
    const { key, label } = row;
    const value = values[key] ?? null;
    const sampled = `${key}.min` in values;
    const baseline = row.baseline ? values[row.baseline] ?? null : undefined;
    lines.push(`| ${label} \`${key}\` | ${format(value, key)} | ${sampled ? format(values[`${key}.min`], key) : '—'} `
      + `| ${sampled ? format(values[`${key}.max`], key) : '—'} | ${row.baseline ? format(baseline, row.baseline) : '—'} `
      + `| ${row.baseline ? ratio(value, baseline) : '—'} |`);
  }
  return lines.join('\n');
}

function filesTable(files, requested) {
  const lines = ['| File | Raw | gzip -9 | brotli -q 11 | First visit |', '| --- | ---: | ---: | ---: | :---: |'];
  for (const [file, size] of Object.entries(files)) {
    lines.push(`| ${file} | ${format(size.raw, '_bytes')} | ${format(size.gzip, '_bytes')} | ${format(size.brotli, '_bytes')} `
      + `| ${requested?.includes(file) ? 'yes' : 'no'} |`);
  }
  return lines.join('\n');
}

// The whole of results.md. `info` carries what the table cannot: how it was measured, on what.
export function markdown(results, info) {
  // Figures null for one reason are listed together.
  const missing = new Map();
  for (const [key, why] of Object.entries(results.missing)) missing.set(why, [...(missing.get(why) ?? []), key]);
  const runs = [...new Set(Object.values(results.runs))].sort((a, b) => a - b).join(' or ');
  return [
    `# Trellis bench${info.quick ? ' (--quick)' : ''}`,
    '',
    `${info.date} · commit ${info.commit} · ${info.machine} · ${info.chromium} · node ${info.node}`
      + `${info.lighthouse ? ` · Lighthouse ${info.lighthouse}` : ''} · measured in ${info.seconds} s`,
    '',
    `Median, min and max of ${runs || 'several'} runs; sizes are measured once. Baselines are from the same run: `
      + 'the "hello" ImGui + SDL2 window (tests/bench/hello) for size and browser figures, node\'s JSON for data.',
    '',
    figuresTable(results),
    '',
    ...(missing.size ? ['Not measured (null in results.json):', '',
      ...[...missing].map(([why, keys]) => `- ${keys.map((key) => `\`${key}\``).join(', ')}: ${why}`), ''] : []),
    ...info.notes.map((note) => `- ${note}`),
    '',
    '## Files of build/web',
    '',
    filesTable(info.files ?? {}, info.requested),
    '',
    '## Files of the hello baseline',
    '',
    filesTable(info.helloFiles ?? {}, info.helloRequested),
    '',
  ].join('\n');
}
