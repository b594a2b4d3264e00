// Service worker: caches this exact build of the site so Scorecard works offline.
// The assembly step replaces the version and file list; a new build gets a new
// cache name, installs beside the old one and deletes it on activation.
const VERSION = '@SCORECARD_SITE_VERSION@';
const FILES = [@SCORECARD_SITE_FILES@];
const CACHE = 'scorecard-' + VERSION;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('scorecard-') && k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});
self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== location.origin) return;
  // Cache first (the cache is this build); the query string (?test) does not change the file.
  event.respondWith(caches.open(CACHE).then((c) => c.match(req, {ignoreSearch: true})
    .then((hit) => hit || fetch(req))));
});
