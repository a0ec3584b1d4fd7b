/*
 * Offline after the first visit. Everything the page loads comes from its own origin, so caching
 * same-origin GET responses is enough:
 *   - pages (navigations): network first, the cached page when offline (any query: the app reads it);
 *   - everything else (hashed assets, basemap, fonts, data): cache first, stored on first fetch.
 * The page, once controlled, sends the URLs it loaded before the worker was there ("cache-urls"),
 * so the first visit is complete offline too. The worker answers "cached" with how many it stored.
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

self.addEventListener("message", (event) => {
  const data = event.data;
  if (!data || data.type !== "cache-urls" || !Array.isArray(data.urls)) return;
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
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
