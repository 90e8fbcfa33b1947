// Data at scale: where the data bench plugs in. It comes with the core model's ten-year workspace
// generator; until it is built, every data figure is null.
//
// [SECTION] The protocol a data bench speaks
//
// One C++ program, the CMake target `trellis_data_bench` in tests/CMakeLists.txt, built twice:
//   natively       build/native/tests/trellis_data_bench
//   wasm for node  build/wasm/tests/trellis_data_bench.js   (-sNODERAWFS=1 -sENVIRONMENT=node)
// The harness runs each once as
//   trellis_data_bench --out DIR --runs N [--quick]
// and the program
//   - generates the ten-year workspace (with --quick a small one, so scripts/test stays fast);
//   - writes DIR/workspace.<ext>, the workspace exactly as the app stores it, named as the app's
//     main file is (chromium.mjs seeds it into the browser's /data/ to scroll the journal), and
//     DIR/backup.json, the same workspace as a JSON backup file (the JSON.parse / JSON.stringify
//     baseline reads it);
//   - times each operation N times and prints one line per run on stdout, a JSON object:
//       {"name": "load", "ms": 12.5}
//     with the names load, save, search, agenda, themes, themes_warm, import, merge_2000, reimport_2000,
//     reimport_100000 (others may follow:
//     each name becomes a figure);
//   - prints anything else on stderr only, and exits 0.
// A stdout line that is not such an object is an error, never skipped. The harness folds the runs
// of each name into data.native.<name>_ms and data.wasm.<name>_ms (median, min, max).
// json_baseline.mjs speaks the same protocol for data.node.json_parse_ms / json_stringify_ms.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const DATA_BENCH = {
  native: path.join(ROOT, 'build/native/tests/trellis_data_bench'),
  wasm: path.join(ROOT, 'build/wasm/tests/trellis_data_bench.js'),
};

// The protocol's stdout, as { name: [ms, ...] } in the order the names first appear.
export function parseDataLines(text, source) {
  const runs = {};
  for (const [index, line] of text.split('\n').entries()) {
    if (line.trim() === '') continue;
    let record;
    try {
      record = JSON.parse(line);
    } catch {
      throw new Error(`${source}, line ${index + 1}: not JSON: ${line}`);
    }
    if (record === null || typeof record !== 'object' || typeof record.name !== 'string'
        || !/^[a-z0-9_]+$/.test(record.name) || !Number.isFinite(record.ms)) {
      throw new Error(`${source}, line ${index + 1}: expected {"name": "lower_case", "ms": number}: ${line}`);
    }
    (runs[record.name] ??= []).push(record.ms);
  }
  return runs;
}

function runProtocol(command, args, source) {
  const stdout = execFileSync(command, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'inherit'] });
  return parseDataLines(stdout, source);
}

// Runs the data benches that exist (`programs`: DATA_BENCH, or stand-ins in a test). Returns
// { native, wasm, node } (each { name: [ms...] }, or null when its program is missing) and
// workspaceFile, the ten-year workspace the bench wrote (null when none ran).
export function measureData({ outDir, runs, quick, programs = DATA_BENCH }) {
  rmSync(outDir, { recursive: true, force: true });    // no workspace left from an older bench
  mkdirSync(outDir, { recursive: true });
  const args = ['--out', outDir, '--runs', String(runs), ...(quick ? ['--quick'] : [])];
  const result = { native: null, wasm: null, node: null, workspaceFile: null };
  if (existsSync(programs.native)) {
    result.native = runProtocol(programs.native, args, 'native data bench');
  }
  if (existsSync(programs.wasm)) {
    // Debian's emcc output runs under node 20 only without the experimental fetch (common.sh).
    result.wasm = runProtocol(process.execPath, ['--no-experimental-fetch', programs.wasm, ...args], 'wasm data bench');
  }
  const backup = path.join(outDir, 'backup.json');
  if ((result.native || result.wasm) && existsSync(backup)) {
    result.node = runProtocol(process.execPath,
      [path.join(import.meta.dirname, 'json_baseline.mjs'), backup, String(runs)], 'json baseline');
  }
  const workspaces = readdirSync(outDir).filter((file) => file.startsWith('workspace.'));
  if (workspaces.length > 1) throw new Error(`the data bench wrote ${workspaces.length} workspace files: ${workspaces.join(', ')}`);
  if (workspaces.length === 1) result.workspaceFile = path.join(outDir, workspaces[0]);
  return result;
}
