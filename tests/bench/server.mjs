// A static server for the bench: serves a built site on a free loopback port the way a static host
// would in production, compressed (brotli when the browser accepts it, else gzip), so what the
// browser and Lighthouse load matches the transfer sizes scripts/bench reports.
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json', '.svg': 'image/svg+xml', '.png': 'image/png',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.wasm', '.json', '.webmanifest', '.svg']);

// Compressing at the highest levels takes a second for the wasm: do it once per file version.
const compressed = new Map();
function encode(file, encoding) {
  const { mtimeMs, size } = statSync(file);
  const key = `${encoding}:${file}:${mtimeMs}:${size}`;
  if (!compressed.has(key)) {
    const raw = readFileSync(file);
    compressed.set(key, encoding === 'br'
      ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
      : gzipSync(raw, { level: 9 }));
  }
  return compressed.get(key);
}

// Serves `root`; returns { url, close }. Every response is no-cache, as scripts/lib/serve.py does,
// so a second visit revalidates instead of reading the HTTP cache: only a service worker caches.
export async function serveSite(root) {
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = path.join(root, pathname.endsWith('/') ? pathname + 'index.html' : pathname);
    if (!file.startsWith(root) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/html' }).end('<!doctype html><title>not found</title>');
      return;
    }
    const ext = path.extname(file);
    // A validator, as any real server sends: the service worker's precache right after the first
    // visit revalidates what the page just loaded and gets 304s, not the files a second time.
    const stat = statSync(file);
    const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
    const headers = { 'Content-Type': TYPES[ext] || 'application/octet-stream', 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding', ETag: etag };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers).end();
      return;
    }
    const accepted = String(req.headers['accept-encoding'] || '');
    let body;
    if (COMPRESSIBLE.has(ext) && /\bbr\b/.test(accepted)) {
      body = encode(file, 'br');
      headers['Content-Encoding'] = 'br';
    } else if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(accepted)) {
      body = encode(file, 'gzip');
      headers['Content-Encoding'] = 'gzip';
    } else {
      body = readFileSync(file);
    }
    res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }),
  };
}
