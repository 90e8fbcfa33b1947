// The service worker: every file of one version of the app in one cache, served offline.
//
// web/make_offline.py writes the built copy: VERSION is a hash of the files, FILES their names. A
// new version installs beside the running one and waits; the page tells the person and sends
// 'skip-waiting' when it is time to switch (web/index.html). The old version's cache is deleted
// once the new one is active. Nothing else is fetched: the only request an installed app makes on
// start is the browser's check of this file.
const VERSION = '@VERSION@';
const FILES = @FILES@;
const CACHE = 'trellis-' + VERSION;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) =>
    // 'no-cache': the server confirms every file (a 304 costs nothing when the page has just loaded
    // it), so a new version never mixes with a stale copy from the HTTP cache.
    cache.addAll(FILES.map((file) => new Request(file, { cache: 'no-cache' })))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names
      .filter((name) => name.startsWith('trellis-') && name !== CACHE)
      .map((name) => caches.delete(name))))
    .then(() => self.clients.claim()));
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // Any page of the app's scope is the app.
  event.respondWith(caches.open(CACHE)
    .then((cache) => request.mode === 'navigate' ? cache.match('index.html') : cache.match(request, { ignoreSearch: true }))
    .then((cached) => cached || fetch(request)));
});
