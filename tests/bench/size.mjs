// Download size: every file of a built site raw, with `gzip -9` and with `brotli -q 11` (Debian's
// tools, as a deploy step would precompress), and the total of the files a first visit loads.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

function compressedSize(tool, args, file) {
  return execFileSync(tool, [...args, file], { maxBuffer: 1 << 30 }).length;
}

// { 'trellis.wasm': { raw, gzip, brotli }, ... } for every file under `root`, by relative path.
export function measureFiles(root) {
  const sizes = {};
  for (const entry of readdirSync(root, { recursive: true })) {
    const file = path.join(root, entry);
    if (!statSync(file).isFile()) continue;
    sizes[entry.split(path.sep).join('/')] = {
      raw: statSync(file).size,
      gzip: compressedSize('gzip', ['-9', '-n', '-c'], file),
      brotli: compressedSize('brotli', ['-q', '11', '-c'], file),
    };
  }
  return sizes;
}

// Sums raw, gzip and brotli over the files a visit requested (paths relative to the site root).
// A requested path the site lacks is an error: the page asked for something that is not deployed.
export function totalOf(sizes, requested) {
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const file of requested) {
    if (!sizes[file]) throw new Error(`the page requested ${file}, which the site does not have`);
    for (const kind of Object.keys(total)) total[kind] += sizes[file][kind];
  }
  return total;
}
