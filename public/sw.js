/*
 * Offline after the first visit. Everything the page loads comes from its own origin, so caching
 * same-origin GET responses is enough:
 *   - pages (navigations): network first, the cached page when offline (any query: the app reads it);
 *   - everything else (hashed assets, basemap, fonts, data): cache first, stored on first fetch.
 * The page, once controlled, sends the URLs it loaded before the worker was there ("cache-urls"),
 * so the first visit is complete offline too; the basemap sends its chunks for every zoom up to the
 * towns of 20,000 the same way (src/app/map/basemap/installBasemap.ts). The worker answers "cached"
 * with how many it stored. Basemap chunks live under /basemap/<version>/: when a version is sent,
 * the cached chunks of every other version are dropped.
 */
const CACHE = "conflict-map-v1";

self.addEventListener("install", () => {
  self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

function cacheable(request, response) {
  return (
    request.method === "GET" &&
    new URL(request.url).origin === self.location.origin &&
    response.ok &&
    response.status === 200 &&
    response.type === "basic"
  );
}

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (cacheable(request, response)) await cache.put("/", response.clone());
    return response;
  } catch (err) {
    const cached = (await cache.match(request, { ignoreSearch: true })) || (await cache.match("/"));
    if (cached) return cached;
    throw err;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  // ignoreVary: the page's module and font requests carry an Origin header that the requests of
  // "cache-urls" did not; the bytes are the same.
  const cached = await cache.match(request, { ignoreVary: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (cacheable(request, response)) await cache.put(request, response.clone());
  return response;
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  if (request.headers.has("range")) return;
  event.respondWith(request.mode === "navigate" ? networkFirst(request) : cacheFirst(request));
});

const BASEMAP_VERSION = /^\/basemap\/([\w-]+)\//;

async function dropOtherBasemaps(cache, urls) {
  const versions = new Set();
  for (const url of urls) {
    const m = typeof url === "string" && BASEMAP_VERSION.exec(new URL(url, self.location.href).pathname);
    if (m) versions.add(m[1]);
  }
  if (versions.size === 0) return;
  for (const request of await cache.keys()) {
    const m = BASEMAP_VERSION.exec(new URL(request.url).pathname);
    if (m && !versions.has(m[1])) await cache.delete(request);
  }
}

self.addEventListener("message", (event) => {
  const data = event.data;
  if (!data || data.type !== "cache-urls" || !Array.isArray(data.urls)) return;
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await dropOtherBasemaps(cache, data.urls);
      let stored = 0;
      for (const url of data.urls) {
        if (typeof url !== "string" || new URL(url, self.location.href).origin !== self.location.origin) continue;
        const key = new URL(url, self.location.href).pathname === "/" ? "/" : url;
        if (await cache.match(key, { ignoreVary: true })) {
          stored++;
          continue;
        }
        try {
          const request = new Request(url);
          const response = await fetch(request);
          if (cacheable(request, response)) {
            await cache.put(key, response);
            stored++;
          }
        } catch {
          // Offline already, or gone: the next visit caches it.
        }
      }
      event.source?.postMessage({ type: "cached", count: stored });
    })(),
  );
});
